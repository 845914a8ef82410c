package org.plandoc.parser;

/**
 * The stable codes of the parser's diagnostics. A code never changes meaning;
 * new codes are added, old ones are never reused. The same codes as a type, with
 * their severities and meanings, are {@link org.plandoc.core.DiagnosticCode}; these
 * constants stay for {@code switch} statements and keep the same values (a test checks).
 *
 * <ul>
 *   <li>{@code PD1xx}: a damaged number, repaired (warning).</li>
 *   <li>{@code PD2xx}: text that is not the plan, set aside, or extraction damage repaired (info).</li>
 *   <li>{@code PD3xx}: the document as a whole (truncated, no plan found, limits).</li>
 *   <li>{@code PD4xx}: decoding.</li>
 * </ul>
 */
public final class DiagnosticCodes {

    /** A number printed again for the next one ({@code (二十)} for 二十一): the ordinal is recovered from position. */
    public static final String DUPLICATE_NUMBER = "PD101";
    /** A marker whose numeral is lost ({@code 、同心同力…} for 九、): the ordinal is recovered from position. */
    public static final String MISSING_NUMERAL = "PD102";
    /** A bracket lost from a marker ({@code (二十提升…}): the ordinal is recovered from position. */
    public static final String LOST_BRACKET = "PD103";
    /** A number skipped (3 after 1): the printed number is kept. */
    public static final String SKIPPED_NUMBER = "PD104";
    /** A number out of order or damaged otherwise: the ordinal is recovered from position. */
    public static final String WRONG_NUMBER = "PD105";

    /** A line that is not part of the plan (site banner, bookmark, 来源/作者/责任编辑 line, sharing notice), set aside. */
    public static final String NOISE = "PD201";
    /** A page number left by extraction ({@code 2、} continuing a sentence), removed. */
    public static final String PAGE_NUMBER = "PD202";
    /** A line broken by extraction, joined to the one before. */
    public static final String LINES_JOINED = "PD203";
    /** A teaser line repeating the start of the text and ending in "...", set aside. */
    public static final String TEASER = "PD204";
    /** Text outside any plan (before the first one, or a cover letter), set aside. */
    public static final String OUTSIDE_PLAN = "PD205";
    /** A table of contents repeating the headings, set aside. */
    public static final String TABLE_OF_CONTENTS = "PD206";
    /** A web page's 发布日期/信息来源 line, read as metadata. */
    public static final String PAGE_METADATA = "PD207";
    /** A header that repeats or announces the plan title (第一篇：…, a second copy of the title), set aside. */
    public static final String TITLE_REPEATED = "PD208";
    /**
     * Characters that are not text, removed: format characters (a zero-width space, a byte-order
     * mark inside the text, bidirectional marks) and control characters other than line breaks and tabs.
     */
    public static final String INVISIBLE_REMOVED = "PD209";

    /** The text ends mid-sentence: it was probably cut off. */
    public static final String TRUNCATED = "PD301";
    /** No numbered structure was found: the whole text is the preamble of one plan. */
    public static final String NO_STRUCTURE = "PD302";
    /** More diagnostics than the limit; the rest were left out. */
    public static final String TOO_MANY_DIAGNOSTICS = "PD303";

    /** The bytes were not UTF-8 and were decoded as GB18030. */
    public static final String DECODED_AS_GB18030 = "PD401";
    /** Bytes that the charset cannot decode were replaced with U+FFFD. */
    public static final String MALFORMED_INPUT = "PD402";
    /** A surrogate without its pair (text that was cut inside a character) was replaced with U+FFFD. */
    public static final String LONE_SURROGATE = "PD403";

    private DiagnosticCodes() {
    }
}
