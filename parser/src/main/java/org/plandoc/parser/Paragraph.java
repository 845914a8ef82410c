package org.plandoc.parser;

import java.util.Objects;

/**
 * A paragraph of a document read from a file that says more than its text — a
 * Word file, a web page, a PDF: how the file marks the paragraph. A reader for
 * such a format turns the file into paragraphs and hands them to
 * {@link PlanParser#parse(java.util.List)}; plain text is paragraphs with no marks.
 *
 * <pre>{@code
 * List<Paragraph> doc = List.of(
 *     Paragraph.of("2025年工作安排").centred(true).bold(true),
 *     Paragraph.of("2024年工作回顾").headingLevel(1),
 *     Paragraph.of("过去一年，…"));
 * ParseResult result = parser.parse(doc);
 * }</pre>
 *
 * <p>The marks are hints: a paragraph marked as a heading is read as a heading
 * even when it has no number (this is how many Word files head their parts), and
 * a number the text prints is read as usual. Word's automatic numbering is not a
 * mark: a reader prints the number into the text as Word shows it.
 * Instances are immutable.
 */
public final class Paragraph {

    private final String text;
    private final int headingLevel;
    private final boolean bold;
    private final boolean centred;
    private final boolean tableCell;

    private Paragraph(String text, int headingLevel, boolean bold, boolean centred, boolean tableCell) {
        this.text = Objects.requireNonNull(text, "text must not be null");
        if (headingLevel < 0 || headingLevel > 9) {
            throw new IllegalArgumentException("headingLevel must be 0 to 9, was " + headingLevel);
        }
        this.headingLevel = headingLevel;
        this.bold = bold;
        this.centred = centred;
        this.tableCell = tableCell;
    }

    /** A paragraph of text with no marks. Line breaks inside it ({@code <br>}, Word's w:br) are kept. */
    public static Paragraph of(String text) {
        return new Paragraph(text, 0, false, false, false);
    }

    /** Its text. */
    public String text() {
        return text;
    }

    /** The heading level the file gives it (Word's outline level + 1, {@code <h2>} → 2), or 0 for body text. */
    public int headingLevel() {
        return headingLevel;
    }

    /** Whether all of its text is bold. */
    public boolean bold() {
        return bold;
    }

    /** Whether it is centred. */
    public boolean centred() {
        return centred;
    }

    /** Whether it is a cell of a table (a row's cells are separate paragraphs). */
    public boolean tableCell() {
        return tableCell;
    }

    /** This paragraph at heading level {@code level} (1 to 9; 0: body text). */
    public Paragraph headingLevel(int level) {
        return new Paragraph(text, level, bold, centred, tableCell);
    }

    /** This paragraph, bold or not. */
    public Paragraph bold(boolean bold) {
        return new Paragraph(text, headingLevel, bold, centred, tableCell);
    }

    /** This paragraph, centred or not. */
    public Paragraph centred(boolean centred) {
        return new Paragraph(text, headingLevel, bold, centred, tableCell);
    }

    /** This paragraph, a table cell or not. */
    public Paragraph tableCell(boolean tableCell) {
        return new Paragraph(text, headingLevel, bold, centred, tableCell);
    }

    /** Whether the file marks it in any way. */
    public boolean marked() {
        return headingLevel > 0 || bold || centred || tableCell;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Paragraph p && p.text.equals(text) && p.headingLevel == headingLevel && p.bold == bold
            && p.centred == centred && p.tableCell == tableCell;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, headingLevel, bold, centred, tableCell);
    }

    @Override
    public String toString() {
        return "Paragraph[" + (headingLevel > 0 ? "h" + headingLevel + " " : "") + (bold ? "bold " : "")
            + (centred ? "centred " : "") + (tableCell ? "cell " : "") + text + "]";
    }
}
