package org.plandoc.render.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import org.plandoc.render.data.internal.JsonSink;
import org.plandoc.render.data.internal.Mapping;
import org.plandoc.render.internal.AppendableWriter;

/**
 * Writes plans as JSON in plandoc's data schema, version {@value Schema#VERSION}
 * (field names and order in the README). The same input always gives the same
 * text; Chinese is written as it is, numbers as numbers, empty lists and null
 * values are left out.
 *
 * <pre>{@code
 * JsonRenderer renderer = JsonRenderer.builder().sourceName("plan.txt").build();
 * String json = renderer.render(PlanParser.builder().build().parse(text));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonRenderer extends DataRenderer {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final boolean pretty;

    private JsonRenderer(Builder builder) {
        super(builder.sourceName, builder.spans);
        this.pretty = builder.pretty;
    }

    /** A builder with the defaults: no source name, spans written. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    void write(Mapping.Document document, Appendable out, boolean spans) throws IOException {
        Writer writer = AppendableWriter.of(out);
        try (JsonGenerator g = JSON.createGenerator(writer)) {
            if (pretty) {
                g.setPrettyPrinter(new Layout());
            }
            Mapping.DOCUMENT.write(new JsonSink(g, spans), document);
        }
        writer.write('\n');
        writer.flush();
    }

    /**
     * Two spaces a level, LF, {@code "name": value}. Set here rather than with
     * {@code Separators.withObjectFieldValueSpacing}, which needs Jackson 2.16.
     */
    private static final class Layout extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        Layout() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Layout();
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }
    }

    /** Builds a {@link JsonRenderer}. Not thread-safe; the renderer it builds is. */
    public static final class Builder {
        private String sourceName;
        private boolean spans = true;
        private boolean pretty = true;

        /** Indented output, one field a line (default), or everything on one line. */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        private Builder() {
        }

        /** The input's name written as {@code source.name}, or {@code null} (default) for none. */
        public Builder sourceName(String sourceName) {
            this.sourceName = sourceName;
            return this;
        }

        /** Whether to write each node's {@code span} (default {@code true}). */
        public Builder spans(boolean spans) {
            this.spans = spans;
            return this;
        }

        public JsonRenderer build() {
            return new JsonRenderer(this);
        }
    }
}
