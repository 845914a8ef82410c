package org.plandoc.formats.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, kept from writing text: it collects each page's lines
 * in reading order with their positions, for the paragraph joiner to judge.
 */
final class PdfLines extends PDFTextStripper {

    private final List<PdfLine> lines = new ArrayList<>();
    private final List<float[]> pageSizes = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> positions = new ArrayList<>();
    private int page;
    private int lineOnPage;

    PdfLines() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** Every line of the document, page by page. */
    static PdfLines of(PDDocument doc) throws IOException {
        PdfLines l = new PdfLines();
        l.writeText(doc, new StringWriter());
        return l;
    }

    List<PdfLine> lines() {
        return lines;
    }

    /** Width and height of page {@code n} (1-based). */
    float[] pageSize(int n) {
        return pageSizes.get(n - 1);
    }

    int pages() {
        return pageSizes.size();
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
        page++;
        lineOnPage = 0;
        pageSizes.add(new float[] {p.getCropBox().getWidth(), p.getCropBox().getHeight()});
        super.startPage(p);
    }

    @Override
    protected void endPage(PDPage p) throws IOException {
        endLine();
        super.endPage(p);
    }

    @Override
    protected void writeString(String s, List<TextPosition> pos) {
        text.append(s);
        positions.addAll(pos);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphStart() {
        // paragraphs are the joiner's to decide
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    private void endLine() {
        if (positions.isEmpty() || text.toString().isBlank()) {
            text.setLength(0);
            positions.clear();
            return;
        }
        lineOnPage++;
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = 0;
        float size = 0;
        int boldChars = 0;
        for (TextPosition t : positions) {
            left = Math.min(left, t.getXDirAdj());
            right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
            top = Math.max(top, t.getYDirAdj());
            size = Math.max(size, t.getFontSizeInPt());
            boldChars += bold(t.getFont()) ? 1 : 0;
        }
        lines.add(new PdfLine(text.toString().strip(), page, lineOnPage, left, right, top, size,
            boldChars * 2 > positions.size()));
        text.setLength(0);
        positions.clear();
    }

    /** A bold face, by its name or weight; 黑体 (SimHei, STHeiti) counts, as Chinese documents head with it (雅黑 does not). */
    private static boolean bold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy")
            || (name.contains("hei") && !name.contains("yahei"))
            || name.contains("黑")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.getFontWeight() >= 700 || d.isForceBold());
    }
}
