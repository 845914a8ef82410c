package org.plandoc.render.data.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;

/** The mapping's output on any Jackson generator (JSON, or whatever format an embedder's mapper writes). */
public final class JsonSink implements Sink {

    private final JsonGenerator g;
    private final boolean spans;

    public JsonSink(JsonGenerator generator, boolean spans) {
        this.g = generator;
        this.spans = spans;
    }

    @Override
    public void startObject() throws IOException {
        g.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
        g.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
        g.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
        g.writeEndArray();
    }

    @Override
    public void field(Name name) throws IOException {
        g.writeFieldName(name.serialized());
    }

    @Override
    public void string(String value) throws IOException {
        g.writeString(value);
    }

    @Override
    public void number(int value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    public void number(BigDecimal value) throws IOException {
        g.writeNumber(value.toPlainString());
    }

    @Override
    public void bool(boolean value) throws IOException {
        g.writeBoolean(value);
    }

    @Override
    public boolean spans() {
        return spans;
    }
}
