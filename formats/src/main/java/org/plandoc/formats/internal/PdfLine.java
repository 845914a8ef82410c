package org.plandoc.formats.internal;

/**
 * One line of text on a PDF page, with where it stands: {@code left} and {@code right}
 * its horizontal extent, {@code top} its baseline from the top of the page, in PDF
 * units; {@code size} its type size in points; {@code bold} when its font is a
 * bold or 黑体 face.
 *
 * @param page   1-based page
 * @param number 1-based line on the page, counting every line (running headers included)
 */
record PdfLine(String text, int page, int number, float left, float right, float top, float size, boolean bold) {

    float width() {
        return right - left;
    }
}
