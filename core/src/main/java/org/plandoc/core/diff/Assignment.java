package org.plandoc.core.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one pairing of two lists by score: the best-scoring pair first, then the best of what
 * is left, down to a threshold. Greedy rather than optimal (Hungarian): on plans the best pair
 * of an item is nearly always mutual, and greedy is simple, deterministic and measured
 * (README, "plandoc diff").
 */
final class Assignment {

    /** Scores a pair: index into the first list, index into the second. */
    interface Scorer {
        double score(int i, int j);
    }

    /** A pair chosen: indices into both lists and its score. */
    record Pair(int i, int j, double score) {
    }

    private Assignment() {
    }

    /** The pairs chosen, in the order of the second list. Ties go to the earlier items, so the result is stable. */
    static List<Pair> greedy(int n, int m, double threshold, Scorer scorer) {
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = scorer.score(i, j);
                if (s >= threshold) {
                    candidates.add(new Pair(i, j, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::score).reversed()
            .thenComparingInt(Pair::i).thenComparingInt(Pair::j));
        boolean[] usedI = new boolean[n];
        boolean[] usedJ = new boolean[m];
        List<Pair> chosen = new ArrayList<>();
        for (Pair p : candidates) {
            if (!usedI[p.i()] && !usedJ[p.j()]) {
                usedI[p.i()] = true;
                usedJ[p.j()] = true;
                chosen.add(p);
            }
        }
        chosen.sort(Comparator.comparingInt(Pair::j));
        return chosen;
    }

    /**
     * Which entries of {@code sequence} lie on one longest increasing subsequence. Pairs listed in
     * the old order whose new positions increase stayed in order; the rest are the ones that moved
     * (swapping two neighbours moves one, not every item after them).
     */
    static boolean[] increasing(int[] sequence) {
        int n = sequence.length;
        int[] tails = new int[n];      // tails[k]: index of the smallest tail of an increasing run of length k+1
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sequence[tails[mid]] < sequence[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            length = Math.max(length, lo + 1);
        }
        boolean[] on = new boolean[n];
        Arrays.fill(on, false);
        for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
            on[k] = true;
        }
        return on;
    }
}
