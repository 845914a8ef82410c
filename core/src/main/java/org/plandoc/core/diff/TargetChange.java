package org.plandoc.core.diff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.plandoc.core.Deadline;
import org.plandoc.core.Target;

/**
 * A target that was added, dropped or changed between the plans. Targets are paired by
 * indicator and unit ({@link PlanDiff}); a pair that says the same thing is not a change.
 *
 * <pre>{@code
 * for (TargetChange t : changes.targets()) {
 *     if (t.kind() == TargetChange.Kind.CHANGED) {
 *         System.out.println(t.before().text() + " → " + t.after().text() + " " + t.direction());  // … RAISED
 *     }
 * }
 * }</pre>
 *
 * @param kind   added, dropped or changed
 * @param before the old target; {@code null} when added
 * @param after  the new target; {@code null} when dropped
 */
public record TargetChange(Kind kind, Target before, Target after) {

    /** What happened to the target. */
    public enum Kind {
        /** Only the new plan has it. */
        ADDED,
        /** Only the old plan has it. */
        DROPPED,
        /** Both have it, with another value, comparator, unit or deadline. */
        CHANGED;

        /** The lower-case name used in data ({@code dropped}). */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Which way the value went. */
    public enum Direction {
        /** A higher value (for a range, a higher middle). */
        RAISED,
        /** A lower value. */
        LOWERED,
        /** The same value, or values that cannot be compared (a placeholder, another unit). */
        SAME;

        /** The lower-case name used in data ({@code raised}). */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TargetChange {
        Objects.requireNonNull(kind, "kind must not be null");
        if ((kind != Kind.ADDED) != (before != null) || (kind != Kind.DROPPED) != (after != null)) {
            throw new IllegalArgumentException(kind + " needs " + (kind == Kind.ADDED ? "only after"
                : kind == Kind.DROPPED ? "only before" : "before and after"));
        }
    }

    /**
     * Which way the value went, for a changed target; {@code null} for an added or dropped one.
     * Values are compared after multipliers ({@code 1.1万亿元} against {@code 10000亿元}); a range
     * ({@code 5%—5.5%}) counts by its middle, so {@code 5.5%左右 → 5%—5.5%} is lowered.
     */
    public Direction direction() {
        if (kind != Kind.CHANGED) {
            return null;
        }
        BigDecimal a = middle(before);
        BigDecimal b = middle(after);
        if (a == null || b == null) {
            return Direction.SAME;
        }
        int c = b.compareTo(a);
        return c > 0 ? Direction.RAISED : c < 0 ? Direction.LOWERED : Direction.SAME;
    }

    /** Whether the comparator changed ({@code 以上 → 左右}); false unless changed. */
    public boolean comparatorChanged() {
        return kind == Kind.CHANGED && before.comparator() != after.comparator();
    }

    /** Whether the deadline changed, appeared or went; false unless changed. */
    public boolean deadlineChanged() {
        return kind == Kind.CHANGED && !sameDeadline(before.deadline(), after.deadline());
    }

    /** Whether the value (or a range's upper bound) changed, compared after multipliers; false unless changed. */
    public boolean valueChanged() {
        return kind == Kind.CHANGED && (!sameNumber(scaled(before, before.value()), scaled(after, after.value()))
            || !sameNumber(scaled(before, before.upper()), scaled(after, after.upper())));
    }

    /**
     * Whether a pair of targets says anything different: value or bound (after multipliers, so
     * {@code 1万亿元} and {@code 10000亿元} are one value), comparator, placeholder or deadline.
     */
    static boolean differ(Target a, Target b) {
        return a.comparator() != b.comparator() || a.placeholder() != b.placeholder()
            || !sameNumber(scaled(a, a.value()), scaled(b, b.value()))
            || !sameNumber(scaled(a, a.upper()), scaled(b, b.upper()))
            || !sameDeadline(a.deadline(), b.deadline());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * The same words, or the same last day: {@code 年底前} in last year's plan and in this year's is
     * the same deadline in words (each plan's own year), and {@code 年底前}/{@code 12月底前} of one year are one date.
     */
    private static boolean sameDeadline(Deadline a, Deadline b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.text().equals(b.text()) || a.date() != null && a.date().equals(b.date());
    }

    /** The value after multipliers (the middle of a range); null for a placeholder. */
    private static BigDecimal middle(Target t) {
        BigDecimal v = scaled(t, t.value());
        BigDecimal u = scaled(t, t.upper());
        return v == null || u == null ? v : v.add(u).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    /** {@code number} (the target's value or upper bound) with the target's multiplier applied; null stays null. */
    private static BigDecimal scaled(Target t, BigDecimal number) {
        if (number == null || t.value() == null || t.normalized() == null || t.value().signum() == 0) {
            return number;
        }
        return number.multiply(t.normalized().value()).divide(t.value(), MathContext.DECIMAL64);
    }
}
