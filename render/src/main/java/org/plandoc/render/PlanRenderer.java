package org.plandoc.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;

/**
 * Turns plans into one output format. Every format implements this one contract,
 * so an application can choose the format at run time.
 *
 * <pre>{@code
 * PlanRenderer renderer = JsonRenderer.builder().build();
 * String json = renderer.render(result);          // a whole parse result
 * renderer.render(plan, writer);                  // or one plan, streamed
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe. Errors of the
 * {@link Appendable} are thrown as {@link UncheckedIOException}.
 */
public interface PlanRenderer {

    /** Writes {@code plan} to {@code out}. */
    void render(Plan plan, Appendable out);

    /** Writes every plan of {@code result} to {@code out}; data formats also write its diagnostics. */
    default void render(ParseResult result, Appendable out) {
        for (Plan plan : result.plans()) {
            render(plan, out);
        }
    }

    /** {@code plan} as a string. */
    default String render(Plan plan) {
        StringBuilder out = new StringBuilder();
        render(plan, out);
        return out.toString();
    }

    /** {@code result} as a string. */
    default String render(ParseResult result) {
        StringBuilder out = new StringBuilder();
        render(result, out);
        return out.toString();
    }

    /** Wraps an {@link IOException} of the output. */
    static UncheckedIOException outputFailed(IOException e) {
        return new UncheckedIOException("could not write the output: " + e.getMessage(), e);
    }
}
