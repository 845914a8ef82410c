package org.plandoc.render.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.plandoc.core.ParseResult;
import org.plandoc.render.data.internal.DataProblem;
import org.plandoc.render.data.internal.LimitedReader;
import org.plandoc.render.data.internal.Paths;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads plandoc's JSON or YAML data (the schema {@link JsonRenderer} and
 * {@link YamlRenderer} write, any version from {@link Schema#OLDEST_VERSION})
 * back into the model: {@code read(write(result))} equals {@code result}.
 *
 * <pre>{@code
 * ParseResult result = DataReader.yaml().read(Files.readString(Path.of("plan.yaml")));
 * DataReader strict = DataReader.builder(DataReader.Format.JSON).rejectUnknownFields(true).build();
 * }</pre>
 *
 * <p>Built for untrusted input. Every problem is an {@link InvalidDataException}
 * naming the line and the field ({@code line 4: plans[0].title: must be text, was a list}).
 * Only plandoc's own records are built (no type is named by the data). Refused:
 * duplicate keys; numbers that are not plain decimals ({@code 0x1F}, {@code 1_000},
 * {@code .inf}, {@code .nan}) or have more than 100 digits before or after the point
 * ({@code 1e999999999}); YAML aliases ({@code *a}), so a billion-laughs file stops
 * at its first; nesting deeper than {@link Builder#maxNestingDepth(int)}; a document
 * longer than {@link Builder#maxDocumentLength(long)}; in YAML, a line longer than
 * 65,536 characters (plandoc writes none). A byte-order mark at the start is skipped.
 * Fields the reader does not know are skipped, or refused with
 * {@link Builder#rejectUnknownFields(boolean)}. Immutable and thread-safe.
 */
public final class DataReader {

    /** The two formats of plandoc data. */
    public enum Format {
        JSON,
        YAML
    }

    /** plandoc writes lines of at most 4,096 characters; a longer YAML line is refused (SnakeYAML reads one in quadratic time). */
    static final int MAX_YAML_LINE = 65_536;

    private final ObjectReader reader;
    private final JsonFactory factory;
    private final long maxDocumentLength;
    private final int maxLine;

    private DataReader(Builder b) {
        int maxString = (int) Math.min(Integer.MAX_VALUE, b.maxDocumentLength);
        StreamReadConstraints limits = StreamReadConstraints.builder()
            .maxNestingDepth(b.maxNestingDepth)
            .maxStringLength(maxString)
            .maxNumberLength(250)
            .build();
        if (b.format == Format.YAML) {
            LoaderOptions loader = new LoaderOptions();
            loader.setCodePointLimit(maxString);
            loader.setAllowDuplicateKeys(false);
            loader.setNestingDepthLimit(b.maxNestingDepth);
            this.factory = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
            this.maxLine = MAX_YAML_LINE;
        } else {
            this.factory = JsonFactory.builder().streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
            this.maxLine = Integer.MAX_VALUE;
        }
        this.maxDocumentLength = b.maxDocumentLength;
        this.reader = new ObjectMapper(factory)
            .registerModule(new PlandocModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, b.rejectUnknownFields)
            .readerFor(ParseResult.class);
    }

    /** A reader of JSON data with the defaults of {@link Builder}. */
    public static DataReader json() {
        return builder(Format.JSON).build();
    }

    /** A reader of YAML data with the defaults of {@link Builder}. */
    public static DataReader yaml() {
        return builder(Format.YAML).build();
    }

    /** A builder for a reader of {@code format}. */
    public static Builder builder(Format format) {
        return new Builder(Objects.requireNonNull(format, "format must not be null"));
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
        JsonParser p = null;
        try {
            p = factory.createParser(new LimitedReader(reader, maxDocumentLength, maxLine));
            if (p.nextToken() == null) {
                throw new InvalidDataException(1, "", "empty: plandoc data is a mapping with schemaVersion and plans");
            }
            ParseResult result = this.reader.readValue(p);
            if (p.nextToken() != null) {
                throw new InvalidDataException(p.currentTokenLocation().getLineNr(), "", "more than one document");
            }
            return result;
        } catch (DataProblem e) {
            throw new InvalidDataException(e.line(), e.field(), e.problem());
        } catch (JsonProcessingException e) {
            throw notWellFormed(e, p);
        } catch (LimitedReader.TooLong e) {
            throw new InvalidDataException(e.line(), "", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the data: " + e.getMessage(), e);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException e) {
                    // the caller's reader is not ours to report on; it is not closed here anyway
                }
            }
        }
    }

    /** The parser's own refusal (syntax, duplicate key, a limit), with the field it stood on. */
    private static InvalidDataException notWellFormed(JsonProcessingException e, JsonParser p) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitedReader.TooLong) {
                return new InvalidDataException(((LimitedReader.TooLong) t).line(), "", t.getMessage());
            }
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        String field = p == null ? "" : Paths.of(p);
        String message = e.getOriginalMessage();
        if (e instanceof JsonParseException && message.startsWith("Duplicate field")) {
            return new InvalidDataException(line, field, "given twice");
        }
        return new InvalidDataException(line, field, "not well-formed: " + message.replace('\n', ' '));
    }

    /** Builds a {@link DataReader}. Not thread-safe; the reader it builds is. */
    public static final class Builder {
        private final Format format;
        private boolean rejectUnknownFields;
        private long maxDocumentLength = Integer.MAX_VALUE;
        private int maxNestingDepth = 200;

        private Builder(Format format) {
            this.format = format;
        }

        /**
         * Whether a field this reader does not know is refused (with its line and path) rather than
         * skipped with its value. Default {@code false}: data from a tool that adds its own fields,
         * or from a hand edit, still reads. Set it where a typo must not pass silently.
         */
        public Builder rejectUnknownFields(boolean reject) {
            this.rejectUnknownFields = reject;
            return this;
        }

        /**
         * The longest document read, in characters; also the longest string. Default 2<sup>31</sup>−1, as long
         * as a Java string can be and as SnakeYAML can count: the JSON of a 100 MB plan is 0.2 to 1.2 billion
         * characters (the more targets, the more). Reading is linear and builds only what the data holds, but a
         * server that reads uploads sets less.
         */
        public Builder maxDocumentLength(long chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("maxDocumentLength must be at least 1, was " + chars);
            }
            this.maxDocumentLength = chars;
            return this;
        }

        /** The deepest nesting of mappings and lists (default 200: about 95 levels of items). */
        public Builder maxNestingDepth(int depth) {
            if (depth < 8) {
                throw new IllegalArgumentException("maxNestingDepth must be at least 8, was " + depth);
            }
            this.maxNestingDepth = depth;
            return this;
        }

        public DataReader build() {
            return new DataReader(this);
        }
    }
}
