package org.plandoc.office.internal;

import java.math.BigInteger;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * The 版头 (GB/T 9704 §7.2): the issuer's mark (发文机关标志) in red 小标宋, centred, its
 * top 35 mm below the text block's; two lines below it the document number (发文字号),
 * centred; 4 mm below that a red rule as wide as the text block.
 */
final class Letterhead {

    static final String RED = "FF0000";

    private Letterhead() {
    }

    /** Writes the 版头 of {@code issuer}, with {@code number} when it is not null. */
    static void write(Supplier<XWPFParagraph> next, String issuer, String number) {
        XWPFParagraph mark = next.get();
        mark.setAlignment(ParagraphAlignment.CENTER);
        int size = markSize(issuer);
        // 35 mm (1984 twips) above the mark's glyphs: the line is 1.2 em, its leading above them 0.1 em
        Paragraphs.spaceBefore(mark, 1984 - size);
        Paragraphs.lineHeight(mark, size * 12);
        Paragraphs.text(mark, issuer, Face.XIAOBIAOSONG, size).setColor(RED);
        XWPFParagraph ruled = mark;
        if (number != null) {
            next.get();
            next.get();
            XWPFParagraph line = next.get();
            line.setAlignment(ParagraphAlignment.CENTER);
            Paragraphs.text(line, OfficialText.documentNumber(number), Face.FANGSONG, Page.BODY_SIZE);
            ruled = line;
        }
        rule(ruled);
    }

    /**
     * The mark's size in half-points: at most 15 mm high (42 pt, §7.2.2 "不大于22mm×15mm"),
     * and small enough that the whole name stands on one line of the 156 mm block.
     */
    static int markSize(String issuer) {
        int chars = Math.max(1, (OfficialText.halfWidths(issuer) + 1) / 2);
        int fit = Page.TEXT_WIDTH / 10 / chars;      // half-points of one character's share of the line
        return Math.max(Page.BODY_SIZE, Math.min(84, fit - 1));
    }

    /** The red rule under a paragraph, 4 mm (11 pt) below its text, 1.5 pt thick. */
    private static void rule(XWPFParagraph p) {
        CTPBdr borders = Paragraphs.pPr(p).addNewPBdr();
        CTBorder bottom = borders.addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(12));
        bottom.setSpace(BigInteger.valueOf(11));
        bottom.setColor(RED);
    }
}
