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
 * @param deadline   the deadline that governs the target ({@code 年底前}), or {@code null}
 * @param placeholder whether the value is redacted ({@code XX}) in a template document
 * @param kind       what the quantity is: a commitment, a result, a baseline, a requirement or a penalty
 * @param span       where the text stands in the source, or {@code null}
 */
public record Target(String text, String indicator, Comparison comparator, BigDecimal value,
                     BigDecimal upper, String unit, Quantity normalized, Deadline deadline,
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

    /**
     * A {@link TargetKind#COMMITMENT commitment} whose deadline is known by its words only
     * ({@link Deadline#ofText(String)}). Prefer {@link #builder()}, which survives new fields.
     */
    public Target(String text, String indicator, Comparison comparator, BigDecimal value, BigDecimal upper,
                  String unit, Quantity normalized, String deadline, boolean placeholder, SourceSpan span) {
        this(text, indicator, comparator, value, upper, unit, normalized, Deadline.ofText(deadline), placeholder,
            TargetKind.COMMITMENT, span);
    }

    /**
     * A {@link TargetKind#COMMITMENT commitment}. Prefer {@link #builder()}, which survives new fields.
     * (Beside the constructor that takes the deadline's words: a {@code null} deadline needs a cast here.)
     */
    public Target(String text, String indicator, Comparison comparator, BigDecimal value, BigDecimal upper,
                  String unit, Quantity normalized, Deadline deadline, boolean placeholder, SourceSpan span) {
        this(text, indicator, comparator, value, upper, unit, normalized, deadline, placeholder, TargetKind.COMMITMENT,
            span);
    }

    /**
     * A builder: {@code Target.builder().text("新增床位1600张").comparator(Comparison.EXACTLY).value(new BigDecimal("1600")).unit("张").build()}.
     * Defaults: empty indicator and unit, no value, not a placeholder, {@link TargetKind#COMMITMENT}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this target's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().text(text).indicator(indicator).comparator(comparator).value(value).upper(upper).unit(unit)
            .normalized(normalized).deadline(deadline).placeholder(placeholder).kind(kind).span(span);
    }

    /** This target with another kind. */
    public Target withKind(TargetKind kind) {
        return kind == this.kind ? this : toBuilder().kind(kind).build();
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

    /** Builds a {@link Target}; {@link #build()} validates as the constructor does. Not thread-safe. */
    public static final class Builder {
        private String text;
        private String indicator = "";
        private Comparison comparator;
        private BigDecimal value;
        private BigDecimal upper;
        private String unit = "";
        private Quantity normalized;
        private Deadline deadline;
        private boolean placeholder;
        private TargetKind kind = TargetKind.COMMITMENT;
        private SourceSpan span;

        private Builder() {
        }

        /** The exact source text (required, not empty). */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** What is measured (default empty). */
        public Builder indicator(String indicator) {
            this.indicator = indicator;
            return this;
        }

        /** How the value bounds it (required). */
        public Builder comparator(Comparison comparator) {
            this.comparator = comparator;
            return this;
        }

        /** The value as printed; {@code null} only for a placeholder. */
        public Builder value(BigDecimal value) {
            this.value = value;
            return this;
        }

        /** The upper bound of a {@link Comparison#BETWEEN} range. */
        public Builder upper(BigDecimal upper) {
            this.upper = upper;
            return this;
        }

        /** The unit as printed (default empty). */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /** The value with multipliers applied, or {@code null}. */
        public Builder normalized(Quantity normalized) {
            this.normalized = normalized;
            return this;
        }

        /** The deadline that governs it, or {@code null} (default). */
        public Builder deadline(Deadline deadline) {
            this.deadline = deadline;
            return this;
        }

        /** Whether the value is redacted (default {@code false}). */
        public Builder placeholder(boolean placeholder) {
            this.placeholder = placeholder;
            return this;
        }

        /** What the quantity is (default {@link TargetKind#COMMITMENT}). */
        public Builder kind(TargetKind kind) {
            this.kind = kind;
            return this;
        }

        /** Where it stands in the source, or {@code null} (default). */
        public Builder span(SourceSpan span) {
            this.span = span;
            return this;
        }

        /**
         * The target.
         *
         * @throws NullPointerException     when text or comparator is not set
         * @throws IllegalArgumentException when the values do not make a target (see {@link Target})
         */
        public Target build() {
            return new Target(text, indicator, comparator, value, upper, unit, normalized, deadline, placeholder, kind,
                span);
        }
    }
}
