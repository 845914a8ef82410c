package org.plandoc.office.internal;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.plandoc.core.Item;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Section;
import org.plandoc.render.internal.Labels;

/**
 * Writes one plan as GB/T 9704 lays out a document's body: the title in 2号 小标宋,
 * centred, in balanced lines; the 主送机关; paragraphs in 3号 仿宋 indented two
 * characters (a salutation such as 各位代表： flush left); level 1 headings in 黑体
 * and level 2 in 楷体 on lines of their own (a regulation's 第一章 centred);
 * levels 3 and below in 仿宋 with their title run into the text
 * ({@code 1.突出抓好政治建设。学懂弄通…}), as offices print them.
 */
final class PlanWriter {

    /** 2号: 22 pt. */
    static final int TITLE_SIZE = 44;
    /** A 22 pt title line holds 20 characters of the 156 mm block: 40 half widths. */
    private static final int TITLE_HALF_WIDTHS = 40;

    private final XWPFDocument doc;
    private final Options options;
    private boolean newPage;
    private XWPFParagraph lastParagraph;

    PlanWriter(XWPFDocument doc, Options options) {
        this.doc = doc;
        this.options = options;
    }

    /** Starts the next plan on a new page. */
    void breakPage() {
        newPage = true;
    }

    /** Writes {@code plan}; the last plan of a document also gets the 附件说明. Returns its last paragraph. */
    XWPFParagraph write(Plan plan, boolean last) {
        PlanMetadata m = plan.metadata();
        if (options.letterhead() && m.issuer() != null) {
            Letterhead.write(this::paragraph, m.issuer(), m.documentNumber());
            blank();
            blank();
        }
        if (!plan.title().isEmpty()) {
            title(plan.title());
            blank();
        }
        if (m.recipients() != null) {
            XWPFParagraph p = paragraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            Paragraphs.text(p, m.recipients() + "：", Face.FANGSONG, Page.BODY_SIZE);
        }
        plan.preamble().forEach(this::body);
        for (Section s : plan.sections()) {
            heading(label(s.numbering(), 1), s.title(), 1, centred(s.numbering()));
            s.body().forEach(this::body);
            items(s.items(), 2, Labels.below(1, s.numbering()));
        }
        plan.closing().forEach(this::body);
        if (last) {
            Signature.attachments(this::paragraph, options.attachments());
        }
        Signature.sign(this::paragraph, m.issuer(), m.date());
        return lastParagraph != null ? lastParagraph : paragraph();
    }

    private void title(String title) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        List<String> lines = TitleLines.split(title, TITLE_HALF_WIDTHS);
        for (int i = 0; i < lines.size(); i++) {
            var run = Paragraphs.text(p, lines.get(i), Face.XIAOBIAOSONG, TITLE_SIZE);
            if (i + 1 < lines.size()) {
                run.addBreak();
            }
        }
    }

    /** {@code depth}: the level in the outline (its face and heading); {@code level}: the canonical numbering level. */
    private void items(List<Item> items, int depth, int level) {
        for (Item item : items) {
            String label = label(item.numbering(), level);
            String[] text = item.text().isEmpty() ? new String[0] : item.text().split("\n");
            int first = 0;
            if (depth <= 2 && !item.title().isEmpty()) {
                heading(label, item.title(), depth, centred(item.numbering()));
            } else {
                first = text.length > 0 ? 1 : 0;
                runIn(label, item.title(), first > 0 ? text[0] : "", depth);
            }
            for (int i = first; i < text.length; i++) {
                body(text[i]);
            }
            if (options.assignments()) {
                String who = Labels.assignment(item);
                if (!who.isEmpty()) {
                    body(who);
                }
            }
            items(item.items(), depth + 1, Labels.below(level, item.numbering()));
        }
    }

    /**
     * A level 1 (黑体) or level 2 (楷体) heading on a line of its own, kept with what follows:
     * indented two characters as body text, or {@code centred} without indent.
     */
    private void heading(String label, String title, int depth, boolean centred) {
        if (label.isEmpty() && title.isEmpty()) {
            return;
        }
        XWPFParagraph p = paragraph();
        if (centred) {
            p.setAlignment(ParagraphAlignment.CENTER);
        } else {
            p.setAlignment(ParagraphAlignment.BOTH);
            Paragraphs.firstLine(p, 2);
        }
        Paragraphs.keepWithNext(p);
        Paragraphs.outlineLevel(p, depth - 1);
        Paragraphs.text(p, label + title, depth == 1 ? Face.HEITI : Face.KAITI, Page.BODY_SIZE);
    }

    /**
     * An item whose title runs into its text: {@code 1.突出抓好政治建设。学懂弄通…}. At
     * levels 1 and 2 this is an item with no title: its number keeps the level's face.
     */
    private void runIn(String label, String title, String text, int depth) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        Paragraphs.firstLine(p, 2);
        Face face = depth == 1 ? Face.HEITI : depth == 2 ? Face.KAITI : Face.FANGSONG;
        String head = label + title + (!title.isEmpty() && !text.isEmpty() && !endsSentence(title) ? "。" : "");
        if (!head.isEmpty()) {
            var run = Paragraphs.text(p, head, face, Page.BODY_SIZE);
            run.setBold(depth == 3 && options.boldLevel3() && !title.isEmpty());
        }
        if (!text.isEmpty()) {
            Paragraphs.text(p, text, Face.FANGSONG, Page.BODY_SIZE);
        }
    }

    private void body(String text) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        if (!salutation(text)) {
            Paragraphs.firstLine(p, 2);
        }
        Paragraphs.text(p, text, Face.FANGSONG, Page.BODY_SIZE);
    }

    /**
     * The parts, chapters and sections of a regulation (第一编, 第一章, 第一节) stand centred
     * on their lines, as regulations are printed; a plan's headings are indented as its text.
     */
    static boolean centred(Numbering n) {
        return n.style() == NumberingStyle.PART || n.style() == NumberingStyle.CHAPTER
            || n.style() == NumberingStyle.SUBCHAPTER;
    }

    /**
     * A line that addresses the audience (各位代表：, 同志们：, 尊敬的…：) or the bodies written
     * to (各区县人民政府：): flush left like the 主送机关, not indented as a paragraph.
     */
    static boolean salutation(String text) {
        String t = text.strip();
        if (t.length() < 3 || t.length() > 40 || (!t.endsWith("：") && !t.endsWith(":"))) {
            return false;
        }
        for (int i = 0; i < t.length() - 1; i++) {
            if ("。！？；：:".indexOf(t.charAt(i)) >= 0) {
                return false;
            }
        }
        if (t.startsWith("各位") || t.startsWith("同志") || t.startsWith("尊敬的") || t.startsWith("女士们")) {
            return true;
        }
        // 各区县人民政府： is written to bodies; 各项任务如下： is a lead-in and stays indented
        String name = t.substring(0, t.length() - 1);
        for (String body : BODIES) {
            if (t.startsWith("各") && name.endsWith(body)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] BODIES = {"政府", "单位", "部门", "局", "委", "厅", "办", "机构", "机关", "学校", "企业"};

    /** An empty line of the grid. */
    void blank() {
        paragraph();
    }

    XWPFParagraph paragraph() {
        XWPFParagraph p = doc.createParagraph();
        Paragraphs.inBlock(p);
        if (newPage) {
            p.setPageBreak(true);
            newPage = false;
        }
        lastParagraph = p;
        return p;
    }

    private String label(Numbering n, int depth) {
        return Labels.label(n, depth, options.canonicalNumbering());
    }

    private static boolean endsSentence(String s) {
        return "。！？；：…".indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
