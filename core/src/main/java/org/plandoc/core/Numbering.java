package org.plandoc.core;

import java.util.Objects;

/**
 * The number of a section or an item: its style, the ordinal it stands for, and
 * the label exactly as printed. A damaged number keeps its printed label
 * ({@code (二十}) while the ordinal is the one its position says it must be (24).
 *
 * <pre>{@code
 * Numbering n = new Numbering(NumberingStyle.CHINESE_DUN, 3, "三、");
 * n.ordinal();   // 3
 * }</pre>
 *
 * @param style   the numbering style
 * @param ordinal the number it stands for, {@code >= 1}
 * @param label   the number as printed, possibly damaged or empty (a lost numeral)
 */
public record Numbering(NumberingStyle style, int ordinal, String label) {

    public Numbering {
        Objects.requireNonNull(style, "style must not be null");
        Objects.requireNonNull(label, "label must not be null");
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal must be >= 1, was " + ordinal);
        }
    }

    // equals and hashCode written out: the parser keys a map by numbering, and a
    // record's generated ones bootstrap method handles the first time they run,
    // tens of milliseconds of a small conversion's start-up

    @Override
    public boolean equals(Object o) {
        return o instanceof Numbering n && n.style == style && n.ordinal == ordinal && n.label.equals(label);
    }

    @Override
    public int hashCode() {
        return (style.ordinal() * 31 + ordinal) * 31 + label.hashCode();
    }
}
