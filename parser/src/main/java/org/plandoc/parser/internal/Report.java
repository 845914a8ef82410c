package org.plandoc.parser.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Severity;
import org.plandoc.core.SourceSpan;
import org.plandoc.parser.DiagnosticCodes;

/**
 * Collects diagnostics up to a limit; past it one last diagnostic says how many
 * were left out, so hostile input cannot make the result unbounded.
 */
final class Report {

    private final int max;
    private final List<Diagnostic> list = new ArrayList<>();
    private int dropped;

    Report(int max) {
        this.max = max;
    }

    void add(Severity severity, String code, String message, SourceSpan span) {
        if (list.size() < max) {
            list.add(new Diagnostic(severity, code, message, span));
        } else {
            dropped++;
        }
    }

    List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(d -> d.span() == null ? -1 : d.span().start()));
        if (dropped > 0) {
            out.add(new Diagnostic(Severity.INFO, DiagnosticCodes.TOO_MANY_DIAGNOSTICS,
                dropped + " more diagnostics left out (limit " + max + ")", null));
        }
        return out;
    }

    /** Quotes text for a message, making the invisible visible and keeping every char. */
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
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
