package org.plandoc.formats.internal;

/**
 * Whether a paragraph's text opens with a number typed by hand (一、 （三） 2. ① 第一章):
 * then an automatic number Word would print before it is the author's mistake or a
 * leftover style, and printing both would number the paragraph twice.
 */
final class TypedNumber {

    private static final String NUMERALS = "一二三四五六七八九十百零〇两";

    private TypedNumber() {
    }

    /** Whether {@code text}, after leading blanks, opens with {@code label} or with any typed number. */
    static boolean opens(String text, String label) {
        String t = stripBlanks(text);
        String l = stripBlanks(label);
        return (!l.isEmpty() && t.startsWith(l)) || opensWithMarker(t);
    }

    /**
     * What stands between an automatic number and the text when Word puts a tab or a
     * space there: nothing after punctuation (一、总体要求, 1.健全机制, as plans type them),
     * one blank after a bare number (1.1 第一小项, which the parser reads as decimal numbering).
     */
    static String separator(String label) {
        if (label.isEmpty()) {
            return "";
        }
        char last = label.charAt(label.length() - 1);
        return "、）)．。：:.".indexOf(last) >= 0 || (last >= '①' && last <= '⒛') ? "" : " ";
    }

    static boolean opensWithMarker(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        if ((c >= '①' && c <= '⒛') || (c >= '\u3251' && c <= '\u325F') || (c >= '\u32B1' && c <= '\u32BF')) {
            return true;
        }
        if (c == '（' || c == '(') {
            int end = run(t, 1);
            return end > 1 && end < t.length() && (t.charAt(end) == '）' || t.charAt(end) == ')');
        }
        if (c == '第') {
            int end = run(t, 1);
            return end > 1 && end < t.length() && "章节条篇部".indexOf(t.charAt(end)) >= 0;
        }
        int end = run(t, 0);
        if (end == 0 || end >= t.length()) {
            return false;
        }
        char after = t.charAt(end);
        boolean chinese = NUMERALS.indexOf(c) >= 0;
        return after == '、' || (!chinese && (after == '.' || after == '．' || after == '）' || after == ')'))
            || (chinese && after == '是');
    }

    /** The end of a run of numerals (Chinese, ASCII or full-width digits) from {@code from}, all of one kind. */
    private static int run(String t, int from) {
        int i = from;
        boolean chinese = i < t.length() && NUMERALS.indexOf(t.charAt(i)) >= 0;
        while (i < t.length() && i - from < 6) {
            char c = t.charAt(i);
            boolean digit = (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
            if (chinese ? NUMERALS.indexOf(c) < 0 : !digit) {
                break;
            }
            i++;
        }
        return i;
    }

    private static String stripBlanks(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 16));
        for (int i = 0; i < s.length() && b.length() < 16; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
