package org.plandoc.core;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * When an item or a target is due, as the text says it ({@code 2024年6月底前}, {@code 年底前},
 * {@code 到2025年}, {@code 长期坚持}), with the last day it pins where it pins
 * one, and how precisely.
 *
 * <pre>{@code
 * Deadline d = item.deadline();
 * if (d != null && d.date() != null) {
 *     System.out.println(d.text() + " → " + d.date() + " (" + d.precision() + ")");   // 6月底前 → 2024-06-30 (MONTH)
 * }
 * }</pre>
 *
 * @param text      the deadline as printed
 * @param date      the last day it allows, or {@code null} when the text pins none (长期坚持, or 年底前 in a plan of
 *                  no stated year) or when only the words are known
 * @param precision how precisely the text pins it; {@link Precision#UNKNOWN} when only the words are known
 */
public record Deadline(String text, LocalDate date, Precision precision) {

    /** How precisely a deadline is stated. */
    public enum Precision {
        /** A day: 2024年6月30日前. */
        DAY,
        /** A month: 2024年6月底前. */
        MONTH,
        /** A year: 年底前, 到2025年. */
        YEAR,
        /** No date: 长期坚持, 持续推进. */
        OPEN,
        /**
         * Not read: only the words are known — a target's deadline in data of schema
         * version 1, which kept the phrase alone, or a deadline built with {@link #ofText(String)}.
         */
        UNKNOWN;

        /** The lower-case name used in data files. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The precision with the given {@link #id()}.
         *
         * @throws IllegalArgumentException for an unknown id
         */
        public static Precision fromId(String id) {
            for (Precision p : values()) {
                if (p.id().equals(id)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown deadline precision: " + id);
        }
    }

    public Deadline {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(precision, "precision must not be null");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
        if (precision == Precision.OPEN && date != null) {
            throw new IllegalArgumentException("an open deadline has no date: " + text);
        }
        if (precision == Precision.UNKNOWN && date != null) {
            throw new IllegalArgumentException("a deadline of unknown precision has no date: " + text);
        }
    }

    /**
     * A deadline known only by its words ({@code 年底前}): no date, precision {@link Precision#UNKNOWN}.
     * Returns {@code null} for {@code null}, so a phrase that may be absent converts in one call.
     */
    public static Deadline ofText(String text) {
        return text == null ? null : new Deadline(text, null, Precision.UNKNOWN);
    }
}
