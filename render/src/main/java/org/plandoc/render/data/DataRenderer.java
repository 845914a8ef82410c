package org.plandoc.render.data;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.render.PlanRenderer;
import org.plandoc.render.data.internal.Mapping;

/** What the two data formats share: a plan or a whole result as one schema document. */
abstract class DataRenderer implements PlanRenderer {

    final String sourceName;
    final boolean spans;

    DataRenderer(String sourceName, boolean spans) {
        this.sourceName = sourceName;
        this.spans = spans;
    }

    /** One plan, as a document whose {@code plans} holds just it. */
    @Override
    public void render(Plan plan, Appendable out) {
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(out, "out must not be null");
        write(new Mapping.Document(new ParseResult(List.of(plan), List.of(), null), null), out);
    }

    /** The whole result: its plans, its diagnostics and the charset it was read with. */
    @Override
    public void render(ParseResult result, Appendable out) {
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(out, "out must not be null");
        write(new Mapping.Document(result, sourceName), out);
    }

    private void write(Mapping.Document document, Appendable out) {
        try {
            write(document, out, spans);
        } catch (IOException e) {
            throw PlanRenderer.outputFailed(e);
        }
    }

    abstract void write(Mapping.Document document, Appendable out, boolean spans) throws IOException;
}
