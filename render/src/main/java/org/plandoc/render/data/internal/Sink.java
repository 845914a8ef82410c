package org.plandoc.render.data.internal;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * What the mapping writes to: Jackson's JSON generator ({@link JsonSink}) or
 * plandoc's YAML emitter ({@link YamlSink}). Only the events the schema needs.
 */
public interface Sink {

    void startObject() throws IOException;

    void endObject() throws IOException;

    void startArray() throws IOException;

    void endArray() throws IOException;

    void field(Name name) throws IOException;

    void string(String value) throws IOException;

    void number(int value) throws IOException;

    /** A decimal in plain digits, never {@code 1.2E+4}: it reads back with the same scale. */
    void number(BigDecimal value) throws IOException;

    void bool(boolean value) throws IOException;

    /** Whether spans are written. */
    boolean spans();
}
