package org.plandoc.render.data.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * How a string is written in YAML so that it reads back as the same string, in
 * one of three styles: plain ({@code title: 加强党的建设}) when nothing in it could
 * be read as syntax or as another type; a literal block ({@code |-}) for text of
 * several short lines; else double-quoted, with every character a YAML reader
 * would change escaped — line separators U+0085, U+2028, U+2029 (YAML 1.1 reads
 * them as line breaks), controls, byte-order marks, unpaired surrogates — and long
 * strings folded with escaped line breaks every {@value #FOLD} characters.
 *
 * <p>Why fold: SnakeYAML (under Jackson's YAML parser) rescans a run of characters
 * for every 1,024 it reads, so reading one long line costs its length squared; a
 * 16 MB string on one line takes half a minute. Lines of at most {@value #FOLD}
 * characters keep reading linear.
 */
final class YamlScalars {

    /** Longest line of text written, in chars; longer strings are double-quoted and folded. */
    static final int FOLD = 4096;

    private static final Set<String> RESERVED = Set.of("~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
        "<<", "=");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private YamlScalars() {
    }

    /** Writes {@code s} as a scalar; a continuation line (literal or folded) starts with {@code indent} spaces. */
    static void write(TextOut out, String s, int indent) throws IOException {
        int lines = 1;
        int longest = 0;
        int run = 0;
        boolean special = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                lines++;
                longest = Math.max(longest, run);
                run = 0;
                continue;
            }
            run++;
            if (c == '\t' || needsEscape(s, i)) {
                special = true;
                break;
            }
        }
        longest = Math.max(longest, run);
        if (!special && longest <= FOLD) {
            if (lines == 1 && plain(s)) {
                out.write(s);
                return;
            }
            if (lines > 1 && literal(s)) {
                writeLiteral(out, s, indent);
                return;
            }
        }
        writeQuoted(out, s, indent);
    }

    /** Whether the char at {@code i} cannot stand as it is in any style but an escape. */
    static boolean needsEscape(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c != '\n';
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    /** Plain only when the string could be nothing but this string: no indicator first, no ': ' or ' #', no other type. */
    private static boolean plain(String s) {
        if (s.isEmpty() || INDICATORS.indexOf(s.charAt(0)) >= 0 || s.charAt(0) == ' ') {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == ' ' || last == ':' || s.contains(": ") || s.contains(" #")) {
            return false;
        }
        if (s.length() <= 5 && RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !numberLike(s);
    }

    /**
     * Whether a YAML 1.1 reader might take it for a number, a date-time or a sexagesimal:
     * it opens with a digit, a sign or a point and holds nothing but ASCII letters, digits
     * and {@code + - . _ :}. A plain date (2024-03-01) is left plain: it reads back as text.
     */
    private static boolean numberLike(String s) {
        char first = s.charAt(0);
        if (!(first >= '0' && first <= '9') && first != '+' && first != '.') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ascii = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || "+-._:".indexOf(c) >= 0;
            if (!ascii) {
                return false;
            }
        }
        return !isDate(s);
    }

    private static boolean isDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A literal block keeps every line as it is, but reads its indentation from the first line
     * and strips trailing line breaks: so no leading space or line break, no trailing line break.
     */
    private static boolean literal(String s) {
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        return first != ' ' && first != '\n' && last != '\n' && last != ' ';
    }

    private static void writeLiteral(TextOut out, String s, int indent) throws IOException {
        out.write("|-");
        int from = 0;
        while (from <= s.length()) {
            int end = s.indexOf('\n', from);
            if (end < 0) {
                end = s.length();
            }
            out.write('\n');
            if (end > from) {
                out.spaces(indent);
                out.write(s, from, end - from);
            }
            from = end + 1;
        }
    }

    private static void writeQuoted(TextOut out, String s, int indent) throws IOException {
        out.write('"');
        int column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean fold = column >= FOLD && !(Character.isLowSurrogate(c) && !needsEscape(s, i));
            if (fold) {
                // an escaped line break adds nothing, and the next line's indentation is dropped
                out.write("\\\n");
                out.spaces(indent);
                column = 0;
            }
            column++;
            if (c == ' ' && fold) {
                out.write("\\x20");     // a space opening a continuation line would be dropped with the indentation
            } else if (c == '"' || c == '\\') {
                out.write('\\');
                out.write(c);
            } else if (needsEscape(s, i) || c == '\n') {
                escape(out, c);
            } else {
                out.write(c);
            }
        }
        out.write('"');
    }

    private static void escape(TextOut out, char c) throws IOException {
        switch (c) {
            case '\n': out.write("\\n"); return;
            case '\t': out.write("\\t"); return;
            case '\r': out.write("\\r"); return;
            case '\0': out.write("\\0"); return;
            case '\u0085': out.write("\\N"); return;
            case '\u2028': out.write("\\L"); return;
            case '\u2029': out.write("\\P"); return;
            default:
                break;
        }
        if (c <= 0xFF) {
            out.write("\\x");
            out.write(HEX[c >> 4]);
            out.write(HEX[c & 0xF]);
        } else {
            out.write("\\u");
            out.write(HEX[c >> 12]);
            out.write(HEX[(c >> 8) & 0xF]);
            out.write(HEX[(c >> 4) & 0xF]);
            out.write(HEX[c & 0xF]);
        }
    }

}
