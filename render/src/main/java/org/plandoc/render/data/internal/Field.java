package org.plandoc.render.data.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One field of a {@link Shape}: its name, its value, how it is taken from the
 * model, what it is when absent, and its description in the JSON Schema.
 * Absent (null) values and empty lists are not written; null reads as absent.
 *
 * @param <T> the model type that has the field
 * @param <V> the field's Java type
 */
public final class Field<T, V> {

    final Name name;
    final Value<V> value;
    final Function<T, V> get;
    /** For a whole number, the getter without boxing: spans write four of them per node. */
    final ToIntFunction<T> getInt;
    final V absent;
    final boolean required;
    final boolean always;
    final boolean span;
    final String description;
    /** Whether the value is a list, left out when empty: decided once, not by instanceof on every write. */
    final boolean list;
    int index = -1;

    private Field(Name name, Value<V> value, Function<T, V> get, ToIntFunction<T> getInt, V absent, boolean required,
                  boolean always, boolean span, String description) {
        this.name = name;
        this.value = value;
        this.get = get;
        this.getInt = getInt;
        this.absent = absent;
        this.required = required;
        this.always = always;
        this.span = span;
        this.description = description;
        this.list = value instanceof Values.ListValue;
    }

    /** An optional field, {@code null} when absent. */
    public static <T, V> Field<T, V> of(String name, Value<V> value, Function<T, V> get) {
        return new Field<>(Name.of(name), value, get, null, null, false, false, false, null);
    }

    /** A whole number, written without boxing. */
    public static <T> Field<T, Integer> ofInt(String name, ToIntFunction<T> get) {
        return new Field<>(Name.of(name), Values.INT, get::applyAsInt, get, null, false, false, false, null);
    }

    /** A field that must be there. */
    public Field<T, V> required() {
        return new Field<>(name, value, get, getInt, absent, true, always, span, description);
    }

    /** The value when the field is absent ({@code ""}, an empty list, a default kind). */
    public Field<T, V> orElse(V whenAbsent) {
        return new Field<>(name, value, get, getInt, whenAbsent, required, always, span, description);
    }

    /** Written even when it is an empty list. */
    public Field<T, V> always() {
        return new Field<>(name, value, get, getInt, absent, required, true, span, description);
    }

    /** A source span: left out when the writer leaves spans out. */
    public Field<T, V> span() {
        return new Field<>(name, value, get, getInt, absent, required, always, true, description);
    }

    /** Its description in the JSON Schema. */
    public Field<T, V> doc(String text) {
        return new Field<>(name, value, get, getInt, absent, required, always, span, text);
    }

    public String name() {
        return name.text();
    }

    void write(Sink out, T model) throws IOException {
        if (span && !out.spans()) {
            return;
        }
        if (getInt != null) {
            out.field(name);
            out.number(getInt.applyAsInt(model));
            return;
        }
        V v = get.apply(model);
        if (v == null || (list && !always && ((List<?>) v).isEmpty())) {
            return;
        }
        out.field(name);
        if (value == Values.TEXT) {
            out.string((String) v);     // most fields are text: no call through the megamorphic Value.write
        } else {
            value.write(out, v);
        }
    }
}
