package org.plandoc.render.diff;

import org.plandoc.core.diff.PlanChanges;

/**
 * Writes what changed between two plans in one format. Every format implements this one
 * contract, like {@link org.plandoc.render.PlanRenderer} for plans.
 *
 * <pre>{@code
 * PlanChanges changes = PlanDiff.builder().build().compare(lastYear, thisYear);
 * String page = DiffHtmlRenderer.builder().standalone(true).build().render(changes);
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe. Errors of the {@link Appendable} are
 * thrown as {@link java.io.UncheckedIOException}.
 */
public interface DiffRenderer {

    /** Writes {@code changes} to {@code out}. */
    void render(PlanChanges changes, Appendable out);

    /** {@code changes} as a string. */
    default String render(PlanChanges changes) {
        StringBuilder out = new StringBuilder();
        render(changes, out);
        return out.toString();
    }
}
