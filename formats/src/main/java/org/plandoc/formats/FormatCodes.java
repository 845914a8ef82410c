package org.plandoc.formats;

/**
 * The codes of the diagnostics a file reader adds to the parser's (which are in
 * {@code org.plandoc.parser.DiagnosticCodes}). All are info: what reading the file
 * left out, moved or took from outside the text. Codes never change meaning.
 */
public final class FormatCodes {

    /** Footnotes or endnotes of a Word file, placed after the document, numbered ［1］ ［2］ …. */
    public static final String NOTES_APPENDED = "PD501";
    /** A PDF's running headers, footers and page numbers, removed (quoted with their pages). */
    public static final String RUNNING_TEXT_REMOVED = "PD502";
    /** Metadata a web page states outside its text (meta tags, the metadata table), read. */
    public static final String FILE_METADATA = "PD503";
    /** A web page's chrome (navigation, banners, share bars, scripts) left out around the article. */
    public static final String PAGE_CHROME_REMOVED = "PD504";
    /** Text a Word file keeps outside its body (text boxes, headers, footers), left out. */
    public static final String OUTSIDE_BODY = "PD505";

    private FormatCodes() {
    }
}
