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
        // in half characters, from the right edge of the text block
        int issuerWidth = issuer == null ? 0 : OfficialText.halfWidths(issuer);
        int dateWidth = when == null ? 0 : OfficialText.halfWidths(when);
        int issuerRight = 4;
        int dateRight = issuerRight + issuerWidth - dateWidth - 4;
        if (issuer == null || dateRight < 4) {
            dateRight = 4;
            issuerRight = dateRight + dateWidth + 4 - issuerWidth;
        }
        next.get();
        if (issuer != null) {
            line(next, issuer, issuerRight);
        }
        if (when != null) {
            line(next, when, dateRight);
        }
    }

    private static void line(Supplier<XWPFParagraph> next, String text, int rightHalfWidths) {
        XWPFParagraph p = next.get();
        p.setAlignment(ParagraphAlignment.RIGHT);
        Paragraphs.indent(p, 0, rightHalfWidths, 0, Page.CHAR / 2);
        Paragraphs.text(p, text, Face.FANGSONG, Page.BODY_SIZE);
    }
}
