package org.plandoc.formats.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plandoc.formats.Location;
import org.plandoc.parser.Paragraph;

/**
 * Joins a PDF's lines into paragraphs by where they stand, as a reader sees them:
 * a line that ends well before the right margin ends its paragraph, an indented
 * line starts one, and so do a wider gap, a change of type size and a centred
 * line. A paragraph goes on across a page break. CJK text is joined without a
 * blank; two Latin words are joined with one.
 */
final class PdfParagraphs {

    private final List<PdfLine> lines;
    private final float bodySize;
    private final float margin;
    private final float rightEdge;
    private final float spacing;

    PdfParagraphs(List<PdfLine> lines) {
        this.lines = lines;
        this.bodySize = mode(lines, PdfLine::size, 10f);
        this.margin = mode(lines, PdfLine::left, 0f);
        this.rightEdge = percentile(lines, 0.9);
        this.spacing = lineSpacing(lines);
    }

    /** Adds the paragraphs to {@code out}, each anchored at the page and line of every line it joins. */
    void addTo(Extraction out) {
        StringBuilder text = new StringBuilder();
        List<Extraction.Anchor> anchors = new ArrayList<>();
        boolean allBold = true;
        boolean centred = false;
        PdfLine prev = null;
        for (PdfLine l : lines) {
            if (prev != null && breaksBefore(prev, l)) {
                flush(out, text, anchors, allBold, centred);
                allBold = true;
            }
            if (text.length() == 0) {
                centred = centred(l);
            } else if (needsBlank(text.charAt(text.length() - 1), l.text().charAt(0))) {
                text.append(' ');
            }
            anchors.add(new Extraction.Anchor(text.length(), Location.pageLine(l.page(), l.number())));
            text.append(l.text());
            allBold &= l.bold() || l.size() >= bodySize * 1.2f;
            prev = l;
        }
        flush(out, text, anchors, allBold, centred);
    }

    private static void flush(Extraction out, StringBuilder text, List<Extraction.Anchor> anchors, boolean bold,
                              boolean centred) {
        if (text.length() > 0) {
            out.add(Paragraph.of(text.toString()).bold(bold).centred(centred), List.copyOf(anchors));
        }
        text.setLength(0);
        anchors.clear();
    }

    private boolean breaksBefore(PdfLine prev, PdfLine l) {
        float ch = Math.max(bodySize, 4f);
        if (l.left() > margin + ch * 0.9f) {
            return true;     // an indented first line
        }
        if (prev.right() < rightEdge - ch * 1.5f) {
            return true;     // the line before stopped short: its paragraph ended
        }
        if (Math.abs(l.size() - prev.size()) > bodySize * 0.15f) {
            return true;
        }
        if (l.page() == prev.page() && l.top() - prev.top() > spacing * 1.6f) {
            return true;
        }
        return centred(prev) || centred(l);
    }

    /** Centred: shorter than the text block, with about as much room on its left as on its right. */
    private boolean centred(PdfLine l) {
        float ch = Math.max(bodySize, 4f);
        float leftRoom = l.left() - margin;
        float rightRoom = rightEdge - l.right();
        return leftRoom > ch * 2 && rightRoom > ch * 2 && Math.abs(leftRoom - rightRoom) < ch * 1.5f;
    }

    private static boolean needsBlank(char before, char after) {
        return isLatin(before) && isLatin(after);
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ',' || c == ';';
    }

    /** The most common value of a measure, rounded to whole units. */
    private static float mode(List<PdfLine> lines, java.util.function.ToDoubleFunction<PdfLine> f, float fallback) {
        Map<Integer, Integer> count = new HashMap<>();
        for (PdfLine l : lines) {
            count.merge((int) Math.round(f.applyAsDouble(l)), 1, Integer::sum);
        }
        return count.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey((a, b) -> b - a))).map(e -> (float) e.getKey()).orElse(fallback);
    }

    private static float percentile(List<PdfLine> lines, double p) {
        if (lines.isEmpty()) {
            return 0;
        }
        float[] r = new float[lines.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = lines.get(i).right();
        }
        Arrays.sort(r);
        return r[(int) Math.min(r.length - 1, Math.floor(p * r.length))];
    }

    /** The most common distance between two lines that follow each other on a page. */
    private static float lineSpacing(List<PdfLine> lines) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine a = lines.get(i - 1);
            PdfLine b = lines.get(i);
            if (a.page() == b.page() && b.top() > a.top()) {
                count.merge(Math.round(b.top() - a.top()), 1, Integer::sum);
            }
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> (float) e.getKey()).orElse(20f);
    }
}
