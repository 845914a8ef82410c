package org.plandoc.parser.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.plandoc.core.ChineseNumerals;

/**
 * The first step of reading a target: the quantity whose number starts at a
 * position — the number (Arabic, full-width or Chinese, or a placeholder XX), a
 * range ({@code 1~2}, {@code 60%—70%}, {@code 3至5}), a multiplier ({@code 万},
 * {@code 亿}), the unit ({@code 张}, {@code %}, {@code 个工作日}) or a rate
 * ({@code 280／10万}, {@code 个/千人}). Numbers that are not quantities are
 * refused here: names (PM2.5, 1+X, 5G), formulas (×100%), years and dates, ages,
 * levels and ordinals. Looks at a few chars around the number only.
 */
final class Quantities {

    /** A number read at a position: its value (null for a placeholder), its end, whether it is in Chinese numerals. */
    record Number(BigDecimal value, int end, boolean chinese) {
    }

    /**
     * A quantity: its number, the upper bound of a range, the multiplier and unit as
     * printed, where the unit starts and the quantity ends, and 多/余 between number
     * and unit (3500多个: more than).
     */
    record Reading(Number first, Number upper, String multiplier, String unit, int unitStart, int end, boolean loose) {

        /** The unit as printed, with its multiplier: 万例, %, /10万. */
        String printedUnit() {
            if (multiplier == null || unit.contains("/")) {
                return unit;
            }
            // one string for each multiplier and unit of the vocabulary, shared by all the targets that print it
            Map<String, String> byUnit = PRINTED.computeIfAbsent(multiplier, m -> new ConcurrentHashMap<>());
            String printed = byUnit.get(unit);
            return printed != null ? printed : byUnit.computeIfAbsent(unit, u -> multiplier + u);
        }
    }

    /** Printed units by multiplier and unit, both words of the vocabulary: a few hundred at most. */
    private static final Map<String, Map<String, String>> PRINTED = new ConcurrentHashMap<>();

    private static final boolean[] CHINESE_NUMERAL = Chars.table("〇零两二三四五六七八九十百千万亿");
    private static final boolean[] UNIT_START = unitStarts();

    private Quantities() {
    }

    private static boolean[] unitStarts() {
        StringBuilder b = new StringBuilder("/／多余");      // a rate with no unit before its slash: 280／10万
        for (String u : Vocabulary.UNITS) {
            b.append(u.charAt(0));
        }
        for (String u : Vocabulary.NOT_UNITS) {
            b.append(u.charAt(0));
        }
        for (String m : Vocabulary.MULTIPLIERS) {
            b.append(m.charAt(0));
        }
        return Chars.table(b.toString());
    }

    static boolean isDigit(char c) {
        return ChineseNumerals.isArabicDigit(c);
    }

    static boolean isPlaceholder(char c) {
        return c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ';
    }

    static boolean isChineseNumeral(char c) {
        return CHINESE_NUMERAL[c];
    }

    static boolean latin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A number starts here: not in the middle of another number or of a Latin name. */
    static boolean startsNumber(Logical t, int i, int from) {
        char c = t.charAt(i);
        char prev = i > from ? t.charAt(i - 1) : ' ';
        if (isDigit(c)) {
            return !isDigit(prev) && prev != '.' && prev != '．' && !latin(prev) && prev != '+' && prev != '第';
        }
        if (isPlaceholder(c)) {
            return !latin(prev) && !isDigit(prev);
        }
        if (isChineseNumeral(c)) {
            return !isChineseNumeral(prev) && prev != '第' && prev != '初' && prev != '星' && prev != '周';
        }
        return false;
    }

    /** Index past the number-like chars from {@code i}. */
    static int skipNumber(Logical t, int i, int to) {
        // a placeholder as far as number() read it (X X X, X.X): not again from each of its X
        int j = isPlaceholder(t.charAt(i)) ? Math.max(i + 1, placeholderEnd(t, i, to)) : i + 1;
        while (j < to && (isDigit(t.charAt(j)) || isChineseNumeral(t.charAt(j)) || isPlaceholder(t.charAt(j)))) {
            j++;
        }
        return j;
    }

    /** End of a redacted number at {@code i}: XX, X.X, X X. */
    private static int placeholderEnd(Logical t, int i, int to) {
        int j = i;
        while (j < to && (isPlaceholder(t.charAt(j))
                || ((t.charAt(j) == '.' || t.charAt(j) == ' ') && j + 1 < to && isPlaceholder(t.charAt(j + 1))))) {
            j++;
        }
        return j;
    }

    /** The most chars a number may have (digits and its decimal point); a longer run is no quantity. */
    static final int MAX_NUMBER = 12;

    static Number number(Logical t, int i, int to) {
        char c = t.charAt(i);
        if (isPlaceholder(c)) {
            return new Number(null, placeholderEnd(t, i, to), false);
        }
        if (isDigit(c)) {
            StringBuilder b = new StringBuilder();
            int j = i;
            while (j < to && isDigit(t.charAt(j))) {
                b.append((char) ('0' + ChineseNumerals.digitValue(t.charAt(j))));
                j++;
            }
            if (j + 1 < to && (t.charAt(j) == '.' || t.charAt(j) == '．') && isDigit(t.charAt(j + 1))) {
                b.append('.');
                j++;
                while (j < to && isDigit(t.charAt(j))) {
                    b.append((char) ('0' + ChineseNumerals.digitValue(t.charAt(j))));
                    j++;
                }
            }
            if (b.length() > MAX_NUMBER) {
                return null;
            }
            return new Number(new BigDecimal(b.toString()), j, false);
        }
        // Chinese numerals: stop before a multiplier that a unit follows (三万人 reads 三 万 人 later)
        int j = i;
        while (j < to && j - i < 8 && isChineseNumeral(t.charAt(j)) && "万亿".indexOf(t.charAt(j)) < 0) {
            j++;
        }
        if (j == i) {
            return null;
        }
        long v = ChineseNumerals.parseOrMinusOne(t, i, j);
        if (v < 0) {
            return null;
        }
        return new Number(BigDecimal.valueOf(v), j, true);
    }

    /** The quantity whose number starts at {@code i}, or null when there is none. */
    static Reading read(Logical t, int i, int from, int to) {
        Number first = number(t, i, to);
        if (first == null) {
            return null;
        }
        int j = first.end();
        char next = j < to ? t.charAt(j) : ' ';
        if (!first.chinese() && first.value() != null && (latin(next) || next == '+' || next == '×')) {
            return null;           // PM2.5, 1+X, 5G: names, not quantities
        }
        if (i > from && (t.charAt(i - 1) == '×' || t.charAt(i - 1) == '*')) {
            return null;           // ×100%: a formula
        }
        // a range: 1~2, 1—2, 1－2, 3至5, 4.5%—5%
        String unit1 = j < to ? match(t, j, to, new String[] {"%", "％"}) : null;
        int k = unit1 == null ? j : j + unit1.length();
        Number upper = null;
        if (k + 1 < to) {
            char sep = t.charAt(k);
            int s = -1;
            if ("~～–-－到至".indexOf(sep) >= 0) {
                s = k + 1;
            } else if (sep == '—') {
                s = t.charAt(k + 1) == '—' ? k + 2 : k + 1;
            }
            if (s > 0 && s < to && startsNumber(t, s, from) && !isPlaceholder(t.charAt(s))) {
                Number u = number(t, s, to);
                if (u != null && u.value() != null && u.chinese() == first.chinese()) {
                    upper = u;
                    j = u.end();
                }
            }
        }
        if (j >= to || !UNIT_START[t.charAt(j)]) {
            return null;           // no unit, multiplier or rate: a bare number is no quantity
        }
        // 3500多个, 20余家, 6600多万: more than
        int unitStart = j;
        int p = j;
        boolean loose = false;
        if (upper == null && match(t, p, to, Words.LOOSE_COUNT) != null && match(t, p + 1, to, Words.UNITS) != null) {
            loose = true;
            p++;
        }
        String multiplier = null;
        String unit = match(t, p, to, Words.UNITS);
        int unitEnd = unit == null ? p : p + unit.length();
        if (unit == null) {
            multiplier = match(t, p, to, Words.MULTIPLIERS);
            if (multiplier != null) {
                int u = p + multiplier.length();
                boolean looseAfter = !loose && upper == null && match(t, u, to, Words.LOOSE_COUNT) != null
                    && match(t, u + 1, to, Words.UNITS) != null;
                u += looseAfter ? 1 : 0;
                unit = match(t, u, to, Words.UNITS);
                if (unit == null) {
                    multiplier = null;
                } else {
                    loose |= looseAfter;
                    unitEnd = u + unit.length();
                }
            }
        }
        if (upper != null && unit1 != null && unit == null) {
            unit = unit1;
        }
        // a rate: 280／10万, 个/千人
        if (unitEnd < to && (t.charAt(unitEnd) == '/' || t.charAt(unitEnd) == '／')) {
            int slash = unitEnd;
            int r = slash + 1;
            while (r < to && isDigit(t.charAt(r))) {
                r++;
            }
            String m = match(t, r, to, Words.MULTIPLIERS);
            r += m == null ? 0 : m.length();
            String per = match(t, r, to, Words.UNITS);
            r += per == null ? 0 : per.length();
            if (r > slash + 1 && (per != null || m != null)) {
                String base = unit == null ? "" : (multiplier == null ? "" : multiplier) + unit;
                unit = base + "/" + t.text(slash + 1, r);
                multiplier = null;
                unitEnd = r;
            }
        }
        if (unit == null || match(t, unitStart, to, Words.NOT_UNITS) != null) {
            return null;
        }
        // years and durations: 2024年 is a date, 3年 a duration
        if (unit.equals("年") && multiplier == null && first.value() != null
                && first.value().compareTo(new BigDecimal("1900")) >= 0 && first.value().compareTo(new BigDecimal("2200")) <= 0) {
            return null;
        }
        if (unit.equals("年") && unitEnd < to && (t.charAt(unitEnd) == '度' || t.charAt(unitEnd) == '级')) {
            return null;
        }
        return new Reading(first, upper, multiplier, unit, unitStart, unitEnd, loose);
    }

    static String match(Logical t, int i, int to, String[] words) {
        if (i >= to) {
            return null;
        }
        for (String w : words) {
            if (i + w.length() <= to && at(t, i, w)) {
                return w;
            }
        }
        return null;
    }

    /** As {@link #match(Logical, int, int, String[])}, with the list indexed. */
    static String match(Logical t, int i, int to, Words words) {
        return words.first(t, i, to);
    }

    /** Whether {@code w} stands at {@code i}: compared in place, no substring made (this runs at every number). */
    static boolean at(Logical t, int i, String w) {
        if (i < 0 || i + w.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (t.charAt(i + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static BigDecimal factor(String multiplier) {
        switch (multiplier) {
            case "百": return new BigDecimal("100");
            case "千": return new BigDecimal("1000");
            case "万": return new BigDecimal("10000");
            case "百万": return new BigDecimal("1000000");
            case "千万": return new BigDecimal("10000000");
            case "亿": return new BigDecimal("100000000");
            default: return new BigDecimal("1000000000000");
        }
    }

    static String normalizedUnit(String unit) {
        return unit.equals("%o") || unit.equals("%O") ? "‰" : unit.equals("％") ? "%" : unit;
    }
}
