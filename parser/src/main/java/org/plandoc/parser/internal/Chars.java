package org.plandoc.parser.internal;

/** Character classes of Chinese official text, in one place. */
final class Chars {

    private Chars() {
    }

    /** A lookup table of {@code chars}: a char class tested at every position must not search a string. */
    static boolean[] table(String chars) {
        boolean[] t = new boolean[65536];
        for (int i = 0; i < chars.length(); i++) {
            t[chars.charAt(i)] = true;
        }
        return t;
    }

    /** Ends a sentence: after it a new item may begin. */
    static boolean endsSentence(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';'
            || c == '：' || c == ':' || c == '…';
    }

    /**
     * Whether {@code s[i]} ends a sentence: a sentence mark, or a half-width full stop — a "."
     * after Chinese text or a closing mark (…发展. 推动…, typed with half-width punctuation), not
     * one after a digit or a Latin letter (1. 1.5 PM2.5) nor before a Latin letter (.docx).
     */
    static boolean endsSentence(CharSequence s, int i) {
        return endsSentence(s.charAt(i)) || fullStop(s, i);
    }

    /** Whether {@code s[i]} is a "." that stands for 。 (see {@link #endsSentence(CharSequence, int)}). */
    static boolean fullStop(CharSequence s, int i) {
        if (s.charAt(i) != '.' || i == 0) {
            return false;
        }
        char before = s.charAt(i - 1);
        if (latinOrDigit(before) || blank(before) || before == '\n' || before == '.') {
            return false;
        }
        char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        return !((after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z'));
    }

    /** Closes a quotation or bracket; a sentence may end just before it. */
    static boolean closes(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》' || c == '"';
    }

    /** Opens a bracket or quotation: text must follow it. */
    static boolean opens(char c) {
        return c == '（' || c == '(' || c == '“' || c == '‘' || c == '《' || c == '【' || c == '「' || c == '『';
    }

    /** Punctuation that cannot open a paragraph: a line that starts with it continues the one before. */
    static boolean cannotOpen(char c) {
        return c == '，' || c == ',' || c == '。' || c == '、' || c == '；' || c == ';' || c == '：'
            || c == '）' || c == ')' || c == '”' || c == '’' || c == '》' || c == '.' || c == '！' || c == '？';
    }

    /** Blank in the sense of layout: ASCII white space, U+3000, no-break space, BOM, zero-width. */
    static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\ufeff' || c == '\u200b'
            || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\r' || c == '\f' || c == '\u000b';
    }

    /**
     * Not text: a format character (zero-width space, byte-order mark, soft hyphen,
     * bidirectional marks) or a control character other than the layout ones (tab,
     * line breaks, form feed, vertical tab). Such chars are removed from the model.
     */
    static boolean invisible(char c) {
        byte v = INVISIBLE[c];
        if (v == 0) {
            int type = Character.getType(c);
            boolean invisible = type == Character.FORMAT
                || (type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\u000b');
            v = invisible ? (byte) 2 : (byte) 1;
            INVISIBLE[c] = v;       // a race writes the same value: no lock needed
        }
        return v == 2;
    }

    /**
     * Per char: 0 not yet looked up, 1 text, 2 invisible. Filled as chars are met rather
     * than for all 65,536 at start-up, which took a few milliseconds of every small run.
     */
    private static final byte[] INVISIBLE = new byte[65536];

    /** Whether {@code s[i]} is half of a surrogate pair whose other half is missing. */
    static boolean loneSurrogate(CharSequence s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    static boolean han(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf');
    }

    static boolean latinOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    /** Index of the first non-blank char at or after {@code from}, or {@code to}. */
    static int skipBlank(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && blank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index after the last non-blank char before {@code to}, or {@code from}. */
    static int trimEnd(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && blank(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** {@code s} with blanks at both ends removed (U+3000 too, unlike {@link String#strip()} on old JDKs). */
    static String trim(CharSequence s) {
        int start = skipBlank(s, 0, s.length());
        int end = trimEnd(s, start, s.length());
        return s.subSequence(start, end).toString();
    }
}
