package org.plandoc.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A laid-out PDF as the tests measure it: each page's size and its lines of glyphs, a line
 * being the glyphs that share a baseline, with where they start and end and how large they are.
 * Positions are in points from the page's top-left corner.
 */
record PdfPages(List<Page> pages) {

    static final double MM = 72 / 25.4;

    /** One page: its size and lines, top to bottom. */
    record Page(int number, float width, float height, List<Line> lines) {

        /** Lines whose baseline lies in the 156 × 225 mm text block (37 mm from the top, 35 mm from the bottom). */
        List<Line> body() {
            return lines.stream().filter(l -> l.baseline() > 37 * MM && l.baseline() <= (297 - 35) * MM + 2).toList();
        }

        /** Lines below the text block: the footer. */
        List<Line> footer() {
            return lines.stream().filter(l -> l.baseline() > (297 - 35) * MM + 2).toList();
        }
    }

    /**
     * Glyphs on one baseline, left to right. {@code chars} counts the full-width glyphs (Chinese characters, full-width marks): the
     * characters of the grid. Latin letters, digits and half-width marks take less room and
     * are not counted; the text block's edges bound the lines that hold them.
     */
    record Line(float baseline, float left, float right, float size, int chars, String text) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.1f [%.1f–%.1f] %.1fpt %d chars %s", baseline, left, right,
                size, chars, text);
        }
    }

    static PdfPages read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Page> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                Collector c = new Collector();
                c.setStartPage(i);
                c.setEndPage(i);
                c.getText(doc);
                PDRectangle box = doc.getPage(i - 1).getMediaBox();
                pages.add(new Page(i, box.getWidth(), box.getHeight(), c.lines()));
            }
            return new PdfPages(List.copyOf(pages));
        }
    }

    /** Every line of every page, body and footer, as text. */
    String text() {
        StringBuilder b = new StringBuilder();
        pages.forEach(p -> p.lines().forEach(l -> b.append(l.text()).append('\n')));
        return b.toString();
    }

    /** Collects the glyphs of a page and groups them by baseline. */
    private static final class Collector extends PDFTextStripper {
        private final List<TextPosition> glyphs = new ArrayList<>();

        Collector() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            glyphs.addAll(positions);
        }

        List<Line> lines() {
            TreeMap<Integer, List<TextPosition>> byBaseline = new TreeMap<>();
            for (TextPosition g : glyphs) {
                // half a point apart is the same line: glyphs of one line share their baseline
                byBaseline.computeIfAbsent(Math.round(g.getYDirAdj() * 2), k -> new ArrayList<>()).add(g);
            }
            List<Line> lines = new ArrayList<>();
            for (List<TextPosition> line : byBaseline.values()) {
                line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                StringBuilder text = new StringBuilder();
                float left = Float.MAX_VALUE;
                float right = 0;
                float size = 0;
                int full = 0;
                for (TextPosition g : line) {
                    if (g.getUnicode() == null || g.getUnicode().isBlank()) {
                        continue;
                    }
                    text.append(g.getUnicode());
                    left = Math.min(left, g.getXDirAdj());
                    right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
                    if (g.getWidthDirAdj() > 0.75 * g.getFontSizeInPt()) {
                        full++;
                    }
                    size = Math.max(size, g.getFontSizeInPt());
                }
                if (text.length() > 0) {
                    lines.add(new Line(line.get(0).getYDirAdj(), left, right, size, full, text.toString()));
                }
            }
            return List.copyOf(lines);
        }
    }
}
