package org.plandoc.core;

import java.util.Objects;

/**
 * Something the parser noticed, repaired or set aside: a duplicated number, a
 * missing numeral, a page number removed, a site banner, text cut off. Nothing is
 * repaired or removed silently: each repair is one diagnostic, and text that is
 * set aside is quoted in its message, so no character of the input is lost.
 *
 * <pre>{@code
 * for (Diagnostic d : result.diagnostics()) {
 *     System.err.println(d);   // 12:5: warning PD101: duplicate number ...
 * }
 * }</pre>
 *
 * @param severity how serious it is
 * @param code     a stable code such as {@code PD101} ({@link DiagnosticCode}); codes never change meaning
 * @param message  a sentence for people
 * @param span     where it is in the source, or {@code null} when it concerns the whole input
 */
public record Diagnostic(Severity severity, String code, String message, SourceSpan span) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
    }

    /** A diagnostic with the code's own severity. */
    public Diagnostic(DiagnosticCode code, String message, SourceSpan span) {
        this(Objects.requireNonNull(code, "code must not be null").severity(), code.code(), message, span);
    }

    /** Whether it carries the given code. */
    public boolean is(DiagnosticCode code) {
        return this.code.equals(code.code());
    }

    /** As a compiler prints it: {@code line:column: severity CODE: message}. */
    @Override
    public String toString() {
        String where = span == null ? "" : span + ": ";
        return where + severity.id() + " " + code + ": " + message;
    }
}
