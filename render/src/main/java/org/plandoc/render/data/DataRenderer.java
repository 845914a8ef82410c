package org.plandoc.render.data;

import java.util.List;
import java.util.Objects;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.render.PlanRenderer;

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
        write(List.of(plan), List.of(), null, out);
    }

    /** The whole result: its plans, its diagnostics and the charset it was read with. */
    @Override
    public void render(ParseResult result, Appendable out) {
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(out, "out must not be null");
        write(result.plans(), result.diagnostics(), result.charset(), out);
    }

    abstract void write(List<Plan> plans, List<Diagnostic> diagnostics, String charset, Appendable out);
}
