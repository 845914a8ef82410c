package org.plandoc.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the parser found in one input: the plans (a page may hold several) and
 * the diagnostics (repairs and text set aside), in source order.
 *
 * <pre>{@code
 * ParseResult result = parser.parse(Path.of("plan.txt"));
 * result.plans().forEach(p -> System.out.println(p.title()));
 * result.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * @param plans       the plans, in order; empty when the input holds none
 * @param diagnostics what was repaired, set aside or doubted, in source order
 * @param charset     the charset the bytes were decoded with, or {@code null} when the input was text
 */
public record ParseResult(List<Plan> plans, List<Diagnostic> diagnostics, String charset) {

    public ParseResult {
        plans = List.copyOf(Objects.requireNonNull(plans, "plans must not be null"));
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics must not be null"));
    }

    /** The same result, with the charset the input was decoded with. */
    public ParseResult withCharset(String charset) {
        return new ParseResult(plans, diagnostics, charset);
    }

    /** Every item of every plan at any depth, in document order: {@link Plan#items()} of each plan. */
    public Stream<ItemEntry> items() {
        return plans.stream().flatMap(Plan::items);
    }

    /** Every target of every plan, in document order: {@link Plan#allTargets()} of each plan. */
    public Stream<Target> allTargets() {
        return plans.stream().flatMap(Plan::allTargets);
    }

    /** Whether any diagnostic has at least the given severity. */
    public boolean has(Severity severity) {
        return diagnostics.stream().anyMatch(d -> d.severity().compareTo(severity) >= 0);
    }
}
