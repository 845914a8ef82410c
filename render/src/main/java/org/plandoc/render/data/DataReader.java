package org.plandoc.render.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.plandoc.core.ParseResult;
import org.plandoc.render.internal.SchemaReader;

/**
 * Reads plandoc's JSON or YAML data (the schema {@link JsonRenderer} and
 * {@link YamlRenderer} write) back into the model: {@code read(write(result))}
 * equals {@code result}.
 *
 * <pre>{@code
 * ParseResult result = DataReader.yaml().read(Files.readString(Path.of("plan.yaml")));
 * }</pre>
 *
 * <p>It accepts only plandoc data: unknown fields, wrong types, a missing or
 * newer {@code schemaVersion} are refused with an {@link InvalidDataException}
 * naming the line and the field. It builds only plandoc's own types (no
 * arbitrary type instantiation), and bounds nesting and size. Immutable and
 * thread-safe.
 */
public final class DataReader {

    /** Deeper than any plan: sections, items and targets nest a few levels. */
    private static final int MAX_NESTING = 200;
    private static final int MAX_STRING = 10_000_000;

    private final JsonFactory factory;

    private DataReader(JsonFactory factory) {
        this.factory = factory;
    }

    /** A reader of JSON data. */
    public static DataReader json() {
        return new DataReader(JsonFactory.builder().streamReadConstraints(constraints()).build());
    }

    /** A reader of YAML data. */
    public static DataReader yaml() {
        return new DataReader(YAMLFactory.builder().streamReadConstraints(constraints()).build());
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).build();
    }

    /**
     * Reads one data document.
     *
     * @throws InvalidDataException when it is not plandoc data
     */
    public ParseResult read(String data) {
        Objects.requireNonNull(data, "data must not be null");
        return read(new StringReader(data));
    }

    /**
     * Reads one data document from {@code reader} (not closed).
     *
     * @throws InvalidDataException when it is not plandoc data
     * @throws UncheckedIOException when the reader fails
     */
    public ParseResult read(Reader reader) {
        Objects.requireNonNull(reader, "reader must not be null");
        try (JsonParser parser = factory.createParser(reader)) {
            return new SchemaReader(parser).readDocument();
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidDataException(line, "", "not well-formed: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the data: " + e.getMessage(), e);
        }
    }
}
