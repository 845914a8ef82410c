package org.plandoc.parser.internal;

import java.util.Locale;
import org.plandoc.core.Severity;
import org.plandoc.parser.DiagnosticCodes;

/**
 * Reports the chars {@link Logical#append} leaves out or replaces: one diagnostic
 * per run of invisible chars, one per run of unpaired surrogates, each naming the
 * code points and where they stood. Nothing is removed without a word.
 */
final class Invisibles {

    /** Code points named in one message; a longer run says how many it holds. */
    private static final int NAMED = 8;

    private Invisibles() {
    }

    static void report(Source source, Report report) {
        String text = source.text;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Chars.invisible(c)) {
                int j = i + 1;
                while (j < n && Chars.invisible(text.charAt(j))) {
                    j++;
                }
                report.add(Severity.INFO, DiagnosticCodes.INVISIBLE_REMOVED,
                    count(j - i, "invisible character", "removed") + ": " + names(text, i, j), source.span(i, j));
                i = j;
            } else if (Character.isSurrogate(c) && Chars.loneSurrogate(text, i)) {
                int j = i + 1;
                while (j < n && Character.isSurrogate(text.charAt(j)) && Chars.loneSurrogate(text, j)) {
                    j++;
                }
                report.add(Severity.WARNING, DiagnosticCodes.LONE_SURROGATE,
                    count(j - i, "unpaired surrogate", "replaced with U+FFFD") + ": " + names(text, i, j),
                    source.span(i, j));
                i = j;
            } else {
                i++;
            }
        }
    }

    private static String count(int n, String what, String done) {
        return n == 1 ? what + " " + done : n + " " + what + "s " + done;
    }

    /** U+200B U+FEFF …: the first few code points of the run. */
    private static String names(String text, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to && k < from + NAMED; k++) {
            b.append(k > from ? " " : "").append(String.format(Locale.ROOT, "U+%04X", (int) text.charAt(k)));
        }
        if (to - from > NAMED) {
            b.append(" …");
        }
        return b.toString();
    }
}
