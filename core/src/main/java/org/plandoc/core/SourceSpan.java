package org.plandoc.core;

/**
 * Where a piece of the model stands in the decoded source text.
 *
 * <p>Offsets count UTF-16 code units of the decoded text (the {@link String} the
 * parser read, after charset decoding; CR LF and CR count as they stand in that
 * text), like {@link String#charAt(int)}. {@code start} is inclusive, {@code end}
 * exclusive. {@code line} and {@code column} are 1-based and give the position of
 * {@code start}; a column also counts UTF-16 code units.
 *
 * <pre>{@code
 * SourceSpan span = item.span();
 * String printed = source.substring(span.start(), span.end());
 * System.out.println(span);   // "12:1": line 12, column 1
 * }</pre>
 *
 * @param start  first offset, inclusive, {@code >= 0}
 * @param end    last offset, exclusive, {@code >= start}
 * @param line   1-based line of {@code start}
 * @param column 1-based column of {@code start}
 */
public record SourceSpan(int start, int end, int line, int column) {

    public SourceSpan {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, was " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("end must be >= start, was " + start + ".." + end);
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, were " + line + ":" + column);
        }
    }

    /** Number of UTF-16 code units covered. */
    public int length() {
        return end - start;
    }

    /** The position as compilers print it: {@code line:column}. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
