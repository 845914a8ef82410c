package org.plandoc.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where an item stands in its plan, by number: its section's number, then each
 * ancestor item's, then its own — {@code 二.（三）.2} is item 2 of item （三） of
 * section 二、. The path is built from the recovered ordinals, so it is unique and
 * repaired where the printed numbers are not (three items printed {@code (二十)}
 * have the paths {@code 七.（二十）}, {@code 七.（二十一）} and {@code 七.（二十二）});
 * the numberings as printed stay beside it ({@link #numberings()}, {@link #printed()}).
 *
 * <pre>{@code
 * plan.items().forEach(e -> System.out.println(e.path() + " " + e.item().title()));   // 二.（三）.2 …
 * Optional<ItemEntry> found = plan.find(NumberPath.parse("2.3.2"));                   // the same item
 * }</pre>
 *
 * <p>Two paths are equal when their ordinals are: {@code NumberPath.parse("二.3.2")}
 * equals the path of item 2 of item 3 of section 2 whatever their styles.
 * A heading without a number ({@link NumberingStyle#HEADING}) is written {@code §1}, by its ordinal.
 * Immutable and thread-safe.
 */
public final class NumberPath {

    private final int[] ordinals;
    private final List<Numbering> numberings;

    private NumberPath(int[] ordinals, List<Numbering> numberings) {
        this.ordinals = ordinals;
        this.numberings = numberings;
    }

    /** The path of these numberings, from the section down; at least one. */
    public static NumberPath of(List<Numbering> numberings) {
        List<Numbering> steps = List.copyOf(Objects.requireNonNull(numberings, "numberings must not be null"));
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a path has at least one step");
        }
        int[] ordinals = new int[steps.size()];
        for (int i = 0; i < ordinals.length; i++) {
            ordinals[i] = steps.get(i).ordinal();
        }
        return new NumberPath(ordinals, steps);
    }

    /** The path of one section. */
    public static NumberPath of(Numbering section) {
        return of(List.of(Objects.requireNonNull(section, "section must not be null")));
    }

    /**
     * Reads a path as people write it: steps separated by {@code .}, each a number in any
     * style — {@code 二.（三）.2}, {@code 2.3.2}, {@code 第一章.第三条}, {@code 三.②}, {@code §1.2}.
     * The styles are not kept: the path has ordinals only, and prints as {@code 2.3.2}.
     *
     * @throws IllegalArgumentException when a step is not a number
     */
    public static NumberPath parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        String[] parts = text.strip().split("[.．]", -1);
        int[] ordinals = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ordinals[i] = ordinal(parts[i].strip(), text);
        }
        return new NumberPath(ordinals, List.of());
    }

    private static int ordinal(String step, String path) {
        String s = step;
        if (s.startsWith("§")) {
            s = s.substring(1);
        }
        if (s.length() == 1 && s.charAt(0) >= '①' && s.charAt(0) <= '⑳') {
            return s.charAt(0) - '①' + 1;
        }
        s = strip(s, new String[] {"第", "（", "("}, true);
        s = strip(s, new String[] {"部分", "篇", "章", "节", "条", "是", "、", "）", ")"}, false);
        long n = s.isEmpty() ? -1 : ChineseNumerals.parseOrMinusOne(s);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("not a number path: \"" + path + "\" (step \"" + step + "\")");
        }
        return (int) n;
    }

    private static String strip(String s, String[] affixes, boolean prefix) {
        for (String a : affixes) {
            if (prefix ? s.startsWith(a) : s.endsWith(a)) {
                return prefix ? s.substring(a.length()) : s.substring(0, s.length() - a.length());
            }
        }
        return s;
    }

    /** The path one step deeper. */
    public NumberPath child(Numbering numbering) {
        Objects.requireNonNull(numbering, "numbering must not be null");
        if (numberings.isEmpty()) {
            throw new IllegalStateException("a parsed path has no numberings to extend");
        }
        List<Numbering> steps = new ArrayList<>(numberings);
        steps.add(numbering);
        return of(steps);
    }

    /** The ordinals from the section down. */
    public List<Integer> ordinals() {
        List<Integer> out = new ArrayList<>(ordinals.length);
        for (int o : ordinals) {
            out.add(o);
        }
        return Collections.unmodifiableList(out);
    }

    /** The numberings from the section down, labels as printed; empty for a {@link #parse parsed} path. */
    public List<Numbering> numberings() {
        return numberings;
    }

    /** The number of steps: 1 for a section, 2 for its items, … */
    public int size() {
        return ordinals.length;
    }

    /**
     * The labels as printed, without the punctuation after them, separated by {@code .}:
     * {@code 七.(二十)} — what the document shows, damage included. For a parsed path, {@link #toString()}.
     */
    public String printed() {
        if (numberings.isEmpty()) {
            return toString();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < numberings.size(); i++) {
            String label = numberings.get(i).label().strip();
            while (!label.isEmpty() && "、.．".indexOf(label.charAt(label.length() - 1)) >= 0) {
                label = label.substring(0, label.length() - 1);
            }
            b.append(i == 0 ? "" : ".").append(label);
        }
        return b.toString();
    }

    /**
     * The path from the recovered ordinals, each step in its own style without the punctuation
     * after it: {@code 二.（三）.2}, {@code 第一章.第三条}, {@code §1.2}. Unique in a plan whose
     * numbers were repaired. A parsed path prints its ordinals: {@code 2.3.2}.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ordinals.length; i++) {
            b.append(i == 0 ? "" : ".");
            b.append(numberings.isEmpty() ? String.valueOf(ordinals[i]) : step(numberings.get(i).style(), ordinals[i]));
        }
        return b.toString();
    }

    /** One step in its style: the style's example with the ordinal put in, trailing 、 . 是 dropped. */
    static String step(NumberingStyle style, int ordinal) {
        switch (style) {
            case HEADING:
                return "§" + ordinal;
            case DECIMAL:
                return String.valueOf(ordinal);
            case CIRCLED:
                return ordinal <= 20 ? String.valueOf((char) ('①' + ordinal - 1)) : "(" + ordinal + ")";
            default:
                break;
        }
        String example = style.example();
        String label = example.indexOf('一') >= 0
            ? example.replace("一", ChineseNumerals.format(ordinal))
            : example.replace("1", String.valueOf(ordinal));
        char last = label.charAt(label.length() - 1);
        return "、.是".indexOf(last) >= 0 ? label.substring(0, label.length() - 1) : label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberPath && Arrays.equals(ordinals, ((NumberPath) o).ordinals);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ordinals);
    }
}
