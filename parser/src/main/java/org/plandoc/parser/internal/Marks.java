package org.plandoc.parser.internal;

import java.util.Arrays;

/**
 * How a file marks its paragraphs (heading level, bold, centred, table cell),
 * by the line each paragraph starts on: the hints a Word, HTML or PDF reader
 * gives with the text. Text read as text has none.
 */
public final class Marks {

    /** No marks: text read as text. */
    public static final Marks NONE = new Marks(new int[0], new int[0]);

    static final int LEVEL = 0xF;
    static final int BOLD = 1 << 4;
    static final int CENTRED = 1 << 5;
    static final int TABLE_CELL = 1 << 6;
    /** The line starts a paragraph of the file: never joined to the line before as a broken line. */
    static final int PARAGRAPH = 1 << 7;

    private final int[] at;
    private final int[] flags;

    private Marks(int[] at, int[] flags) {
        this.at = at;
        this.flags = flags;
    }

    /** Marks from parallel arrays: ascending positions (source lines, or logical offsets) and their flags. */
    static Marks of(int[] at, int[] flags) {
        return new Marks(at, flags);
    }

    /** The flags of a paragraph: its heading level (0 to 9) and what else the file says of it. */
    public static int flags(int headingLevel, boolean bold, boolean centred, boolean tableCell) {
        return headingLevel | (bold ? BOLD : 0) | (centred ? CENTRED : 0) | (tableCell ? TABLE_CELL : 0) | PARAGRAPH;
    }

    /** Marks from the flags of each paragraph and the line each starts on. */
    public static Marks byLine(int[] lines, int[] flags) {
        return new Marks(lines.clone(), flags.clone());
    }

    boolean isEmpty() {
        return at.length == 0;
    }

    /** The flags at position {@code i}, 0 when none. */
    int at(int i) {
        int k = Arrays.binarySearch(at, i);
        return k >= 0 ? flags[k] : 0;
    }

    /** Whether the flags mark a heading: a heading level, or bold or centred text. */
    static boolean heading(int flags) {
        return (flags & (LEVEL | BOLD | CENTRED)) != 0 && (flags & TABLE_CELL) == 0;
    }
}
