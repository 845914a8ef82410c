package org.plandoc.office.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * What follows the body (GB/T 9704 §7.3.4–7.3.5): the 附件说明 one line below it, two
 * characters in, and the 落款 of a document without a seal: one line below, the issuer
 * two characters from the right edge, and under it the date, starting two characters
 * to the right of where the issuer starts (the issuer moves left when the date is longer).
 */
final class Signature {

    private Signature() {
    }

    /** {@code 附件：1.…}, each further name under the first. */
    static void attachments(Supplier<XWPFParagraph> next, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        next.get();
        for (int i = 0; i < names.size(); i++) {
            String number = names.size() == 1 ? "" : (i + 1) + ".";
            XWPFParagraph p = next.get();
            p.setAlignment(ParagraphAlignment.BOTH);
            // 附件： is three characters: the names, and their second lines, align after it
            Paragraphs.indent(p, 5, 0, i == 0 ? -3 : 0, Page.CHAR);
            Paragraphs.text(p, (i == 0 ? "附件：" : "") + number + names.get(i), Face.FANGSONG, Page.BODY_SIZE);
        }
    }

    /** The issuer and the date, either of which may be null. */
    static void sign(Supplier<XWPFParagraph> next, String issuer, LocalDate date) {
        if (issuer == null && date == null) {
            return;
        }
        String when = date == null ? null : OfficialText.date(date);
        next.get();
        if (issuer == null) {
            right(next.get(), when, 2 * Page.CHAR);
            return;
        }
        int issuerWidth = OfficialText.width(issuer);
        if (when == null) {
            right(next.get(), issuer, 2 * Page.CHAR);
            return;
        }
        int dateWidth = OfficialText.width(when);
        if (dateWidth + 2 * Page.CHAR <= issuerWidth) {
            // the issuer starts 2 characters plus its width from the right edge, the date 2 characters
            // after that, and how wide the date is (Word and LibreOffice space digits from Chinese) does not matter
            right(next.get(), issuer, 2 * Page.CHAR);
            XWPFParagraph p = next.get();
            p.setAlignment(ParagraphAlignment.LEFT);
            p.setIndentationLeft(Page.TEXT_WIDTH - issuerWidth);
            Paragraphs.text(p, when, Face.FANGSONG, Page.BODY_SIZE);
        } else {
            // a date longer than the issuer keeps two characters from the edge; the issuer moves left
            right(next.get(), issuer, 4 * Page.CHAR + dateWidth - issuerWidth);
            right(next.get(), when, 2 * Page.CHAR);
        }
    }

    private static void right(XWPFParagraph p, String text, int indent) {
        p.setAlignment(ParagraphAlignment.RIGHT);
        p.setIndentationRight(indent);
        Paragraphs.text(p, text, Face.FANGSONG, Page.BODY_SIZE);
    }
}
