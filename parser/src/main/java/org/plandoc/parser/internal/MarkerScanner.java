package org.plandoc.parser.internal;

import org.plandoc.core.ChineseNumerals;
import org.plandoc.core.NumberingStyle;

/**
 * Recognises a numbering marker at one position of the text: every style of
 * {@link NumberingStyle}, half- and full-width, with the damaged forms that
 * real files show at the start of a line (a lost numeral, a lost bracket).
 * Looks at a few chars only: no backtracking, constant work per position.
 */
final class MarkerScanner {

    private static final int MAX_CHINESE = 5;
    private static final int MAX_ARABIC = 3;
    private static final int MAX_DECIMAL_DEPTH = 6;

    private MarkerScanner() {
    }

    /** Whether a marker could start with {@code c}, or {@code c} is 、 (of 、同心同力, a lost numeral). */
    static boolean mayOpen(char c) {
        return mayStart(c) || c == '、';
    }

    /** Whether a marker could start with {@code c}: a cheap filter before {@link #scan}. */
    static boolean mayStart(char c) {
        return c == '（' || c == '(' || c == '第' || ChineseNumerals.isArabicDigit(c)
            || (c >= '①' && c <= '⑳') || isMarkerNumeral(c);
    }

    /**
     * Index of the first char after what may precede a marker at a line start:
     * blanks, Markdown heading marks and list bullets.
     */
    static int skipLinePrefix(CharSequence s, int i, int end) {
        int j = Chars.skipBlank(s, i, end);
        if (j < end && s instanceof Logical l && l.escaped(j)) {
            return j;       // \\* or \\# is an asterisk or a hash, not a bullet or a heading mark
        }
        int k = j;
        while (k < end && s.charAt(k) == '#') {
            k++;
        }
        if (k > j && k - j <= 6 && k < end && s.charAt(k) == ' ') {
            return Chars.skipBlank(s, k, end);
        }
        if (j + 1 < end && (s.charAt(j) == '-' || s.charAt(j) == '*' || s.charAt(j) == '+' || s.charAt(j) == '•'
                || s.charAt(j) == '>') && s.charAt(j + 1) == ' ') {
            return Chars.skipBlank(s, j + 1, end);
        }
        if (j < end && s.charAt(j) == '•') {
            return Chars.skipBlank(s, j + 1, end);
        }
        return j;
    }

    /**
     * The marker at {@code i}, or {@code null}. {@code lineStart} admits the forms
     * that are markers only at the start of a line (damaged forms, decimal numbers).
     */
    static Marker scan(CharSequence s, int i, int end, boolean lineStart) {
        if (i >= end || (s instanceof Logical l && l.escaped(i))) {
            return null;        // \\三、 is text: the backslash said so
        }
        char c = s.charAt(i);
        if (c == '第') {
            return ordinalWord(s, i, end);
        }
        if (c == '（' || c == '(') {
            return bracketed(s, i, end, lineStart);
        }
        if (c >= '①' && c <= '⑳') {
            return marker(NumberingStyle.CIRCLED, 0, c - '①' + 1, String.valueOf(c), i, i + 1, s, end, true,
                Marker.Damage.NONE);
        }
        if (ChineseNumerals.isArabicDigit(c)) {
            return arabic(s, i, end, lineStart);
        }
        if (c == '、' && lineStart && i + 1 < end && Chars.han(s.charAt(i + 1)) && !isMarkerNumeral(s.charAt(i + 1))) {
            return marker(NumberingStyle.CHINESE_DUN, 0, 0, "", i, i + 1, s, end, false, Marker.Damage.MISSING_NUMERAL);
        }
        if (isMarkerNumeral(c)) {
            return chinese(s, i, end);
        }
        return null;
    }

    private static final boolean[] NOT_AFTER_SHI = Chars.table("否非");
    /** 要求, 要素, 要点, 要件, 要务, 要闻, 要害, 要领, 要旨, 要义, 要员, 要事, 要么: words, not 一要… */
    private static final boolean[] NOT_AFTER_YAO = Chars.table("求素点件务闻害领旨义员事么");

    /**
     * The plain marker at a line start whose text begins with a digit or a numeral —
     * {@code 20.2026年10件民生实事}, {@code 11.121人才梯队项目}, {@code 8.6个重大科技专项},
     * {@code 三、三农工作再上新台阶} — which {@link #scan} reads as a decimal number or
     * as a list of numbers. Only the outline can say which it is: this one is taken
     * where the numbering expects exactly its number.
     */
    static Marker scanBeforeDigits(CharSequence s, int i, int end) {
        if (i >= end || (s instanceof Logical l && l.escaped(i))) {
            return null;
        }
        char c = s.charAt(i);
        int k;
        boolean arabic = ChineseNumerals.isArabicDigit(c);
        if (arabic) {
            k = arabicEnd(s, i, end, MAX_ARABIC);
            if (k - i > MAX_ARABIC) {
                return null;
            }
        } else if (isMarkerNumeral(c)) {
            k = chineseEnd(s, i, end);
        } else {
            return null;
        }
        if (k + 1 >= end) {
            return null;
        }
        char sep = s.charAt(k);
        char after = s.charAt(k + 1);
        boolean digitAfter = ChineseNumerals.isArabicDigit(after) || (!arabic && isMarkerNumeral(after));
        int n = value(s, i, k);
        if (n < 1 || !digitAfter) {
            return null;
        }
        String numeral = s.subSequence(i, k).toString();
        if (arabic && (sep == '.' || sep == '．')) {
            return marker(NumberingStyle.ARABIC_DOT, 0, n, numeral, i, k + 1, s, end, false, Marker.Damage.NONE);
        }
        if (sep == '、') {
            return marker(arabic ? NumberingStyle.ARABIC_DUN : NumberingStyle.CHINESE_DUN, 0, n, numeral, i, k + 1, s, end,
                false, Marker.Damage.NONE);
        }
        return null;
    }

    /** 零一二…九十百, as used in numbering (not 两, which counts, or 千/万). */
    private static final boolean[] MARKER_NUMERAL = Chars.table("〇零一二三四五六七八九十百");

    static boolean isMarkerNumeral(char c) {
        return MARKER_NUMERAL[c];
    }

    private static int chineseEnd(CharSequence s, int i, int end) {
        int j = i;
        while (j < end && j - i < MAX_CHINESE && isMarkerNumeral(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /**
     * End of the digits at {@code i}, reading at most {@code max + 1} of them: enough to
     * tell a number longer than {@code max}, which no caller accepts. Reading the whole
     * run instead made a line of n digits cost n² (the scan tries every position).
     */
    private static int arabicEnd(CharSequence s, int i, int end, int max) {
        int j = i;
        while (j < end && j - i <= max && ChineseNumerals.isArabicDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int value(CharSequence s, int from, int to) {
        long v = ChineseNumerals.parseOrMinusOne(s, from, to);
        return v >= 1 && v <= 100_000 ? (int) v : -1;
    }

    /** 第一篇 第二部分 第三章 第四节 第五条. */
    private static Marker ordinalWord(CharSequence s, int i, int end) {
        int j = i + 1;
        int k = ChineseNumerals.isArabicDigit(j < end ? s.charAt(j) : ' ') ? arabicEnd(s, j, end, MAX_CHINESE) : chineseEnd(s, j, end);
        if (k == j || k - j > MAX_CHINESE || k >= end) {
            return null;
        }
        int n = value(s, j, k);
        if (n < 1) {
            return null;
        }
        NumberingStyle style;
        int labelEnd = k + 1;
        switch (s.charAt(k)) {
            case '篇': style = NumberingStyle.PART; break;
            case '章': style = NumberingStyle.CHAPTER; break;
            case '节': style = NumberingStyle.SUBCHAPTER; break;
            case '条': style = NumberingStyle.ARTICLE; break;
            case '部':
                if (k + 1 < end && s.charAt(k + 1) == '分') {
                    style = NumberingStyle.PART;
                    labelEnd = k + 2;
                    break;
                }
                return null;
            case '，':
            case ',':
                // 第一，…第二，…: an enumeration, like 一是…二是… (the comma is not part of the label)
                if (n > 30) {
                    return null;
                }
                return new Marker(NumberingStyle.CHINESE_SHI, 0, n, s.subSequence(j, k).toString(), i, k, k + 1, false,
                    Marker.Damage.NONE);
            default:
                return null;
        }
        // a marker stands apart from its text: 第一章 总则, 第一篇：…, not 第一条件
        if (labelEnd < end) {
            char after = s.charAt(labelEnd);
            boolean apart = Chars.blank(after) || after == '：' || after == ':' || after == '、' || after == '　'
                || after == '\n' || style != NumberingStyle.ARTICLE;
            if (!apart) {
                return null;
            }
        }
        int content = labelEnd;
        while (content < end && (Chars.blank(s.charAt(content)) || s.charAt(content) == '：' || s.charAt(content) == ':')) {
            content++;
        }
        return new Marker(style, 0, n, s.subSequence(j, k).toString(), i, labelEnd, content, true, Marker.Damage.NONE);
    }

    /** （一） (一) （1） (1), and at a line start the damaged (二十 with its closing bracket lost. */
    private static Marker bracketed(CharSequence s, int i, int end, boolean lineStart) {
        int j = i + 1;
        if (j >= end) {
            return null;
        }
        boolean arabic = ChineseNumerals.isArabicDigit(s.charAt(j));
        int k = arabic ? arabicEnd(s, j, end, MAX_ARABIC) : chineseEnd(s, j, end);
        if (k == j || (arabic && k - j > MAX_ARABIC)) {
            return null;
        }
        int n = value(s, j, k);
        if (n < 1) {
            return null;
        }
        String numeral = s.subSequence(j, k).toString();
        NumberingStyle style = arabic ? NumberingStyle.ARABIC_PAREN : NumberingStyle.CHINESE_PAREN;
        if (k < end && (s.charAt(k) == '）' || s.charAt(k) == ')')) {
            return marker(style, 0, n, numeral, i, k + 1, s, end, true, Marker.Damage.NONE);
        }
        if (lineStart && !arabic && k < end && Chars.han(s.charAt(k)) && !isMarkerNumeral(s.charAt(k))) {
            return marker(style, 0, n, numeral, i, k, s, end, false, Marker.Damage.LOST_BRACKET);
        }
        return null;
    }

    /** 一、 一． 一是. */
    private static Marker chinese(CharSequence s, int i, int end) {
        int k = chineseEnd(s, i, end);
        if (k >= end) {
            return null;
        }
        int n = value(s, i, k);
        if (n < 1) {
            return null;
        }
        String numeral = s.subSequence(i, k).toString();
        char sep = s.charAt(k);
        if (sep == '、' || sep == '．' || sep == '.') {
            // 一、二级医院, 一、二、三产业: a list of numbers, not a heading
            if (k + 1 < end && isMarkerNumeral(s.charAt(k + 1))) {
                return null;
            }
            return marker(NumberingStyle.CHINESE_DUN, 0, n, numeral, i, k + 1, s, end, false, Marker.Damage.NONE);
        }
        if ((sep == '是' || sep == '要') && n <= 30) {
            // 一是… and 一要…, not 一是否, 一要求, 一要素
            if (k + 1 >= end || Chars.blank(s.charAt(k + 1)) || Chars.cannotOpen(s.charAt(k + 1))
                    || s.charAt(k + 1) == '\n' || (sep == '是' ? NOT_AFTER_SHI : NOT_AFTER_YAO)[s.charAt(k + 1)]) {
                return null;
            }
            return marker(NumberingStyle.CHINESE_SHI, 0, n, numeral, i, k + 1, s, end, false, Marker.Damage.NONE);
        }
        return null;
    }

    /** 1. 1． 1、 1) 1） and, at a line start, decimal numbers 1 / 1.1 / 1.1.1 followed by a blank. */
    private static Marker arabic(CharSequence s, int i, int end, boolean lineStart) {
        int k = arabicEnd(s, i, end, MAX_ARABIC);
        if (k - i > MAX_ARABIC || k >= end) {
            return null;
        }
        int n = value(s, i, k);
        if (n < 1) {
            return null;
        }
        String numeral = s.subSequence(i, k).toString();
        char sep = s.charAt(k);
        boolean digitAfter = k + 1 < end && ChineseNumerals.isArabicDigit(s.charAt(k + 1));
        if (sep == '.' || sep == '．') {
            if (digitAfter) {
                return lineStart ? decimal(s, i, end) : null;
            }
            return marker(NumberingStyle.ARABIC_DOT, 0, n, numeral, i, k + 1, s, end, false, Marker.Damage.NONE);
        }
        if (sep == '、') {
            if (digitAfter) {
                return null;
            }
            return marker(NumberingStyle.ARABIC_DUN, 0, n, numeral, i, k + 1, s, end, false, Marker.Damage.NONE);
        }
        if (sep == ')' || sep == '）') {
            return marker(NumberingStyle.ARABIC_HALF_PAREN, 0, n, numeral, i, k + 1, s, end, false, Marker.Damage.NONE);
        }
        if (lineStart && Chars.blank(sep) && n < 100) {
            return decimal(s, i, end);
        }
        return null;
    }

    private static Marker decimal(CharSequence s, int i, int end) {
        int depth = 0;
        int j = i;
        int last = -1;
        int lastStart = i;
        while (true) {
            int k = arabicEnd(s, j, end, MAX_ARABIC);
            if (k == j || k - j > MAX_ARABIC || depth == MAX_DECIMAL_DEPTH) {
                return null;        // a longer chain 1.1.1.1… is no heading: stop reading it here
            }
            depth++;
            last = value(s, j, k);
            lastStart = j;
            j = k;
            if (j + 1 < end && (s.charAt(j) == '.' || s.charAt(j) == '．') && ChineseNumerals.isArabicDigit(s.charAt(j + 1))) {
                j++;
                continue;
            }
            break;
        }
        // the number must stand apart from a heading: 1　总则, 5.1.2 省级…
        int content = Chars.skipBlank(s, j, end);
        if (last < 1 || content == j || content >= end || !Chars.han(s.charAt(content))) {
            return null;
        }
        return new Marker(NumberingStyle.DECIMAL, depth, last, s.subSequence(lastStart, j).toString(), i, j, content,
            false, Marker.Damage.NONE);
    }

    private static Marker marker(NumberingStyle style, int depth, int n, String numeral, int start, int labelEnd,
                                 CharSequence s, int end, boolean bracketed, Marker.Damage damage) {
        int content = labelEnd;
        while (content < end && s.charAt(content) != '\n' && Chars.blank(s.charAt(content))) {
            content++;
        }
        return new Marker(style, depth, n, numeral, start, labelEnd, content, bracketed, damage);
    }
}
