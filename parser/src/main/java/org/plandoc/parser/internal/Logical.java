package org.plandoc.parser.internal;

import java.util.Arrays;

/**
 * The text the outline is read from: the source less what was set aside
 * (noise lines, page numbers), with lines broken by extraction joined, and one
 * {@code '\n'} between paragraphs. Every char keeps the source offset it came
 * from, so spans point into the source.
 */
final class Logical implements CharSequence {

    private char[] chars;
    private int[] origin;
    private int length;

    /** Room for {@code capacity} chars at once: the logical text is never longer than the source. */
    Logical(int capacity) {
        chars = new char[Math.max(16, capacity)];
        origin = new int[Math.max(16, capacity)];
    }

    /**
     * Appends source chars {@code from..to} of {@code source}, less the chars that are
     * not text ({@link Chars#invisible}), and with a surrogate that lost its pair
     * replaced by U+FFFD, which every output can hold. {@link Invisibles} reports both.
     */
    void append(String source, int from, int to) {
        ensure(length + (to - from));
        if (from > 0 && from < to && source.charAt(from - 1) == '\\'
                && (length == 0 || origin[length - 1] != from - 1 || chars[length - 1] != '\\')) {
            markEscaped(length);        // the backslash before it was left out: it was a Markdown escape
        }
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (Chars.invisible(c)) {
                continue;
            }
            if (Character.isSurrogate(c) && Chars.loneSurrogate(source, i)) {
                c = '\uFFFD';
            }
            chars[length] = c;
            origin[length] = i;
            length++;
        }
    }

    /** Appends a paragraph break that stands for source offset {@code at}. */
    void newline(int at) {
        if (length == 0 || chars[length - 1] == '\n') {
            return;
        }
        ensure(length + 1);
        chars[length] = '\n';
        origin[length] = at;
        length++;
    }

    /** Logical indexes of chars that a Markdown backslash escaped, in order; few in any text. */
    private int[] escapes = new int[0];
    private int escapeCount;

    private void markEscaped(int i) {
        if (escapeCount == escapes.length) {
            escapes = Arrays.copyOf(escapes, Math.max(8, escapeCount * 2));
        }
        escapes[escapeCount++] = i;
    }

    /** Whether char {@code i} was escaped ({@code \\*}): it stands for itself, never for Markdown syntax. */
    boolean escaped(int i) {
        return Arrays.binarySearch(escapes, 0, escapeCount, i) >= 0;
    }

    private void ensure(int capacity) {
        if (capacity > chars.length) {
            int n = Math.max(capacity, chars.length * 2);
            chars = Arrays.copyOf(chars, n);
            origin = Arrays.copyOf(origin, n);
        }
    }

    /** The source offset of logical index {@code i}; the end of the source past the last char. */
    int origin(int i, int sourceLength) {
        if (i < length) {
            return origin[i];
        }
        return length == 0 ? 0 : Math.min(sourceLength, origin[length - 1] + 1);
    }

    /** The source offset just past logical char {@code i - 1}: where a span ending at {@code i} ends. */
    int originEnd(int i, int sourceLength) {
        if (i <= 0) {
            return length == 0 ? 0 : origin[0];
        }
        return Math.min(sourceLength, origin[Math.min(i, length) - 1] + 1);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    String text(int start, int end) {
        return end <= start ? "" : new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
