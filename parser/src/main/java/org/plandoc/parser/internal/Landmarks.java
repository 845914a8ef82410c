package org.plandoc.parser.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plandoc.core.NumberingStyle;

/**
 * The first pass of the outline, over line starts only: where a top heading
 * opens a line (一、 or 第一章 numbered 1, or an unnumbered heading), and where a
 * plan boundary does (附件, 第一篇, a Markdown title). Known before the main pass,
 * so that a list before the first 一、 (主要目标：1.… 2.…) is read as preamble.
 */
final class Landmarks {

    private final int[] tops;
    private final int[] boundaries;
    /** The paragraph starts of the document's unnumbered headings (see {@link Headings}). */
    final int[] headings;

    Landmarks(Logical text, Lines lines, Marks marks) {
        List<Integer> t = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int lineEnd = lines.lineEnd(i);
            if (lineEnd > i) {
                if (lines.isAttachment(i, lineEnd) || lines.isMarkdownTitle(i, lineEnd)) {
                    b.add(i);
                } else {
                    Marker m = MarkerScanner.scan(text, MarkerScanner.skipLinePrefix(text, i, lineEnd), lineEnd, true);
                    if (m != null && m.style() == NumberingStyle.PART) {
                        b.add(i);
                    } else if (m != null && m.printed() == 1 && m.damage() == Marker.Damage.NONE
                            && (m.style() == NumberingStyle.CHINESE_DUN || m.style() == NumberingStyle.CHAPTER)) {
                        t.add(m.start());
                    }
                }
            }
            i = lineEnd + 1;
        }
        headings = Headings.find(text, marks);
        for (int h : headings) {
            t.add(h);       // a list before the first unnumbered heading is preamble, as before the first 一、
        }
        tops = t.stream().mapToInt(Integer::intValue).sorted().toArray();
        boundaries = b.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether an unnumbered heading starts at {@code i}. */
    boolean heading(int i) {
        return Arrays.binarySearch(headings, i) >= 0;
    }

    /** Whether a top heading opens a line after {@code at} in the same plan region. */
    boolean topAhead(int at) {
        int k = Arrays.binarySearch(tops, at + 1);
        int next = k >= 0 ? k : -k - 1;
        if (next >= tops.length) {
            return false;
        }
        int b = Arrays.binarySearch(boundaries, at + 1);
        int nextBoundary = b >= 0 ? b : -b - 1;
        return nextBoundary >= boundaries.length || boundaries[nextBoundary] > tops[next];
    }
}
