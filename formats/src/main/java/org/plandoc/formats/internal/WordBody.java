package org.plandoc.formats.internal;

import java.util.ArrayList;
import java.util.List;
import org.plandoc.formats.Location;
import org.plandoc.parser.Paragraph;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks a Word body (or a table cell, or a footnote) in document order: paragraphs
 * with their runs, tables row by row, content controls opened; counts paragraphs
 * for the source map and plays the automatic numbering forward.
 */
final class WordBody {

    /** A footnote ({@code endnote} false) or endnote reference, in the paragraph that holds it. */
    record NoteRef(int id, boolean endnote, int paragraph) {
    }

    private final WordStyles styles;
    private final WordNumbering numbering;
    private final Extraction out;
    private final List<NoteRef> noteRefs = new ArrayList<>();
    private int paragraphNumber;
    private int cellDepth;
    private int textBoxes;
    /** While reading a footnote: its references and paragraphs are not the body's. */
    private boolean inNote;

    WordBody(WordStyles styles, WordNumbering numbering, Extraction out) {
        this.styles = styles;
        this.numbering = numbering;
        this.out = out;
    }

    List<NoteRef> noteRefs() {
        return noteRefs;
    }

    /** How many text boxes with text were left out. */
    int textBoxes() {
        return textBoxes;
    }

    /** The block content of a body, a cell or a content control. */
    void blocks(Element container) {
        for (Element c : Xml.children(container)) {
            if (!Xml.W.equals(c.getNamespaceURI())) {
                continue;
            }
            switch (c.getLocalName()) {
                case "p":
                    paragraph(c);
                    break;
                case "tbl":
                    table(c);
                    break;
                case "sdt":
                    Element content = Xml.child(c, "sdtContent");
                    if (content != null) {
                        blocks(content);
                    }
                    break;
                case "customXml":
                    blocks(c);
                    break;
                default:
                    break;
            }
        }
    }

    /** Rows in order, each cell's paragraphs marked as table cells. */
    private void table(Element tbl) {
        for (Element row : rows(tbl)) {
            for (Element cell : cells(row)) {
                cellDepth++;
                try {
                    blocks(cell);
                } finally {
                    cellDepth--;
                }
            }
        }
    }

    private static List<Element> rows(Element tbl) {
        List<Element> rows = new ArrayList<>();
        for (Element c : Xml.children(tbl)) {
            if (Xml.is(c, "tr")) {
                rows.add(c);
            } else if (Xml.is(c, "sdt") || Xml.is(c, "customXml")) {
                Element inner = Xml.is(c, "sdt") ? Xml.child(c, "sdtContent") : c;
                if (inner != null) {
                    rows.addAll(rows(inner));
                }
            }
        }
        return rows;
    }

    private static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element c : Xml.children(row)) {
            if (Xml.is(c, "tc")) {
                cells.add(c);
            } else if (Xml.is(c, "sdt") || Xml.is(c, "customXml")) {
                Element inner = Xml.is(c, "sdt") ? Xml.child(c, "sdtContent") : c;
                if (inner != null) {
                    cells.addAll(cells(inner));
                }
            }
        }
        return cells;
    }

    private void paragraph(Element p) {
        paragraphNumber++;
        Element pPr = Xml.child(p, "pPr");
        String style = Xml.val(Xml.child(pPr, "pStyle"));
        if (style == null) {
            style = styles.defaultParagraphStyle();
        }
        Runs runs = new Runs();
        inline(p, runs, style);
        WordNumbering.Label label = label(pPr, style);
        String text = runs.text();
        if (label != null && !label.text().isEmpty() && !TypedNumber.opens(text, label.text())) {
            text = label.text() + (label.suffix().equals("nothing") ? "" : TypedNumber.separator(label.text())) + text;
        }
        if (text.isBlank()) {
            return;
        }
        Integer direct = Xml.intVal(Xml.child(pPr, "outlineLvl"));
        int outline = direct != null ? (direct >= 0 && direct <= 8 ? direct : -1) : styles.outlineLevel(style);
        String jc = Xml.val(Xml.child(pPr, "jc"));
        if (jc == null) {
            jc = styles.jc(style);
        }
        Paragraph paragraph = Paragraph.of(text).headingLevel(outline + 1).bold(runs.allBold())
            .centred("center".equals(jc)).tableCell(cellDepth > 0);
        out.add(paragraph, Location.paragraph(paragraphNumber));
    }

    /** The automatic number of a paragraph: its own w:numPr, else its style's (through basedOn). */
    private WordNumbering.Label label(Element pPr, String style) {
        Element numPr = Xml.child(pPr, "numPr");
        Integer numId = Xml.intVal(Xml.child(numPr, "numId"));
        Integer ilvl = Xml.intVal(Xml.child(numPr, "ilvl"));
        int[] byStyle = styles.numbering(style);
        if (numId == null && byStyle != null) {
            numId = byStyle[0];
        }
        if (numId == null || numId == 0) {
            return null;
        }
        if (ilvl == null) {
            ilvl = byStyle != null && byStyle[0] == numId && byStyle[1] >= 0 ? byStyle[1]
                : numbering.levelOfStyle(numId, style);
        }
        return numbering.next(numId, ilvl);
    }

    /** The runs of a paragraph, through hyperlinks, insertions, fields, smart tags and content controls. */
    private void inline(Element parent, Runs runs, String style) {
        for (Element c : Xml.children(parent)) {
            if (!Xml.W.equals(c.getNamespaceURI())) {
                if ("AlternateContent".equals(c.getLocalName()) && hasTextBox(c)) {
                    textBoxes++;
                }
                continue;
            }
            switch (c.getLocalName()) {
                case "r":
                    run(c, runs, style);
                    break;
                case "hyperlink": case "ins": case "smartTag": case "customXml": case "fldSimple": case "moveTo":
                case "dir": case "bdo":
                    inline(c, runs, style);
                    break;
                case "sdt":
                    Element content = Xml.child(c, "sdtContent");
                    if (content != null) {
                        inline(content, runs, style);
                    }
                    break;
                default:
                    // w:del and w:moveFrom are deleted text; bookmarks, comments and proofing marks hold none
                    break;
            }
        }
    }

    private void run(Element r, Runs runs, String style) {
        Element rPr = Xml.child(r, "rPr");
        if (Boolean.TRUE.equals(Xml.onOff(Xml.child(rPr, "vanish")))) {
            return;    // hidden text: Word does not show it
        }
        StringBuilder t = new StringBuilder();
        for (Element c : Xml.children(r)) {
            if (!Xml.W.equals(c.getNamespaceURI())) {
                if ("AlternateContent".equals(c.getLocalName()) && hasTextBox(c)) {
                    textBoxes++;
                }
                continue;
            }
            switch (c.getLocalName()) {
                case "t":
                    t.append(c.getTextContent());
                    break;
                case "tab": case "ptab":
                    t.append('\t');
                    break;
                case "br":
                    String type = Xml.attr(c, "type");
                    if (type == null || type.equals("textWrapping")) {
                        t.append('\n');
                    }
                    break;
                case "cr":
                    t.append('\n');
                    break;
                case "noBreakHyphen":
                    t.append('-');
                    break;
                case "footnoteReference": case "endnoteReference":
                    Integer id = Xml.intAttr(c, "id");
                    if (id != null && !inNote) {
                        noteRefs.add(new NoteRef(id, c.getLocalName().startsWith("end"), paragraphNumber));
                    }
                    break;
                case "drawing": case "pict": case "object":
                    if (hasTextBox(c)) {
                        textBoxes++;
                    }
                    break;
                default:
                    // w:instrText (field codes), w:delText, w:fldChar, w:sym: nothing Word shows as text here
                    break;
            }
        }
        if (t.length() > 0) {
            runs.add(t, bold(rPr, style));
        }
    }

    /** Bold: the run's own w:b, else its character style's, else the paragraph style's, else the defaults. */
    private boolean bold(Element rPr, String paragraphStyle) {
        Boolean direct = Xml.onOff(Xml.child(rPr, "b"));
        if (direct != null) {
            return direct;
        }
        String charStyle = Xml.val(Xml.child(rPr, "rStyle"));
        Boolean byChar = charStyle == null ? null : styles.bold(charStyle);
        if (byChar != null) {
            return byChar;
        }
        Boolean byPara = paragraphStyle == null ? null : styles.bold(paragraphStyle);
        return byPara != null ? byPara : styles.defaultBold();
    }

    private static boolean hasTextBox(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                if ("txbxContent".equals(c.getLocalName()) && !c.getTextContent().isBlank()) {
                    return true;
                }
                if (hasTextBox(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text of a footnote or endnote: its paragraphs joined by line breaks. */
    String noteText(Element note) {
        inNote = true;
        try {
            StringBuilder b = new StringBuilder();
            noteBlocks(note, b);
            return b.toString();
        } finally {
            inNote = false;
        }
    }

    private void noteBlocks(Element container, StringBuilder b) {
        for (Element c : Xml.children(container)) {
            if (Xml.is(c, "p")) {
                Runs runs = new Runs();
                inline(c, runs, null);
                if (!runs.text().isBlank()) {
                    b.append(b.length() > 0 ? "\n" : "").append(runs.text().strip());
                }
            } else if (Xml.W.equals(c.getNamespaceURI())) {
                noteBlocks(c, b);
            }
        }
    }

    /** The text of a paragraph's runs, and whether every run that shows text is bold. */
    private static final class Runs {
        private final StringBuilder text = new StringBuilder();
        private boolean anyText;
        private boolean allBold = true;

        void add(CharSequence t, boolean bold) {
            text.append(t);
            if (!t.toString().isBlank()) {
                anyText = true;
                allBold &= bold;
            }
        }

        String text() {
            return text.toString();
        }

        boolean allBold() {
            return anyText && allBold;
        }
    }
}
