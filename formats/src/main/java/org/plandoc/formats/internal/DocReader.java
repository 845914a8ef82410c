package org.plandoc.formats.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.plandoc.formats.FormatException;
import org.plandoc.formats.Location;
import org.plandoc.parser.Paragraph;

/**
 * Reads a Word 97–2003 file (.doc) with Apache POI (HWPF): the main text's
 * paragraphs with their marks (outline level, bold, centred, table cell) and
 * Word's list numbers played forward. Field codes are dropped and their results
 * kept; headers, footers, footnotes and text boxes are outside the main text.
 * An OLE2 file that is an encrypted .docx (or an Excel file) is refused by name.
 */
public final class DocReader {

    private DocReader() {
    }

    public static Extraction read(byte[] bytes, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                throw new FormatException(name, "the file is encrypted (a password-protected Office file); "
                    + "remove its password in Word first", null);
            }
            if (!root.hasEntry("WordDocument")) {
                String what = root.hasEntry("Workbook") || root.hasEntry("Book") ? "an Excel (.xls) file"
                    : root.hasEntry("PowerPoint Document") ? "a PowerPoint (.ppt) file" : "an OLE2 file that is not Word";
                throw new FormatException(name, what + ", not a Word document", null);
            }
            try (HWPFDocument doc = new HWPFDocument(root)) {
                return paragraphs(doc);
            }
        } catch (OldWordFileFormatException e) {
            throw new FormatException(name, "a Word 6/95 file, older than plandoc reads; save it as .docx", e);
        } catch (EncryptedDocumentException e) {
            throw new FormatException(name, "the file is encrypted; remove its password in Word first", e);
        } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException | IllegalStateException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new FormatException(name, "a damaged Word (.doc) file: " + m, e);
        }
    }

    private static Extraction paragraphs(HWPFDocument doc) {
        Extraction out = new Extraction();
        DocNumbering numbering = new DocNumbering();
        Range range = doc.getRange();
        int number = 0;
        for (int i = 0; i < range.numParagraphs(); i++) {
            org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
            if (p.isInTable() && p.isTableRowEnd()) {
                continue;   // the mark that ends a table row holds no text
            }
            number++;
            String text = clean(Range.stripFields(p.text()));
            if (p.isInList()) {
                String label = numbering.next(p.getList(), p.getIlfo(), p.getIlvl());
                if (label != null && !label.isEmpty() && !TypedNumber.opens(text, label)) {
                    text = label + TypedNumber.separator(label) + text;
                }
            }
            if (text.isBlank()) {
                continue;
            }
            int level = p.getLvl() >= 0 && p.getLvl() <= 8 ? p.getLvl() + 1 : headingByName(doc, p.getStyleIndex());
            out.add(Paragraph.of(text).headingLevel(level).bold(bold(p)).centred(p.getJustification() == 1)
                .tableCell(p.isInTable()), Location.paragraph(number));
        }
        return out;
    }

    private static int headingByName(HWPFDocument doc, short styleIndex) {
        StyleDescription style = doc.getStyleSheet().getStyleDescription(styleIndex);
        return style == null ? 0 : WordStyles.headingNumber(style.getName());
    }

    /** Whether every run that shows text is bold. */
    private static boolean bold(org.apache.poi.hwpf.usermodel.Paragraph p) {
        boolean any = false;
        for (int k = 0; k < p.numCharacterRuns(); k++) {
            CharacterRun r = p.getCharacterRun(k);
            if (r.isVanished() || clean(r.text()).isBlank()) {
                continue;
            }
            if (!r.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Word's control characters: the paragraph and cell marks go, a line break (VT) is one, hyphens are kept. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u000b':
                    b.append('\n');
                    break;
                case '\u001e':
                    b.append('-');
                    break;
                case '\t':
                    b.append('\t');
                    break;
                default:
                    if (c >= ' ') {
                        b.append(c);
                    }
                    break;
            }
        }
        return b.toString();
    }
}
