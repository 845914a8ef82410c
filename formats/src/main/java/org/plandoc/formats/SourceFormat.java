package org.plandoc.formats;

import java.util.Locale;
import java.util.Objects;
import org.plandoc.formats.internal.Sniffer;

/**
 * The formats plandoc reads a plan from. {@link #detect(byte[])} tells them apart
 * by their content, never by the file name.
 *
 * <pre>{@code
 * SourceFormat f = SourceFormat.detect(Files.readAllBytes(path));   // DOCX, DOC, HTML, PDF, TEXT or null
 * }</pre>
 */
public enum SourceFormat {
    /** Word 2007 and later ({@code .docx}): a zip package holding {@code word/document.xml}. */
    DOCX("docx"),
    /** Word 97–2003 ({@code .doc}): an OLE2 compound file. */
    DOC("doc"),
    /** A web page. */
    HTML("html"),
    /** A PDF file with a text layer. */
    PDF("pdf"),
    /** Plain text or Markdown, in UTF-8, UTF-16 with a byte-order mark, or GBK/GB18030. */
    TEXT("text");

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    /** Its name in lower case: {@code docx}, {@code doc}, {@code html}, {@code pdf}, {@code text}. */
    public String id() {
        return id;
    }

    /**
     * The format named {@code name}: an {@link #id()}, or {@code txt}, {@code md},
     * {@code markdown}, {@code htm}, any case.
     *
     * @throws IllegalArgumentException for any other name, saying which names there are
     */
    public static SourceFormat fromId(String name) {
        Objects.requireNonNull(name, "name must not be null");
        switch (name.toLowerCase(Locale.ROOT)) {
            case "docx": return DOCX;
            case "doc": return DOC;
            case "html": case "htm": return HTML;
            case "pdf": return PDF;
            case "text": case "txt": case "md": case "markdown": return TEXT;
            default: throw new IllegalArgumentException("unknown format '" + name + "': use docx, doc, html, pdf or text");
        }
    }

    /**
     * The format of a file by its first bytes: a zip package with {@code word/document.xml}
     * is {@link #DOCX}, an OLE2 compound file {@link #DOC} (an encrypted .docx is one
     * too, and is refused when read), {@code %PDF} {@link #PDF}, a page that opens with a
     * doctype, {@code <html>}, {@code <head>}, {@code <body>} or {@code <meta>} {@link #HTML};
     * other text {@link #TEXT}.
     *
     * @return the format, or {@code null} for binary content none of them is (an image,
     *         a spreadsheet, a plain zip archive); {@link #describe(byte[])} says what it looks like
     */
    public static SourceFormat detect(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes must not be null");
        return Sniffer.detect(bytes);
    }

    /**
     * What content that {@link #detect(byte[])} does not read looks like, for a message:
     * {@code "a zip archive that is not a Word file"}, {@code "an RTF file"}, {@code "a binary file"}.
     */
    public static String describe(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes must not be null");
        return Sniffer.describe(bytes);
    }
}
