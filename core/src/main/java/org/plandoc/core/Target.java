package org.plandoc.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A quantity in a plan: {@code 完成治理企业不少于600家} is the indicator
 * {@code 治理企业}, at least 600, unit {@code 家}. Its {@link #kind()} says whether it is
 * a commitment of the plan or a quantity of another kind (a past result, a legal
 * requirement, a penalty …).
 *
 * <pre>{@code
 * Target t = item.targets().get(0);
 * if (t.comparator() == Comparison.AT_LEAST) {
 *     System.out.println(t.indicator() + " >= " + t.value() + t.unit());
 * }
 * }</pre>
 *
 * @param text       the exact source text of the target
 * @param indicator  what is counted or measured; empty when the text does not say
 * @param comparator how the value bounds it (named as in the data schema)
 * @param value      the value as printed (before multipliers), {@code null} only for a placeholder
 * @param upper      the upper bound of a {@link Comparison#BETWEEN} range, else {@code null}
 * @param unit       the unit as printed ({@code 万例}, {@code %}, {@code /10万}); empty when none
 * @param normalized the value with multipliers applied ({@code 12000 例}), or {@code null}
 * @param deadline   the deadline phrase that governs the target ({@code 年底前}), or {@code null}
 * @param placeholder whether the value is redacted ({@code XX}) in a template document
 * @param kind       what the quantity is: a commitment, a result, a baseline, a requirement or a penalty
 * @param span       where the text stands in the source, or {@code null}
 */
public record Target(String text, String indicator, Comparison comparator, BigDecimal value,
                     BigDecimal upper, String unit, Quantity normalized, String deadline,
                     boolean placeholder, TargetKind kind, SourceSpan span) implements Node {

    public Target {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(indicator, "indicator must not be null");
        Objects.requireNonNull(comparator, "comparator must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
        if (value == null && !placeholder) {
            throw new IllegalArgumentException("a target without a value must be a placeholder: " + text);
        }
        if (comparator == Comparison.BETWEEN && !placeholder && upper == null) {
            throw new IllegalArgumentException("a range needs an upper bound: " + text);
        }
        if (upper != null && comparator != Comparison.BETWEEN) {
            throw new IllegalArgumentException("only a range has an upper bound: " + text);
        }
    }

    /** A {@link TargetKind#COMMITMENT commitment}. */
    public Target(String text, String indicator, Comparison comparator, BigDecimal value, BigDecimal upper,
                  String unit, Quantity normalized, String deadline, boolean placeholder, SourceSpan span) {
        this(text, indicator, comparator, value, upper, unit, normalized, deadline, placeholder,
            TargetKind.COMMITMENT, span);
    }

    /** This target with another kind. */
    public Target withKind(TargetKind kind) {
        return kind == this.kind ? this
            : new Target(text, indicator, comparator, value, upper, unit, normalized, deadline, placeholder, kind, span);
    }

    /** Whether it is a commitment of the plan (the targets a plan's target table lists). */
    public boolean isCommitment() {
        return kind == TargetKind.COMMITMENT;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }

    @Override
    public void accept(PlanVisitor visitor) {
        visitor.visit(this);
    }
}
