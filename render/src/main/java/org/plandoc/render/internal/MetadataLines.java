package org.plandoc.render.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;

/**
 * A plan's metadata as the lines of a document, placed where a document has them and
 * where the parser reads them back: after the title the document number (文号), the
 * recipients (主送机关, ending in ：) and a web page's 发布日期/来源 line; after the
 * sections the 落款, the issuer on one line and the date on the next (the text
 * renderer writes it after the closing paragraphs, as a document does; the Markdown
 * renderer before them, see there). A labelled line
 * ({@code 发文机关：…　成文日期：…}) would read back as a preamble paragraph, not as
 * metadata. The parser reads a 落款 only after a plan's sections, so a plan without
 * sections has its issuer and date after the title instead, where the parser also
 * reads them (as a cover letter states them).
 */
public final class MetadataLines {

    private MetadataLines() {
    }

    /** The lines to write after the title, before the preamble. */
    public static List<String> head(Plan plan) {
        PlanMetadata m = plan.metadata();
        List<String> out = new ArrayList<>();
        if (m.documentNumber() != null) {
            out.add(m.documentNumber());
        }
        if (m.recipients() != null) {
            out.add(m.recipients() + "：");
        }
        if (plan.sections().isEmpty()) {
            signature(plan, out);
        } else if (m.issuer() == null && m.date() != null && !stated(plan, m.date())) {
            out.add(date(m.date()));      // a date alone is read from the front only, no 落款 without an issuer
        }
        StringBuilder page = new StringBuilder();
        if (m.published() != null) {
            page.append("发布日期：").append(m.published());
        }
        if (m.source() != null) {
            page.append(page.length() == 0 ? "" : "　").append("来源：").append(m.source());
        }
        if (page.length() > 0) {
            out.add(page.toString());
        }
        return out;
    }

    /**
     * The 落款 to write after the sections: the issuer, then the date. The parser reads it
     * wherever it stands after the sections and takes it out of the closing paragraphs.
     */
    public static List<String> signature(Plan plan) {
        List<String> out = new ArrayList<>();
        if (!plan.sections().isEmpty()) {
            signature(plan, out);
        }
        return out;
    }

    private static void signature(Plan plan, List<String> out) {
        PlanMetadata m = plan.metadata();
        if (m.issuer() != null && m.date() != null) {
            out.add(m.issuer());
            out.add(date(m.date()));
        } else if (m.date() != null && plan.sections().isEmpty() && !stated(plan, m.date())) {
            out.add(date(m.date()));
        }
    }

    /**
     * Whether the preamble already states the date (a report's subtitle,
     * ——2026年1月28日在…会议上, which the parser reads the date from): then a date line
     * of its own would be read as one more preamble paragraph.
     */
    private static boolean stated(Plan plan, LocalDate date) {
        String d = date(date);
        return plan.preamble().stream().anyMatch(p -> p.contains(d));
    }

    /** 2024年3月1日, as a 落款 writes it. */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
