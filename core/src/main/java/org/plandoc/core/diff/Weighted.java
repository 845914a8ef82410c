package org.plandoc.core.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of character bigrams over the items of two plans, for {@link Similarity#TF_IDF}:
 * a bigram every item uses (发展, 推进, 建设) says little about which item is which; a bigram few
 * items use (消费, 海洋, 养老) says much, so it weighs more.
 */
final class Weighted {

    /** A sparse vector: bigrams ascending, their weights, and its length. */
    record Vector(int[] keys, double[] weights, double norm) {
    }

    private Weighted() {
    }

    /** The vectors of {@code a} and of {@code b}, with document frequencies counted over both. */
    static Vector[][] of(List<Similarity.Text> a, List<Similarity.Text> b) {
        Map<Integer, Integer> df = new HashMap<>();
        a.forEach(t -> count(t, df));
        b.forEach(t -> count(t, df));
        int n = a.size() + b.size();
        return new Vector[][] {vectors(a, df, n), vectors(b, df, n)};
    }

    static double cosine(Vector x, Vector y) {
        if (x.norm() == 0 || y.norm() == 0) {
            return x.norm() == y.norm() ? 1 : 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < x.keys().length && j < y.keys().length) {
            if (x.keys()[i] < y.keys()[j]) {
                i++;
            } else if (x.keys()[i] > y.keys()[j]) {
                j++;
            } else {
                dot += x.weights()[i++] * y.weights()[j++];
            }
        }
        return Math.min(1, dot / (x.norm() * y.norm()));   // rounding can pass 1 by an ulp
    }

    private static void count(Similarity.Text t, Map<Integer, Integer> df) {
        int[] g = t.bigrams;
        for (int k = 0; k < g.length; k++) {
            if (k == 0 || g[k] != g[k - 1]) {
                df.merge(g[k], 1, Integer::sum);
            }
        }
    }

    private static Vector[] vectors(List<Similarity.Text> texts, Map<Integer, Integer> df, int n) {
        Vector[] out = new Vector[texts.size()];
        for (int t = 0; t < out.length; t++) {
            int[] g = texts.get(t).bigrams;
            int distinct = 0;
            for (int k = 0; k < g.length; k++) {
                if (k == 0 || g[k] != g[k - 1]) {
                    distinct++;
                }
            }
            int[] keys = new int[distinct];
            double[] weights = new double[distinct];
            double squares = 0;
            int d = -1;
            for (int k = 0; k < g.length; k++) {
                if (k == 0 || g[k] != g[k - 1]) {
                    d++;
                    keys[d] = g[k];
                }
                weights[d]++;
            }
            for (int k = 0; k < distinct; k++) {
                // log-scaled term frequency: a bigram repeated ten times is not ten times the evidence
                // smoothed inverse document frequency (never 0: a bigram in every item still counts a little)
                double w = (1 + Math.log(weights[k])) * (1 + Math.log((n + 1.0) / (df.get(keys[k]) + 1)));
                weights[k] = w;
                squares += w * w;
            }
            out[t] = new Vector(keys, weights, Math.sqrt(squares));
        }
        return out;
    }
}
