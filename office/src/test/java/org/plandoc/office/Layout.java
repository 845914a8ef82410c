package org.plandoc.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plandoc.core.Item;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.render.internal.Labels;

/**
 * What the tests require of a laid-out official document, measured on the PDF that
 * LibreOffice made of the .docx: A4 pages; at most 22 lines in the text block; body lines
 * of at most 28 characters (full-width ones: Latin letters and digits take less room) inside the block's
 * 156 mm; a {@code — N —} page number in the footer, right on odd pages and left on even
 * ones; the plan's whole text — title, headings, paragraphs — in order; a regulation's
 * 第一章 centred and a salutation (各位代表：) flush left.
 */
final class Layout {

    static final double LEFT = 28 * PdfPages.MM;
    static final double RIGHT = (210 - 26) * PdfPages.MM;

    /** Pages, the most lines on one page, and the most characters on one body line. */
    record Summary(int pages, int mostLines, int mostChars) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d pages, at most %d lines a page, at most %d characters a line",
                pages, mostLines, mostChars);
        }
    }

    private Layout() {
    }

    /**
     * The ways {@code pdf} breaks the layout, empty when it keeps it. {@code unnumbered}
     * pages at the end (a 版记's page, and a blank page before it) carry no number.
     */
    static List<String> problems(List<Plan> plans, PdfPages pdf, int unnumbered) {
        List<String> out = new ArrayList<>();
        int numbered = pdf.pages().size() - unnumbered;
        for (PdfPages.Page page : pdf.pages()) {
            String at = "page " + page.number() + ": ";
            if (Math.abs(page.width() - 595.3) > 1 || Math.abs(page.height() - 841.9) > 1) {
                out.add(at + "not A4 but " + page.width() + " × " + page.height() + " pt");
            }
            List<PdfPages.Line> body = page.body();
            if (body.size() > 22) {
                out.add(at + body.size() + " lines in the text block");
            }
            for (PdfPages.Line line : body) {
                if (line.left() < LEFT - 1 || line.right() > RIGHT + 1) {
                    out.add(at + "outside the text block: " + line);
                }
                if (isBody(line) && line.chars() > 28) {
                    out.add(at + "more than 28 characters: " + line);
                }
            }
            footer(page, page.number() <= numbered, out);
        }
        inOrder(expected(plans), pdf, out);
        alignment(plans, pdf, out);
        return out;
    }

    /**
     * A regulation's parts, chapters and sections (第一章　总则) stand centred in the text block;
     * a salutation (各位代表：) starts at the block's left edge, not indented two characters.
     */
    private static void alignment(List<Plan> plans, PdfPages pdf, List<String> out) {
        double middle = (LEFT + RIGHT) / 2;
        for (Plan plan : plans) {
            for (Section s : plan.sections()) {
                NumberingStyle style = s.numbering().style();
                if (style == NumberingStyle.PART || style == NumberingStyle.CHAPTER || style == NumberingStyle.SUBCHAPTER) {
                    String heading = Labels.label(s.numbering(), 1, true) + s.title();
                    PdfPages.Line line = line(pdf, heading);
                    if (line == null) {
                        out.add("chapter heading not on a line of its own: " + heading);
                    } else if (Math.abs((line.left() + line.right()) / 2 - middle) > 4) {
                        out.add("chapter heading not centred: " + line);
                    }
                }
            }
            for (String p : plan.preamble()) {
                if (p.startsWith("各位") && p.endsWith("：")) {
                    PdfPages.Line line = line(pdf, p);
                    if (line == null) {
                        out.add("salutation not on a line of its own: " + p);
                    } else if (line.left() > LEFT + 4) {
                        out.add("salutation indented: " + line);
                    }
                }
            }
        }
    }

    /** The body line whose whole text is {@code text}, or null. */
    private static PdfPages.Line line(PdfPages pdf, String text) {
        String want = strip(text);
        for (PdfPages.Page page : pdf.pages()) {
            for (PdfPages.Line line : page.body()) {
                if (strip(line.text()).equals(want)) {
                    return line;
                }
            }
        }
        return null;
    }

    static Summary summary(PdfPages pdf) {
        int lines = 0;
        int chars = 0;
        for (PdfPages.Page page : pdf.pages()) {
            lines = Math.max(lines, page.body().size());
            for (PdfPages.Line line : page.body()) {
                if (isBody(line)) {
                    chars = Math.max(chars, line.chars());
                }
            }
        }
        return new Summary(pdf.pages().size(), lines, chars);
    }

    private static void footer(PdfPages.Page page, boolean numbered, List<String> out) {
        String at = "page " + page.number() + ": ";
        List<PdfPages.Line> footer = page.footer();
        if (!numbered) {
            if (!footer.isEmpty()) {
                out.add(at + "a number on a page that carries none: " + footer);
            }
            return;
        }
        if (footer.size() != 1 || !strip(footer.get(0).text()).equals("—" + page.number() + "—")) {
            out.add(at + "footer is not — " + page.number() + " —: " + footer);
            return;
        }
        PdfPages.Line number = footer.get(0);
        double middle = page.width() / 2;
        boolean odd = page.number() % 2 == 1;
        if (odd ? number.left() < middle : number.right() > middle) {
            out.add(at + "page number on the " + (odd ? "left of an odd" : "right of an even") + " page: " + number);
        }
    }

    /** The title, headings and paragraphs of the plans, as the renderer prints them, in order. */
    static List<String> expected(List<Plan> plans) {
        List<String> out = new ArrayList<>();
        for (Plan plan : plans) {
            out.add(plan.title());
            plan.preamble().forEach(out::add);
            for (Section s : plan.sections()) {
                out.add(Labels.label(s.numbering(), 1, true) + s.title());
                s.body().forEach(out::add);
                items(s.items(), Labels.below(1, s.numbering()), out);
            }
            plan.closing().forEach(out::add);
        }
        return out;
    }

    private static void items(List<Item> items, int level, List<String> out) {
        for (Item item : items) {
            out.add(Labels.label(item.numbering(), level, true) + item.title());
            for (String p : item.text().split("\n")) {
                out.add(p);
            }
            items(item.items(), Labels.below(level, item.numbering()), out);
        }
    }

    private static void inOrder(List<String> expected, PdfPages pdf, List<String> out) {
        StringBuilder all = new StringBuilder();
        for (PdfPages.Page page : pdf.pages()) {
            page.body().forEach(l -> all.append(strip(l.text())));
        }
        String text = all.toString();
        int at = 0;
        for (String e : expected) {
            String want = strip(e);
            if (want.isEmpty()) {
                continue;
            }
            int found = text.indexOf(want, at);
            if (found < 0) {
                int anywhere = text.indexOf(want);
                String near = text.substring(at, Math.min(text.length(), at + 80));
                out.add((anywhere < 0 ? "missing: " : "out of order: ") + e + "\n  expected at: " + near);
                return;
            }
            at = found + want.length();
        }
    }

    /** A line of the 16 pt body (not the title, the issuer's mark or the 版记). */
    private static boolean isBody(PdfPages.Line line) {
        return Math.abs(line.size() - 16) < 0.6;
    }

    /** Text without white space or what the .docx cannot hold, as lines of a PDF are compared. */
    static String strip(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0' && c >= 0x20 && !Character.isSurrogate(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
