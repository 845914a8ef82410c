package org.plandoc.office.internal;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * Page numbers as GB/T 9704 §7.5 prints them: {@code — 1 —} in 4号 (14 pt) 宋体 below the
 * text block, one character in from the right edge on odd pages and from the left on
 * even pages. The number is a PAGE field, so Word, WPS and LibreOffice count the pages.
 */
final class PageNumbers {

    /** 4号: 14 pt. */
    static final int SIZE = 28;
    /** One 14 pt character, the space the standard leaves beside the number. */
    private static final int CHAR = 280;

    private PageNumbers() {
    }

    /** Numbered footers for the odd (default) and even pages of a section. */
    static void number(XWPFDocument doc, CTSectPr sect) {
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sect);
        footer(policy.createFooter(STHdrFtr.DEFAULT), ParagraphAlignment.RIGHT);
        footer(policy.createFooter(STHdrFtr.EVEN), ParagraphAlignment.LEFT);
    }

    /** Empty footers, for the page of the 版记, which carries no number (§7.5). */
    static void blank(XWPFDocument doc, CTSectPr sect) {
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sect);
        policy.createFooter(STHdrFtr.DEFAULT).createParagraph();
        policy.createFooter(STHdrFtr.EVEN).createParagraph();
    }

    private static void footer(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(side);
        Paragraphs.inBlock(p);
        Paragraphs.lineHeight(p, 360);
        if (side == ParagraphAlignment.RIGHT) {
            Paragraphs.indent(p, 0, 1, 0, CHAR);
        } else {
            Paragraphs.indent(p, 1, 0, 0, CHAR);
        }
        // the dashes are 一字线 (U+2014), set full width by the East Asian hint
        Paragraphs.text(p, "— ", Face.SONGTI, SIZE);
        field(p, STFldCharType.BEGIN);
        XWPFRun code = p.createRun();
        Paragraphs.format(code, Face.SONGTI, SIZE);
        code.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(p, STFldCharType.SEPARATE);
        Paragraphs.text(p, "1", Face.SONGTI, SIZE);
        field(p, STFldCharType.END);
        Paragraphs.text(p, " —", Face.SONGTI, SIZE);
    }

    private static void field(XWPFParagraph p, STFldCharType.Enum type) {
        XWPFRun run = p.createRun();
        Paragraphs.format(run, Face.SONGTI, SIZE);
        run.getCTR().addNewFldChar().setFldCharType(type);
    }
}
