package org.plandoc.render.data;

import java.io.IOException;
import java.io.Writer;
import org.plandoc.render.data.internal.Mapping;
import org.plandoc.render.data.internal.YamlSink;
import org.plandoc.render.internal.AppendableWriter;

/**
 * Writes plans as YAML in plandoc's data schema, version {@value Schema#VERSION}
 * (field names and order in the README). The same input always gives the same
 * text; Chinese is written as it is, numbers as numbers, empty lists and null
 * values are left out. Every string reads back as it was, whatever its characters:
 * see {@link DataReader}, which reads it in linear time.
 *
 * <pre>{@code
 * YamlRenderer renderer = YamlRenderer.builder().sourceName("plan.txt").build();
 * String yaml = renderer.render(PlanParser.builder().build().parse(text));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class YamlRenderer extends DataRenderer {

    private YamlRenderer(Builder builder) {
        super(builder.sourceName, builder.spans);
    }

    /** A builder with the defaults: no source name, spans written. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    void write(Mapping.Document document, Appendable out, boolean spans) throws IOException {
        Writer writer = AppendableWriter.of(out);
        YamlSink sink = new YamlSink(writer, spans);
        Mapping.DOCUMENT.write(sink, document);
        sink.flush();
        writer.flush();
    }

    /** Builds a {@link YamlRenderer}. Not thread-safe; the renderer it builds is. */
    public static final class Builder {
        private String sourceName;
        private boolean spans = true;
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

        public YamlRenderer build() {
            return new YamlRenderer(this);
        }
    }
}
