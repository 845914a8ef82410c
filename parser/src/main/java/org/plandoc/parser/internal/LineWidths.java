package org.plandoc.parser.internal;

/**
 * The width a text was hard-wrapped at, when it was: text copied out of a PDF keeps the
 * PDF's lines, every line of a paragraph but its last filled to the same width (GB/T
 * 9704 sets 28 characters). Widths count in half units — a Chinese character or
 * U+3000 is 2, an ASCII character or a no-break space 1 — since digits and Latin letters take half a
 * character's room. Such a text shows one width far more often than any other, and
 * (but for a punctuation mark hung at the end) no line wider; a text of one paragraph
 * a line does not.
 *
 * <p>A line filled to that width that ends in no sentence punctuation goes on in the
 * next line, whatever that line starts with ({@code 二是}, {@code （三）项}, {@code 2026年}):
 * the next line's first unit would not have fit after it.
 */
final class LineWidths {

    /** The narrowest and widest wrap read as one (in half units): 15 and 60 characters. */
    private static final int MIN_WIDTH = 30;
    private static final int MAX_WIDTH = 120;
    /** Room left for a punctuation mark hung past the width. */
    private static final int HANG = 2;

    private LineWidths() {
    }

    /** Width of {@code c} in half units. */
    static int units(char c) {
        if (c == '\t') {
            return 4;
        }
        return c < 0x80 || c == '\u00a0' || (c >= '\uff61' && c <= '\uffdc') ? 1 : 2;
    }

    /** Width of {@code s[from..to)} in half units. */
    static int width(CharSequence s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            w += units(s.charAt(i));
        }
        return w;
    }

    /**
     * The wrap width of lines whose widths are {@code widths} (in half units; negative for a
     * line not counted: blank or set aside), or 0 when the text is not hard-wrapped: when no
     * width is that of a third of the lines (give or take a character), or more than one line
     * in ten is wider.
     */
    static int wrapWidth(int[] widths) {
        int[] count = new int[MAX_WIDTH + HANG + 2];
        int lines = 0;
        int longer = 0;
        for (int w : widths) {
            if (w < 0) {
                continue;
            }
            lines++;
            if (w < count.length) {
                count[w]++;
            } else {
                longer++;
            }
        }
        int best = MIN_WIDTH;
        for (int w = MIN_WIDTH; w <= MAX_WIDTH; w++) {
            if (count[w] > count[best]) {
                best = w;
            }
        }
        if (count[best] == 0) {
            return 0;
        }
        int near = 0;
        int wider = longer;
        for (int w = 0; w < count.length; w++) {
            if (w >= best - 2 && w <= best + HANG) {
                near += count[w];
            } else if (w > best + HANG) {
                wider += count[w];
            }
        }
        boolean wrapped = near >= 6 && near * 4 >= lines && wider * 10 <= lines;
        return wrapped ? best : 0;
    }

    /**
     * Width in half units of what opens {@code s[from..to)} and could not be broken from
     * it: a run of ASCII letters and digits (2026, 5.5%), an opening bracket with the char
     * after it, else one char.
     */
    static int firstUnit(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && Chars.opens(s.charAt(i))) {
            i++;
        }
        if (i < to && ascii(s.charAt(i))) {
            while (i < to && ascii(s.charAt(i))) {
                i++;
            }
        } else if (i < to) {
            i++;
        }
        return width(s, from, i);
    }

    private static boolean ascii(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '%';
    }
}
