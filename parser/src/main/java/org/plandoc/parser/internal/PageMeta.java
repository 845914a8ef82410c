package org.plandoc.parser.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A web page's 发布日期/信息来源 line, at a position of the logical text. */
record PageMeta(int at, LocalDate published, String source) {

    /**
     * The lines found by position: each plan looks up only the lines inside it, so a
     * page of many plans and many such lines costs no more than one pass over them.
     */
    static final class Index {

        private final List<PageMeta> lines;
        /** Indexes into {@link #lines}, ordered by position. */
        private final Integer[] byPosition;

        Index(List<PageMeta> lines) {
            this.lines = List.copyOf(lines);
            this.byPosition = new Integer[lines.size()];
            for (int i = 0; i < byPosition.length; i++) {
                byPosition[i] = i;
            }
            Arrays.sort(byPosition, Comparator.comparingInt(i -> this.lines.get(i).at()));
        }

        /**
         * The date and the source given by the lines at {@code from..to} (both inclusive):
         * of each, the one found first, as a plain scan of the lines in the order found would.
         */
        PageMeta first(int from, int to) {
            int lo = 0;
            int hi = byPosition.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (lines.get(byPosition[mid]).at() < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int published = Integer.MAX_VALUE;
            int source = Integer.MAX_VALUE;
            for (int k = lo; k < byPosition.length && lines.get(byPosition[k]).at() <= to; k++) {
                int i = byPosition[k];
                if (lines.get(i).published() != null && i < published) {
                    published = i;
                }
                if (lines.get(i).source() != null && i < source) {
                    source = i;
                }
            }
            return new PageMeta(from, published == Integer.MAX_VALUE ? null : lines.get(published).published(),
                source == Integer.MAX_VALUE ? null : lines.get(source).source());
        }
    }
}
