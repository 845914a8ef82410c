package org.plandoc.core;

import java.util.Optional;

/**
 * The stable codes of the parser's diagnostics, with the severity each is
 * reported at and what it means. A code never changes meaning; new codes are
 * added, old ones are never reused. {@link Diagnostic#code()} stays a string, so
 * data written by a newer plandoc (with codes this one does not know) still reads.
 *
 * <pre>{@code
 * for (Diagnostic d : result.diagnostics()) {
 *     if (d.is(DiagnosticCode.DUPLICATE_NUMBER)) {
 *         System.out.println("repaired at " + d.span() + ": " + d.message());
 *     }
 * }
 * DiagnosticCode.of("PD302").map(DiagnosticCode::description);   // "no numbered structure found …"
 * }</pre>
 *
 * <ul>
 *   <li>{@code PD1xx}: a damaged number, repaired (warning).</li>
 *   <li>{@code PD2xx}: text that is not the plan, set aside, or extraction damage repaired (info).</li>
 *   <li>{@code PD3xx}: the document as a whole (truncated, no plan found, limits).</li>
 *   <li>{@code PD4xx}: decoding.</li>
 * </ul>
 */
public enum DiagnosticCode {
    /** A number printed again for the next one ({@code (二十)} for 二十一): the ordinal is recovered from position. */
    DUPLICATE_NUMBER("PD101", Severity.WARNING, "a number printed again for the next one; ordinal recovered from position"),
    /** A marker whose numeral is lost ({@code 、同心同力…} for 九、): the ordinal is recovered from position. */
    MISSING_NUMERAL("PD102", Severity.WARNING, "a marker whose numeral is lost; ordinal recovered from position"),
    /** A bracket lost from a marker ({@code (二十提升…}): the ordinal is recovered from position. */
    LOST_BRACKET("PD103", Severity.WARNING, "a marker that lost its bracket; ordinal recovered from position"),
    /** A number skipped (3 after 1): the printed number is kept. */
    SKIPPED_NUMBER("PD104", Severity.WARNING, "a number skipped; the printed number is kept"),
    /** A number out of order or damaged otherwise: the ordinal is recovered from position. */
    WRONG_NUMBER("PD105", Severity.WARNING, "a number out of order; ordinal recovered from position"),

    /** A line that is not part of the plan (site banner, bookmark, 来源/作者/责任编辑 line, sharing notice), set aside. */
    NOISE("PD201", Severity.INFO, "a line that is not the plan (site banner, bookmark, 来源/作者 line), set aside and quoted"),
    /** A page number left by extraction ({@code 2、} continuing a sentence), removed. */
    PAGE_NUMBER("PD202", Severity.INFO, "a page number left by extraction, removed"),
    /** A line broken by extraction, joined to the one before. */
    LINES_JOINED("PD203", Severity.INFO, "a line broken by extraction, joined to the one before"),
    /** A teaser line repeating the start of the text and ending in "...", set aside. */
    TEASER("PD204", Severity.INFO, "a teaser repeating the text, set aside"),
    /** Text outside any plan (before the first one, or a cover letter), set aside. */
    OUTSIDE_PLAN("PD205", Severity.INFO, "text outside the plan (cover letter, text before the first plan), set aside and quoted"),
    /** A table of contents repeating the headings, set aside. */
    TABLE_OF_CONTENTS("PD206", Severity.INFO, "a table of contents, set aside"),
    /**
     * A 发布日期/发布时间/信息来源/来源 line, read as metadata and set aside: web pages print it, and
     * so do the Word files and texts saved from them.
     */
    PAGE_METADATA("PD207", Severity.INFO,
        "a 发布日期/信息来源 line (as web pages print it, and the Word files and texts saved from them), read as metadata"),
    /** A header that repeats or announces the plan title (第一篇：…, a second copy of the title), set aside. */
    TITLE_REPEATED("PD208", Severity.INFO, "a plan header (第一篇：…, 附件1) or a repeated title, set aside"),
    /**
     * Characters that are not text, removed: format characters (a zero-width space, a byte-order mark
     * inside the text, bidirectional marks) and control characters other than line breaks and tabs.
     */
    INVISIBLE_REMOVED("PD209", Severity.INFO, "invisible characters (U+200B, U+FEFF, C0 controls …) removed, one per run"),

    /** The text ends mid-sentence: it was probably cut off. */
    TRUNCATED("PD301", Severity.WARNING, "the text ends mid-sentence (cut off)"),
    /** No numbered structure was found: the whole text is the preamble of one plan. */
    NO_STRUCTURE("PD302", Severity.INFO, "no numbered structure found; the whole text is the preamble of one plan"),
    /** More diagnostics than the limit; the rest were left out. */
    TOO_MANY_DIAGNOSTICS("PD303", Severity.INFO, "more diagnostics than the limit"),

    /** The bytes were not UTF-8 and were decoded as GB18030. */
    DECODED_AS_GB18030("PD401", Severity.INFO, "decoded as GB18030 (not UTF-8)"),
    /** Bytes that the charset cannot decode were replaced with U+FFFD. */
    MALFORMED_INPUT("PD402", Severity.ERROR, "bytes the charset cannot decode, replaced with U+FFFD"),
    /** A surrogate without its pair (text that was cut inside a character) was replaced with U+FFFD. */
    LONE_SURROGATE("PD403", Severity.WARNING, "an unpaired surrogate, replaced with U+FFFD");

    private final String code;
    private final Severity severity;
    private final String description;

    DiagnosticCode(String code, Severity severity, String description) {
        this.code = code;
        this.severity = severity;
        this.description = description;
    }

    /** The code as diagnostics and data files carry it ({@code PD101}). */
    public String code() {
        return code;
    }

    /** The severity the parser reports it at. */
    public Severity severity() {
        return severity;
    }

    /** What it means, in one line (the README's table). */
    public String description() {
        return description;
    }

    /** The code with the given text ({@code PD101}), or empty for a code this plandoc does not know. */
    public static Optional<DiagnosticCode> of(String code) {
        for (DiagnosticCode c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
