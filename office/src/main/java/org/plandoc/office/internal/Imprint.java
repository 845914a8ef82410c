package org.plandoc.office.internal;

import java.math.BigInteger;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The 版记 (GB/T 9704 §7.4) in 4号 仿宋 between rules as wide as the text block: a thick
 * rule (0.35 mm), the 抄送 line one character in from each side, a thin rule (0.25 mm),
 * the 印发机关 one character from the left and the 印发日期 one from the right on the same
 * line, and a thick rule that closes the text block. It stands at the foot of its own
 * page, which the section that holds it starts on an even page: the section aligns its
 * text to the bottom (Word, WPS), and space above the 版记 that fills the page down to it
 * does the same where that alignment is not read (LibreOffice 7).
 */
final class Imprint {

    /** 4号: 14 pt. */
    private static final int SIZE = 28;
    private static final int CHAR = 280;
    /** 0.35 mm is 1 pt, 0.25 mm 0.75 pt; a border's size is in eighths of a point. */
    private static final int THICK = 8;
    private static final int THIN = 6;

    private Imprint() {
    }

    static void write(XWPFDocument doc, String copyTo, String printer, LocalDate printDate) {
        boolean printed = printer != null || printDate != null;
        XWPFParagraph first = null;
        int lines = 0;
        if (copyTo != null) {
            XWPFParagraph p = paragraph(doc);
            first = p;
            // 抄送： is three characters: a second line aligns after the colon
            Paragraphs.indent(p, 4, 1, -3, CHAR);
            String names = copyTo.strip();
            String text = "抄送：" + names + (names.endsWith("。") ? "" : "。");
            Paragraphs.text(p, text, Face.FANGSONG, SIZE);
            lines += lines(text);
            rule(p, true, THICK);
            rule(p, false, printed ? THIN : THICK);
        }
        if (printed) {
            XWPFParagraph p = paragraph(doc);
            first = first == null ? p : first;
            lines++;
            Paragraphs.indent(p, 1, 1, 0, CHAR);
            CTTabStop tab = Paragraphs.pPr(p).addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setPos(BigInteger.valueOf(Page.TEXT_WIDTH - CHAR));
            Paragraphs.text(p, printer == null ? "" : printer, Face.FANGSONG, SIZE);
            if (printDate != null) {
                Paragraphs.text(p, "", Face.FANGSONG, SIZE).addTab();
                Paragraphs.text(p, OfficialText.date(printDate) + "印发", Face.FANGSONG, SIZE);
            }
            if (copyTo == null) {
                rule(p, true, THICK);
            }
            rule(p, false, THICK);
        }
        if (first != null) {
            // each rule takes its 4 pt of space and its width; a little is left for rounding
            int height = lines * Page.LINE + 3 * (80 + 20);
            Paragraphs.spaceBefore(first, Math.max(0, Page.TEXT_HEIGHT - height - 120));
        }
    }

    /** The lines the 抄送 paragraph takes: 29 characters on the first, 26 after the hanging indent. */
    private static int lines(String text) {
        int chars = (OfficialText.halfWidths(text) + 1) / 2;
        int first = (Page.TEXT_WIDTH - 2 * CHAR) / CHAR;
        int next = (Page.TEXT_WIDTH - 5 * CHAR) / CHAR;
        return chars <= first ? 1 : 1 + (chars - first + next - 1) / next;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        Paragraphs.inBlock(p);
        return p;
    }

    private static void rule(XWPFParagraph p, boolean top, int size) {
        CTPBdr borders = Paragraphs.pPr(p).isSetPBdr() ? Paragraphs.pPr(p).getPBdr() : Paragraphs.pPr(p).addNewPBdr();
        CTBorder b = top ? borders.addNewTop() : borders.addNewBottom();
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(size));
        b.setSpace(BigInteger.valueOf(4));
        b.setColor("000000");
    }
}
