package org.plandoc.parser.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Severity;
import org.plandoc.core.SourceSpan;
import org.plandoc.parser.DiagnosticCodes;

/**
 * Collects diagnostics up to a limit, so hostile input cannot make the result
 * unbounded. Past the limit one last diagnostic says how many were left out; and
 * since text that is set aside must stay somewhere, that diagnostic quotes, with
 * its line:column, every piece of text the left-out diagnostics set aside.
 */
final class Report {

    /** Codes whose diagnostic is the only place the text it concerns is kept. */
    private static final Set<String> SET_ASIDE = Set.of(DiagnosticCodes.NOISE, DiagnosticCodes.PAGE_NUMBER,
        DiagnosticCodes.TEASER, DiagnosticCodes.OUTSIDE_PLAN, DiagnosticCodes.TABLE_OF_CONTENTS,
        DiagnosticCodes.PAGE_METADATA, DiagnosticCodes.TITLE_REPEATED, DiagnosticCodes.INVISIBLE_REMOVED,
        DiagnosticCodes.LONE_SURROGATE);

    private final int max;
    private final List<Diagnostic> list = new ArrayList<>();
    private int dropped;
    /** Start and end offsets of the text that left-out diagnostics set aside, in pairs. */
    private int[] aside = new int[16];
    private int asideLength;

    Report(int max) {
        this.max = max;
    }

    void add(Severity severity, String code, String message, SourceSpan span) {
        if (list.size() < max) {
            list.add(new Diagnostic(severity, code, message, span));
            return;
        }
        dropped++;
        if (span != null && span.end() > span.start() && SET_ASIDE.contains(code)) {
            if (asideLength + 2 > aside.length) {
                aside = Arrays.copyOf(aside, aside.length * 2);
            }
            aside[asideLength++] = span.start();
            aside[asideLength++] = span.end();
        }
    }

    /** The diagnostics in source order, then the one that sums up what was left out. */
    List<Diagnostic> sorted(Source source) {
        List<Diagnostic> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(d -> d.span() == null ? -1 : d.span().start()));
        if (dropped > 0) {
            out.add(new Diagnostic(Severity.INFO, DiagnosticCodes.TOO_MANY_DIAGNOSTICS,
                dropped + " more diagnostics left out (limit " + max + ")" + setAside(source), null));
        }
        return out;
    }

    /** "; the text they set aside: 12:1 "…" 13:1 "…"", in source order; "" when they set none aside. */
    private String setAside(Source source) {
        if (asideLength == 0) {
            return "";
        }
        long[] pieces = new long[asideLength / 2];
        for (int k = 0; k < pieces.length; k++) {
            pieces[k] = ((long) aside[2 * k] << 32) | aside[2 * k + 1];
        }
        Arrays.sort(pieces);
        StringBuilder b = new StringBuilder("; the text they set aside:");
        for (long piece : pieces) {
            int start = (int) (piece >>> 32);
            int end = (int) piece;
            b.append(' ').append(source.span(start, end)).append(' ')
                .append(quote(source.text.substring(start, end)));
        }
        return b.toString();
    }

    /**
     * Quotes text for a message, making the invisible visible and keeping every char:
     * a backslash before a quote mark or a backslash, n r t for the line breaks and the
     * tab, and u with four hex digits (as in Java) for a char that is not text (U+200B)
     * or a surrogate without its pair.
     */
    static String quote(CharSequence text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                b.append("\\\"");
            } else if (c == '\\') {
                b.append("\\\\");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (Chars.invisible(c) || (Character.isSurrogate(c) && Chars.loneSurrogate(text, i))) {
                b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
