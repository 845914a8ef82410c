package org.plandoc.formats.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFEndnotes;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.plandoc.formats.FormatCodes;
import org.plandoc.formats.FormatException;
import org.plandoc.formats.Location;
import org.plandoc.parser.Paragraph;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a .docx file with Apache POI (XWPF): the body's paragraphs and tables in
 * order, with their marks (outline level, bold, centred, table cell) and Word's
 * automatic numbers printed into the text. Headers, footers and text boxes are left
 * out (page numbers live there); footnotes and endnotes follow the body, numbered
 * ［1］ ［2］ … in the order of their references.
 */
public final class DocxReader {

    private DocxReader() {
    }

    public static Extraction read(byte[] bytes, String name) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            WordStyles styles = new WordStyles(part(doc.getStyles()));
            WordNumbering numbering = new WordNumbering(part(doc.getNumbering()), styles);
            Extraction out = new Extraction();
            WordBody body = new WordBody(styles, numbering, out);
            Document document = part(doc);
            body.blocks(Xml.child(document.getDocumentElement(), "body"));
            footnotes(doc, body, out);
            outside(doc, body, out);
            return out;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new FormatException(name, "an old Word (.doc) or encrypted file, not a .docx; read it as doc", e);
        } catch (NotOfficeXmlFileException e) {
            throw new FormatException(name, "not a Word .docx file (" + firstLine(e) + ")", e);
        } catch (EncryptedDocumentException e) {
            throw new FormatException(name, "the file is encrypted; remove its password in Word first", e);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | IllegalStateException e) {
            throw new FormatException(name, reason(e), e);
        }
    }

    /** A POI message in a user's words: zip bombs and damaged packages get one plain reason each. */
    static String reason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String tm = String.valueOf(t.getMessage());
            if (tm.contains("Zip bomb") || tm.contains("zip bomb")) {
                return "refused: it would expand far beyond its size (a zip bomb?)";
            }
            if (tm.contains("max text size") || tm.contains("exceed")) {
                return "refused: its text is larger than POI's limit (ZipSecureFile)";
            }
        }
        return "a damaged Word file: " + firstLine(e);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }

    /** A part's XML as a DOM (POI's parser: no external entities), or null when the file has no such part. */
    private static Document part(POIXMLDocumentPart part) throws IOException {
        if (part == null || part.getPackagePart() == null) {
            return null;
        }
        try (InputStream in = part.getPackagePart().getInputStream()) {
            return DocumentHelper.readDocument(in);
        } catch (SAXException e) {
            throw new IOException("damaged " + part.getPackagePart().getPartName() + ": " + e.getMessage(), e);
        }
    }

    /** Says what was left out because it is not the body: text boxes, headers and footers with text. */
    private static void outside(XWPFDocument doc, WordBody body, Extraction out) {
        List<String> left = new ArrayList<>();
        if (body.textBoxes() > 0) {
            left.add(body.textBoxes() + " text box" + (body.textBoxes() == 1 ? "" : "es"));
        }
        boolean headers = doc.getHeaderList().stream().anyMatch(h -> !h.getText().isBlank());
        boolean footers = doc.getFooterList().stream().anyMatch(f -> !f.getText().isBlank());
        if (headers || footers) {
            left.add(headers && footers ? "headers and footers" : headers ? "headers" : "footers");
        }
        if (!left.isEmpty()) {
            out.note(FormatCodes.OUTSIDE_BODY, "left out (not the document's body): " + String.join(", ", left));
        }
    }

    /** Footnotes and endnotes after the body, in the order the body refers to them. */
    private static void footnotes(XWPFDocument doc, WordBody body, Extraction out) throws IOException {
        if (body.noteRefs().isEmpty()) {
            return;
        }
        Map<Integer, Element> footnotes = new HashMap<>();
        Map<Integer, Element> endnotes = new HashMap<>();
        for (POIXMLDocumentPart rel : doc.getRelations()) {
            if (rel instanceof XWPFFootnotes || rel instanceof XWPFEndnotes) {
                Document notes = part(rel);
                for (Element e : Xml.children(notes.getDocumentElement())) {
                    Integer id = Xml.intAttr(e, "id");
                    if (id != null) {
                        (rel instanceof XWPFFootnotes ? footnotes : endnotes).put(id, e);
                    }
                }
            }
        }
        int n = 0;
        List<String> placed = new ArrayList<>();
        for (WordBody.NoteRef ref : body.noteRefs()) {
            Element note = (ref.endnote() ? endnotes : footnotes).get(ref.id());
            if (note == null) {
                continue;
            }
            n++;
            String text = body.noteText(note);
            if (text.isBlank()) {
                continue;
            }
            out.add(Paragraph.of("［" + n + "］" + text.strip()), Location.paragraph(ref.paragraph()));
            placed.add("［" + n + "］ of ¶" + ref.paragraph());
        }
        if (!placed.isEmpty()) {
            out.note(FormatCodes.NOTES_APPENDED, placed.size() + " footnote" + (placed.size() == 1 ? "" : "s")
                + " placed after the document: " + String.join(", ", placed.subList(0, Math.min(5, placed.size())))
                + (placed.size() > 5 ? ", …" : ""));
        }
    }
}
