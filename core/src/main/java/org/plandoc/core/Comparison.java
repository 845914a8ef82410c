package org.plandoc.core;

/**
 * How a target's value bounds what is measured: {@code 不少于600家} is
 * {@link #AT_LEAST}, {@code 控制在280／10万以内} is {@link #AT_MOST},
 * {@code 1~2名} is {@link #BETWEEN}.
 */
public enum Comparison {
    /** The value itself: {@code 新增病床位1600张}. */
    EXACTLY("exactly"),
    /** {@code 不少于}, {@code 至少}, {@code ≥}, {@code …以上}. */
    AT_LEAST("at-least"),
    /** {@code 不超过}, {@code ≤}, {@code 控制在…以内}, {@code …以下}. */
    AT_MOST("at-most"),
    /** {@code 超过}, {@code 高于}, {@code >}. */
    MORE_THAN("more-than"),
    /** {@code 低于}, {@code 少于}, {@code <}. */
    LESS_THAN("less-than"),
    /** A range, {@code 1~2}, {@code 3至5}: value and upper bound. */
    BETWEEN("between"),
    /** {@code 左右}, {@code 约}. */
    ABOUT("about");

    private final String id;

    Comparison(String id) {
        this.id = id;
    }

    /** The kebab-case name used in data files ({@code at-least}). */
    public String id() {
        return id;
    }

    /**
     * The comparison with the given {@link #id()}.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static Comparison fromId(String id) {
        for (Comparison c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparison: " + id);
    }
}
