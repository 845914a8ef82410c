package org.plandoc.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One step of a character-level diff: text kept, deleted or inserted. {@link #diff(String, String)}
 * turns one title into another:
 *
 * <pre>{@code
 * TextEdit.diff("扩大有效投资", "着力扩大有效益的投资");
 * // [INSERT 着力, EQUAL 扩大有效, INSERT 益的, EQUAL 投资]
 * }</pre>
 *
 * @param op   kept, deleted or inserted
 * @param text the characters, never empty
 */
public record TextEdit(Op op, String text) {

    /** What happens to the text. */
    public enum Op {
        /** In both texts. */
        EQUAL,
        /** Only in the old text. */
        DELETE,
        /** Only in the new text. */
        INSERT
    }

    /** Beyond this many cells (old length × new length) the diff is one deletion and one insertion. */
    static final long MAX_CELLS = 4_000_000;

    public TextEdit {
        Objects.requireNonNull(op, "op must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
    }

    /**
     * The edits from {@code before} to {@code after}: a longest common subsequence of their
     * characters (code points) kept, the rest deleted or inserted (deletions first). Titles are short, so the
     * quadratic table is cheap; two texts too long for it (see {@link #MAX_CELLS}) give one
     * deletion and one insertion.
     */
    public static List<TextEdit> diff(String before, String after) {
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        List<TextEdit> out = new ArrayList<>();
        // by code points, so that a character outside the BMP is never cut in half
        int[] a = before.codePoints().toArray();
        int[] b = after.codePoints().toArray();
        int n = a.length;
        int m = b.length;
        if ((long) n * m > MAX_CELLS) {
            add(out, Op.DELETE, before);
            add(out, Op.INSERT, after);
            return List.copyOf(out);
        }
        // lcs[i][j]: the longest common subsequence of before[i..] and after[j..]
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1
                    : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        StringBuilder run = new StringBuilder();
        Op runOp = null;
        while (i < n || j < m) {
            Op op;
            int c;
            if (i < n && j < m && a[i] == b[j]) {
                op = Op.EQUAL;
                c = a[i++];
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                op = Op.DELETE;
                c = a[i++];
            } else {
                op = Op.INSERT;
                c = b[j++];
            }
            if (op != runOp && runOp != null) {
                add(out, runOp, run.toString());
                run.setLength(0);
            }
            runOp = op;
            run.appendCodePoint(c);
        }
        if (runOp != null) {
            add(out, runOp, run.toString());
        }
        return List.copyOf(out);
    }

    private static void add(List<TextEdit> out, Op op, String text) {
        if (!text.isEmpty()) {
            out.add(new TextEdit(op, text));
        }
    }
}
