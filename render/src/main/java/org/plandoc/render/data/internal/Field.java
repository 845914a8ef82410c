package org.plandoc.render.data.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

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
    final V absent;
    final boolean required;
    final boolean always;
    final boolean span;
    final String description;
    int index = -1;

    private Field(Name name, Value<V> value, Function<T, V> get, V absent, boolean required, boolean always,
                  boolean span, String description) {
        this.name = name;
        this.value = value;
        this.get = get;
        this.absent = absent;
        this.required = required;
        this.always = always;
        this.span = span;
        this.description = description;
    }

    /** An optional field, {@code null} when absent. */
    public static <T, V> Field<T, V> of(String name, Value<V> value, Function<T, V> get) {
        return new Field<>(Name.of(name), value, get, null, false, false, false, null);
    }

    /** A field that must be there. */
    public Field<T, V> required() {
        return new Field<>(name, value, get, absent, true, always, span, description);
    }

    /** The value when the field is absent ({@code ""}, an empty list, a default kind). */
    public Field<T, V> orElse(V whenAbsent) {
        return new Field<>(name, value, get, whenAbsent, required, always, span, description);
    }

    /** Written even when it is an empty list. */
    public Field<T, V> always() {
        return new Field<>(name, value, get, absent, required, true, span, description);
    }

    /** A source span: left out when the writer leaves spans out. */
    public Field<T, V> span() {
        return new Field<>(name, value, get, absent, required, always, true, description);
    }

    /** Its description in the JSON Schema. */
    public Field<T, V> doc(String text) {
        return new Field<>(name, value, get, absent, required, always, span, text);
    }

    public String name() {
        return name.text();
    }

    void write(Sink out, T model) throws IOException {
        V v = get.apply(model);
        if (v == null || (span && !out.spans()) || (!always && v instanceof List && ((List<?>) v).isEmpty())) {
            return;
        }
        out.field(name);
        value.write(out, v);
    }
}
