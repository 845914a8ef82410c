package org.plandoc.formats;

/**
 * Where a piece of text stands in the file it was read from, in the terms a user
 * can find it by: a paragraph of a Word file, a line of a web page or text file,
 * a page and line of a PDF.
 *
 * @param kind   what {@code number} counts
 * @param page   the 1-based page, for {@link Kind#PAGE_LINE}; 0 otherwise
 * @param number the 1-based paragraph or line
 */
public record Location(Kind kind, int page, int number) {

    /** What a location counts. */
    public enum Kind {
        /** A paragraph of a Word file, counted over the body (table cells included) from 1: {@code ¶12}. */
        PARAGRAPH,
        /** A line of the file (a web page's source, a text file): {@code 40}. */
        LINE,
        /** A page and a line on it (PDF, lines counted from the top of the page, running headers included): {@code p3:12}. */
        PAGE_LINE
    }

    public Location {
        java.util.Objects.requireNonNull(kind, "kind must not be null");
        if (number < 1 || (kind == Kind.PAGE_LINE) != (page >= 1)) {
            throw new IllegalArgumentException("bad location: " + kind + " page " + page + " number " + number);
        }
    }

    /** A paragraph of a Word file. */
    public static Location paragraph(int number) {
        return new Location(Kind.PARAGRAPH, 0, number);
    }

    /** A line of a file. */
    public static Location line(int number) {
        return new Location(Kind.LINE, 0, number);
    }

    /** A line on a page. */
    public static Location pageLine(int page, int line) {
        return new Location(Kind.PAGE_LINE, page, line);
    }

    /** As diagnostics print it after the file name: {@code ¶12}, {@code 40}, {@code p3:12}. */
    @Override
    public String toString() {
        switch (kind) {
            case PARAGRAPH: return "¶" + number;
            case PAGE_LINE: return "p" + page + ":" + number;
            default: return Integer.toString(number);
        }
    }
}
