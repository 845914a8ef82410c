package org.plandoc.render.data.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code $defs} of a JSON Schema being written: each shape defined once, however often it is referred to. */
public final class Definitions {

    private final ObjectNode defs;

    Definitions(ObjectNode defs) {
        this.defs = defs;
    }

    void define(Shape<?> shape) {
        if (!defs.has(shape.name())) {
            ObjectNode schema = defs.putObject(shape.name());    // before its fields: a shape may contain itself
            shape.define(schema, this);
        }
    }
}
