package org.plandoc.parser.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.plandoc.core.ChineseNumerals;

/** Reading dates and labelled values out of short metadata lines. */
final class Metadata {

    private Metadata() {
    }

    /** The first date in {@code t}: 2022-05-31, 2024年3月1日, 二〇〇五年六月十一日; or null. */
    static LocalDate firstDate(String t) {
        for (int i = 0; i < t.length(); i++) {
            LocalDate d = dateAt(t, i, null);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Whether all of {@code t} (blanks aside) is one date. */
    static LocalDate wholeDate(String t) {
        String s = Chars.trim(t);
        int[] endAt = new int[1];
        LocalDate d = dateAt(s, 0, endAt);
        return d != null && endAt[0] == s.length() ? d : null;
    }

    /** The date {@code t} begins with (blanks aside), or null: 2021年9月29日 浙江省…会议通过. */
    static LocalDate leadingDate(String t) {
        return dateAt(t, Chars.skipBlank(t, 0, t.length()), null);
    }

    private static LocalDate dateAt(String t, int i, int[] endAt) {
        int[] pos = {i};
        long y = number(t, pos, 4);
        if (y < 1900 || y > 2200 || pos[0] - i < 4) {
            return null;
        }
        char sep = pos[0] < t.length() ? t.charAt(pos[0]) : ' ';
        boolean chinese = sep == '年';
        if (!(chinese || sep == '-' || sep == '/' || sep == '.')) {
            return null;
        }
        pos[0]++;
        long m = number(t, pos, 2);
        if (m < 1 || pos[0] >= t.length()) {
            return null;
        }
        char sep2 = t.charAt(pos[0]);
        if (chinese ? sep2 != '月' : sep2 != sep) {
            return null;
        }
        pos[0]++;
        long d = number(t, pos, 3);
        if (d < 1) {
            return null;
        }
        if (chinese) {
            if (pos[0] >= t.length() || (t.charAt(pos[0]) != '日' && t.charAt(pos[0]) != '号')) {
                return null;
            }
            pos[0]++;
        }
        try {
            LocalDate date = LocalDate.of((int) y, (int) m, (int) d);
            if (endAt != null) {
                endAt[0] = pos[0];
            }
            return date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Reads Arabic digits (or, failing that, Chinese numerals) at {@code pos}; -1 when none. */
    private static long number(String t, int[] pos, int maxChinese) {
        int i = pos[0];
        int j = i;
        while (j < t.length() && ChineseNumerals.isArabicDigit(t.charAt(j)) && j - i < 4) {
            j++;
        }
        if (j == i) {
            while (j < t.length() && j - i < maxChinese && (ChineseNumerals.isNumeral(t.charAt(j)))
                    && ChineseNumerals.unitValue(t.charAt(j)) < 100) {
                j++;
            }
        }
        if (j == i) {
            return -1;
        }
        long v = ChineseNumerals.parseOrMinusOne(t.substring(i, j));
        pos[0] = j;
        return v;
    }

    /**
     * The date of a report's subtitle: ——2026年1月28日在云南省第十四届人民代表大会第四次会议上
     * (with ――, ----, or no dash at all before the date); null when {@code t} is not one.
     */
    static LocalDate subtitleDate(String t) {
        int i = 0;
        while (i < t.length() && (t.charAt(i) == '—' || t.charAt(i) == '―' || t.charAt(i) == '-' || t.charAt(i) == '－'
                || Chars.blank(t.charAt(i)))) {
            i++;
        }
        int[] end = new int[1];
        LocalDate d = dateAt(t, i, end);
        // ——2026年1月28日在…会议上, ----2025年1月15日龚正市长在…会议的政府工作报告
        int at = t.indexOf('在', end[0]);
        return d != null && at >= 0 && at - end[0] <= 12 && t.indexOf("会议", at) > 0 ? d : null;
    }

    /** The value after {@code key} (and a colon) up to the next blank, or null. */
    static String after(String t, String key) {
        int k = t.indexOf(key);
        if (k < 0) {
            return null;
        }
        int i = k + key.length();
        while (i < t.length() && (t.charAt(i) == '：' || t.charAt(i) == ':' || Chars.blank(t.charAt(i)))) {
            i++;
        }
        int j = i;
        while (j < t.length() && !Chars.blank(t.charAt(j))) {
            j++;
        }
        return j > i ? t.substring(i, j) : null;
    }
}
