package org.plandoc.core;

import java.util.List;
import java.util.Objects;

/**
 * One plan document: its title and metadata, the preamble before the first
 * section (总体要求…), the sections, and the closing paragraphs after the last.
 *
 * <pre>{@code
 * Plan plan = PlanParser.builder().build().parse(text).plans().get(0);
 * System.out.println(plan.title());
 * for (Section s : plan.sections()) {
 *     System.out.println(s.numbering().label() + s.title());
 * }
 * }</pre>
 *
 * @param title     the plan's own title; empty when the document has none
 * @param metadata  issuer, date, document number …; {@link PlanMetadata#EMPTY} when none
 * @param preamble  paragraphs before the first section
 * @param sections  the level-1 sections, in order
 * @param closing   paragraphs after the last section's content that belong to no item
 * @param targets   plan-wide targets stated in the preamble (具体指标：…)
 * @param span      where the plan stands in the source, or {@code null}
 */
public record Plan(String title, PlanMetadata metadata, List<String> preamble,
                   List<Section> sections, List<String> closing, List<Target> targets, SourceSpan span) implements Node {

    public Plan {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(metadata, "metadata must not be null");
        preamble = List.copyOf(Objects.requireNonNull(preamble, "preamble must not be null"));
        sections = List.copyOf(Objects.requireNonNull(sections, "sections must not be null"));
        closing = List.copyOf(Objects.requireNonNull(closing, "closing must not be null"));
        targets = List.copyOf(Objects.requireNonNull(targets, "targets must not be null"));
    }

    /** A plan with no plan-wide targets. */
    public Plan(String title, PlanMetadata metadata, List<String> preamble, List<Section> sections,
                List<String> closing, SourceSpan span) {
        this(title, metadata, preamble, sections, closing, List.of(), span);
    }

    /** Its plan-wide targets (stated in the preamble), then its sections. */
    @Override
    public List<Node> children() {
        List<Node> all = new java.util.ArrayList<>(targets.size() + sections.size());
        all.addAll(targets);
        all.addAll(sections);
        return java.util.Collections.unmodifiableList(all);
    }

    @Override
    public void accept(PlanVisitor visitor) {
        visitor.visit(this);
    }
}
