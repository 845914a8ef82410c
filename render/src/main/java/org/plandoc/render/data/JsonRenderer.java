package org.plandoc.render.data;

import java.util.List;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Plan;
import org.plandoc.render.internal.DataOutput;

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
    void write(List<Plan> plans, List<Diagnostic> diagnostics, String charset, Appendable out) {
        DataOutput.json(plans, diagnostics, sourceName, charset, spans, pretty, out);
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
