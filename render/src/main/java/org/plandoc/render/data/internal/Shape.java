package org.plandoc.render.data.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A model record as a mapping: its fields in the order they are written, and how
 * a record is made from the values read. The one place where a type's fields are
 * named: the writers, the reader and the JSON Schema all come from it.
 *
 * @param <T> the model type
 */
public final class Shape<T> implements Value<T> {

    private final String name;
    private final String what;
    private final String description;
    private final Function<Slots, T> make;
    private final List<Field<T, ?>> fields;
    private final Field<T, ?>[] order;
    private final Map<String, Field<T, ?>> byName = new HashMap<>();

    private Shape(String name, String what, String description, Function<Slots, T> make, List<Field<T, ?>> fields) {
        this.name = name;
        this.what = what;
        this.description = description;
        this.make = make;
        this.fields = fields;
        this.order = fields.toArray(new Field[0]);
        for (int i = 0; i < fields.size(); i++) {
            Field<T, ?> f = fields.get(i);
            if (f.index >= 0) {
                throw new IllegalStateException("field " + f.name() + " belongs to another shape");
            }
            f.index = i;
            byName.put(f.name(), f);
        }
    }

    /**
     * @param name        its name in the JSON Schema's {@code $defs} ({@code item})
     * @param what        what a value of it is, for messages ({@code an item (a mapping)})
     * @param description its description in the JSON Schema
     * @param make        the record from the values read
     * @param fields      its fields, in the order they are written
     */
    @SafeVarargs
    public static <T> Shape<T> of(String name, String what, String description, Function<Slots, T> make,
                                  Field<T, ?>... fields) {
        return new Shape<>(name, what, description, make, List.of(fields));
    }

    public String name() {
        return name;
    }

    @Override
    public void write(Sink out, T value) throws IOException {
        out.startObject();
        for (Field<T, ?> f : order) {     // an array: the loop that writes every node runs without an iterator
            f.write(out, value);
        }
        out.endObject();
    }

    /**
     * Reads a mapping: each known field by its value, an unknown one skipped (or refused when
     * the source rejects unknown fields), null as absent; then checks the required fields and
     * makes the record, whose own validation becomes a problem with the mapping's path.
     */
    @Override
    public T read(Source in) throws IOException {
        in.expect(JsonToken.START_OBJECT, what);
        int line = in.line();
        Object[] values = new Object[fields.size()];
        for (String name = in.nextField(); name != null; name = in.nextField()) {
            Field<T, ?> f = byName.get(name);
            if (f == null) {
                if (in.rejectsUnknownFields()) {
                    throw in.problem("unknown field");
                }
                in.skip();
            } else if (in.token() != JsonToken.VALUE_NULL) {
                values[f.index] = f.value.read(in);
            }
        }
        for (Field<T, ?> f : fields) {
            if (f.required && values[f.index] == null) {
                throw in.problem(line, f.name(), "is missing");
            }
        }
        try {
            return make.apply(new Slots(values));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw in.problem(line, "", e.getMessage());
        }
    }

    /** A reference to its definition, which is added to {@code definitions} once. */
    @Override
    public void describe(ObjectNode schema, Definitions definitions) {
        schema.put("$ref", "#/$defs/" + name);
        definitions.define(this);
    }

    /** Its whole definition: the properties with their schemas, which are required, nothing else allowed. */
    void define(ObjectNode schema, Definitions definitions) {
        schema.put("type", "object");
        if (description != null) {
            schema.put("description", description);
        }
        ArrayNode required = schema.putArray("required");
        ObjectNode properties = schema.objectNode();
        for (Field<T, ?> f : fields) {
            if (f.required) {
                required.add(f.name());
            }
            ObjectNode p = properties.putObject(f.name());
            if (f.description != null) {
                p.put("description", f.description);
            }
            f.value.describe(p, definitions);
        }
        if (required.isEmpty()) {
            schema.remove("required");
        }
        schema.put("additionalProperties", false);
        schema.set("properties", properties);
    }
}
