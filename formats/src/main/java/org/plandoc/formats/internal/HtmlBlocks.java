package org.plandoc.formats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.plandoc.formats.Location;
import org.plandoc.parser.Paragraph;

/**
 * Turns an article's HTML into paragraphs as a browser lays it out: each block
 * element a paragraph, {@code <br>} a line break inside it, runs of blanks one
 * blank, {@code &nbsp;} a blank, U+3000 kept (it is how Chinese pages indent).
 * Marks: {@code <h1>}…{@code <h6>} a heading level, bold when all its text is in
 * {@code <b>}, {@code <strong>} or bold CSS, centred by {@code align}, CSS or
 * {@code <center>}; the cells of a table with rows and columns are table cells, row
 * by row (a one-cell layout table is not a table). Each line remembers the source
 * line it starts on.
 */
final class HtmlBlocks {

    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data",
        "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong",
        "sub", "sup", "time", "tt", "u", "var", "wbr", "img", "nobr", "o:p", "st1:chsdate", "acronym");

    private final Extraction out;

    /** The paragraph being built: its lines, each with the source line it starts on. */
    private final List<StringBuilder> lines = new ArrayList<>();
    private final List<Integer> sourceLines = new ArrayList<>();
    private int boldChars;
    private int plainChars;
    private boolean lastBlank = true;

    HtmlBlocks(Extraction out) {
        this.out = out;
    }

    /** Whether an element flows inside a line rather than starting a block. */
    static boolean isInline(Element e) {
        String tag = e.tagName();
        return INLINE.contains(tag) || (tag.indexOf(':') > 0 && !tag.startsWith("w:"));
    }

    /** The marks a block carries to everything inside it. */
    private record Context(int heading, boolean centred, boolean bold, boolean cell) {
    }

    void article(Element article) {
        block(article, new Context(0, centred(article, false), false, false));
        flush(new Context(0, false, false, false));
    }

    /** Adds one paragraph made elsewhere (the page's title, when the article leaves it out). */
    void single(String text, int heading, int sourceLine) {
        out.add(Paragraph.of(text).headingLevel(heading).bold(heading > 0), Location.line(sourceLine));
    }

    private void block(Element e, Context ctx) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                text(t, ctx);
            } else if (n instanceof Element c) {
                if (hidden(c)) {
                    continue;
                }
                String tag = c.tagName();
                if (tag.equals("br")) {
                    newLine(line(c));
                } else if (tag.equals("table")) {
                    flush(ctx);
                    table(c, ctx);
                } else if (isInline(c)) {
                    block(c, new Context(ctx.heading(), ctx.centred(), ctx.bold() || bold(c), ctx.cell()));
                } else {
                    flush(ctx);
                    int h = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
                        ? tag.charAt(1) - '0' : ctx.heading();
                    Context inner = new Context(h, centred(c, ctx.centred()), ctx.bold() || bold(c), ctx.cell());
                    block(c, inner);
                    flush(inner);
                }
            }
        }
    }

    /** A table with at least two rows and a row of two cells is data: its cells are marked, row by row. */
    private void table(Element table, Context ctx) {
        List<Element> rows = new ArrayList<>();
        int widest = 0;
        for (Element row : table.select("tr")) {
            if (row.closest("table") == table) {
                rows.add(row);
                widest = Math.max(widest, row.select("> td, > th").size());
            }
        }
        boolean data = rows.size() >= 2 && widest >= 2;
        for (Element row : rows) {
            for (Element cell : row.select("> td, > th")) {
                if (hidden(cell)) {
                    continue;
                }
                Context c = new Context(ctx.heading(), centred(cell, ctx.centred()), ctx.bold() || bold(cell),
                    ctx.cell() || data);
                block(cell, c);
                flush(c);
            }
        }
    }

    private void text(TextNode t, Context ctx) {
        String s = t.getWholeText();
        if (lines.isEmpty()) {
            lines.add(new StringBuilder());
            sourceLines.add(line(t));
        }
        StringBuilder line = lines.get(lines.size() - 1);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                // HTML collapses runs of blanks into one, and none at a line's start
                if (!lastBlank && line.length() > 0) {
                    line.append(' ');
                    lastBlank = true;
                }
                continue;
            }
            if (line.length() == 0 && sourceLines.get(sourceLines.size() - 1) < 0) {
                sourceLines.set(sourceLines.size() - 1, line(t));
            }
            line.append(c == '\u00a0' ? ' ' : c);
            lastBlank = false;
            if (c != '\u3000' && c != '\u00a0') {
                if (ctx.bold()) {
                    boldChars++;
                } else {
                    plainChars++;
                }
            }
        }
    }

    private void newLine(int sourceLine) {
        if (lines.isEmpty()) {
            lines.add(new StringBuilder());
            sourceLines.add(sourceLine);
        }
        lines.add(new StringBuilder());
        sourceLines.add(-1);
        lastBlank = true;
    }

    /** Ends the paragraph being built: lines trimmed, blank ones dropped, marks from the block. */
    private void flush(Context ctx) {
        StringBuilder text = new StringBuilder();
        List<Extraction.Anchor> anchors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = strip(lines.get(i).toString());
            if (l.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            int at = sourceLines.get(i);
            anchors.add(new Extraction.Anchor(text.length(), Location.line(at < 1 ? lastLine(i) : at)));
            text.append(l);
        }
        if (text.length() > 0) {
            Paragraph p = Paragraph.of(text.toString()).headingLevel(Math.min(ctx.heading(), 9))
                .bold(boldChars > 0 && plainChars == 0).centred(ctx.centred()).tableCell(ctx.cell());
            out.add(p, anchors);
        }
        lines.clear();
        sourceLines.clear();
        boldChars = 0;
        plainChars = 0;
        lastBlank = true;
    }

    private int lastLine(int i) {
        for (int k = i; k >= 0; k--) {
            if (sourceLines.get(k) > 0) {
                return sourceLines.get(k);
            }
        }
        return 1;
    }

    /** Trims ASCII blanks and no-break spaces at both ends; U+3000 indentation stays, as in text files. */
    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\u00a0')) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\u00a0' || s.charAt(to - 1) == '\u3000')) {
            to--;
        }
        return s.substring(from, to);
    }

    private static int line(Node n) {
        int l = n.sourceRange().start().lineNumber();
        return l >= 1 ? l : 1;
    }

    private static boolean bold(Element e) {
        String tag = e.tagName();
        if (tag.equals("b") || tag.equals("strong")) {
            return true;
        }
        String w = css(e, "font-weight");
        return w != null && (w.startsWith("bold") || w.equals("600") || w.equals("700") || w.equals("800")
            || w.equals("900"));
    }

    private static boolean centred(Element e, boolean inherited) {
        if (e.tagName().equals("center") || e.attr("align").equalsIgnoreCase("center")) {
            return true;
        }
        String a = css(e, "text-align");
        if (a != null) {
            return a.startsWith("center");
        }
        String align = e.attr("align").toLowerCase(Locale.ROOT);
        return align.isEmpty() || align.equals("center") ? inherited : false;
    }

    private static boolean hidden(Element e) {
        String d = css(e, "display");
        String v = css(e, "visibility");
        return e.hasAttr("hidden") || "none".equals(d) || "hidden".equals(v);
    }

    /** A property of the element's style attribute, lower case, or null. */
    private static String css(Element e, String property) {
        String style = e.attr("style");
        if (style.isEmpty()) {
            return null;
        }
        String lower = style.toLowerCase(Locale.ROOT);
        int at = 0;
        while ((at = lower.indexOf(property, at)) >= 0) {
            boolean start = at == 0 || lower.charAt(at - 1) == ';' || lower.charAt(at - 1) == ' '
                || lower.charAt(at - 1) == '"';
            int colon = at + property.length();
            while (colon < lower.length() && lower.charAt(colon) == ' ') {
                colon++;
            }
            if (start && colon < lower.length() && lower.charAt(colon) == ':') {
                int end = lower.indexOf(';', colon);
                return lower.substring(colon + 1, end < 0 ? lower.length() : end).strip();
            }
            at = colon;
        }
        return null;
    }
}
