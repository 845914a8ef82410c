package org.plandoc.parser.internal;

import java.util.Arrays;
import org.plandoc.core.SourceSpan;

/**
 * The decoded input with its line starts, to turn offsets into line:column.
 * LF, CR LF and CR each end a line.
 */
final class Source {

    final String text;
    private final int[] lineStarts;
    private final int lines;
    /** Whether a CR alone ends a line somewhere: then not every line start follows an LF. */
    private final boolean loneCr;

    Source(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        boolean cr = false;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
                cr |= c == '\r';
            }
        }
        this.lineStarts = starts;
        this.lines = n;
        this.loneCr = cr;
    }

    /**
     * Where the text after the last LF before {@code at} starts, but not before
     * {@code floor}: the start of {@code at}'s paragraph, looked up in the line
     * index instead of walked back to.
     */
    int afterNewline(int at, int floor) {
        if (loneCr) {
            int p = at;
            while (p > floor && text.charAt(p - 1) != '\n') {
                p--;
            }
            return p;
        }
        int i = Arrays.binarySearch(lineStarts, 0, lines, at);
        int start = lineStarts[i >= 0 ? i : -i - 2];
        return Math.max(start, floor);
    }

    int lineCount() {
        return lines;
    }

    int lineStart(int line) {
        return lineStarts[line];
    }

    /** End of line {@code line} (0-based), without its terminator. */
    int lineEnd(int line) {
        int end = line + 1 < lines ? lineStarts[line + 1] : text.length();
        while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** A span from {@code start} to {@code end}, with the 1-based line and column of {@code start}. */
    SourceSpan span(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int i = Arrays.binarySearch(lineStarts, 0, lines, s);
        int line = i >= 0 ? i : -i - 2;
        return new SourceSpan(s, e, line + 1, s - lineStarts[line] + 1);
    }
}
