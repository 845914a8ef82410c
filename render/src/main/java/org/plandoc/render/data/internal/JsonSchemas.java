package org.plandoc.render.data.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.plandoc.render.data.Schema;

/** The JSON Schema of the current version, generated from {@link Mapping}. */
public final class JsonSchemas {

    private JsonSchemas() {
    }

    /** The schema file's text, as the jar holds it in {@link Schema#resource(int)}. */
    public static String current() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://plandoc.org/schema/plandoc-v" + Schema.VERSION + ".schema.json");
        root.put("title", "plandoc data, schema version " + Schema.VERSION);
        ObjectNode defs = mapper.createObjectNode();
        Mapping.DOCUMENT.define(root, new Definitions(defs));
        root.set("$defs", defs);
        try {
            return mapper.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
