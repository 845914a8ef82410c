package org.plandoc.render.data.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * How one kind of value is written, read and described in the JSON Schema:
 * text, a number, an enum by its id, a list, or a mapping ({@link Shape}).
 *
 * @param <V> the Java type
 */
public interface Value<V> {

    void write(Sink out, V value) throws IOException;

    /** Reads the value the source stands on. */
    V read(Source in) throws IOException;

    /** Fills in the JSON Schema of this value; a mapping goes to {@code definitions} and is referred to. */
    void describe(ObjectNode schema, Definitions definitions);
}
