package org.plandoc.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFootnotes;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * Builds .docx files with Apache POI for the tests: the package and its parts are
 * POI's, the parts' content is WordprocessingML written here, so that a test says
 * exactly which numbering, styles and body Word would see.
 */
final class WordFiles {

    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";

    /** Parses a part's root element as the type itself, not as an element inside it. */
    private static final XmlOptions ROOT = new XmlOptions().setLoadReplaceDocumentElement(null);

    private String styles;
    private String numbering;
    private String footnotes;
    private String header;
    private final StringBuilder body = new StringBuilder();

    /** The content of styles.xml's {@code <w:styles>}. */
    WordFiles styles(String xml) {
        this.styles = xml;
        return this;
    }

    /** The content of numbering.xml's {@code <w:numbering>}. */
    WordFiles numbering(String xml) {
        this.numbering = xml;
        return this;
    }

    /** The content of footnotes.xml's {@code <w:footnotes>}. */
    WordFiles footnotes(String xml) {
        this.footnotes = xml;
        return this;
    }

    /** A default header holding this text. */
    WordFiles header(String text) {
        this.header = text;
        return this;
    }

    /** Raw body XML (paragraphs, tables). */
    WordFiles xml(String xml) {
        body.append(xml);
        return this;
    }

    /** A paragraph with one run; {@code pPr} is the content of its {@code <w:pPr>} (may be empty). */
    WordFiles p(String pPr, String text) {
        body.append("<w:p>").append(pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>")
            .append("<w:r><w:t xml:space=\"preserve\">").append(text).append("</w:t></w:r></w:p>");
        return this;
    }

    /** A paragraph of list {@code numId} at level {@code ilvl}. */
    WordFiles item(int numId, int ilvl, String text) {
        return p("<w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>", text);
    }

    /** A paragraph of style {@code styleId}. */
    WordFiles styled(String styleId, String text) {
        return p("<w:pStyle w:val=\"" + styleId + "\"/>", text);
    }

    byte[] bytes() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (styles != null) {
                doc.createStyles().setStyles(CTStyles.Factory.parse("<w:styles " + W + ">" + styles + "</w:styles>", ROOT));
            }
            if (numbering != null) {
                doc.createNumbering().setNumbering(
                    CTNumbering.Factory.parse("<w:numbering " + W + ">" + numbering + "</w:numbering>", ROOT));
            }
            if (footnotes != null) {
                doc.createFootnotes().setFootnotes(
                    CTFootnotes.Factory.parse("<w:footnotes " + W + ">" + footnotes + "</w:footnotes>", ROOT));
            }
            if (header != null) {
                doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(header);
            }
            doc.getDocument().setBody(CTBody.Factory.parse("<w:body " + W + ">" + body + "</w:body>", ROOT));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalArgumentException("bad WordprocessingML in a test: " + e.getMessage(), e);
        }
    }

    /** A level of an abstract numbering definition. */
    static String lvl(int ilvl, int start, String numFmt, String lvlText) {
        return lvl(ilvl, start, numFmt, lvlText, "");
    }

    static String lvl(int ilvl, int start, String numFmt, String lvlText, String more) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + numFmt
            + "\"/>" + more + "<w:lvlText w:val=\"" + lvlText + "\"/></w:lvl>";
    }

    static String abstractNum(int id, String... levels) {
        return "<w:abstractNum w:abstractNumId=\"" + id + "\">" + String.join("", levels) + "</w:abstractNum>";
    }

    static String num(int id, int abstractId, String overrides) {
        return "<w:num w:numId=\"" + id + "\"><w:abstractNumId w:val=\"" + abstractId + "\"/>" + overrides + "</w:num>";
    }

    static String startOverride(int ilvl, int start) {
        return "<w:lvlOverride w:ilvl=\"" + ilvl + "\"><w:startOverride w:val=\"" + start + "\"/></w:lvlOverride>";
    }
}
