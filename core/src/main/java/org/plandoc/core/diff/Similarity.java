package org.plandoc.core.diff;

import java.util.Arrays;
import java.util.Locale;

/**
 * How alike two texts are, from 0 (nothing shared) to 1 (the same). Chinese has no spaces
 * between words, so the measures work on characters: character bigrams (two characters in a
 * row) or the characters themselves. Punctuation and white space are left out first, so that
 * {@code 提振消费。} and {@code 提振消费；} are the same text.
 *
 * <pre>{@code
 * double s = Similarity.DICE.score("扩大有效投资", "着力扩大有效投资");   // 0.8
 * }</pre>
 */
public enum Similarity {
    /** Dice's coefficient over the multisets of character bigrams: 2·shared ÷ (bigrams of a + bigrams of b). */
    DICE,
    /** The cosine of the two texts' bigram count vectors. */
    COSINE,
    /** Jaro–Winkler over the characters (order-sensitive; the common prefix counts extra). */
    JARO_WINKLER,
    /**
     * The cosine of TF-IDF weighted bigram vectors: bigrams that many items share weigh little.
     * The weights come from the items of the two plans {@link PlanDiff} compares; {@link #score(String, String)}
     * on its own has no such items, and is {@link #COSINE}.
     */
    TF_IDF;

    /** The similarity of {@code a} and {@code b}, in [0, 1]; 1 for two texts that are equal once cleaned. */
    public double score(String a, String b) {
        return score(Text.of(a), Text.of(b));
    }

    /** The kebab-case name used on the command line and in data ({@code jaro-winkler}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    double score(Text a, Text b) {
        if (a.chars.isEmpty() && b.chars.isEmpty()) {
            return 1;
        }
        if (a.chars.isEmpty() || b.chars.isEmpty()) {
            return 0;
        }
        switch (this) {
            case DICE:
                return 2.0 * shared(a.bigrams, b.bigrams) / (a.bigrams.length + b.bigrams.length);
            case COSINE:
            case TF_IDF:
                return cosine(a.bigrams, b.bigrams);
            default:
                return jaroWinkler(a.chars, b.chars);
        }
    }

    /** How many bigrams the two sorted arrays share, counting repeats (a multiset intersection). */
    private static int shared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    private static double cosine(int[] a, int[] b) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                int v = a[i];
                int ca = 0;
                int cb = 0;
                while (i < a.length && a[i] == v) {
                    ca++;
                    i++;
                }
                while (j < b.length && b[j] == v) {
                    cb++;
                    j++;
                }
                dot += (double) ca * cb;
            }
        }
        return dot == 0 ? 0 : Math.min(1, dot / Math.sqrt(squares(a) * squares(b)));
    }

    private static double squares(int[] sorted) {
        double sum = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            sum += (double) (j - i) * (j - i);
            i = j;
        }
        return sum;
    }

    private static double jaroWinkler(String s, String t) {
        int window = Math.max(0, Math.max(s.length(), t.length()) / 2 - 1);
        boolean[] sMatched = new boolean[s.length()];
        boolean[] tMatched = new boolean[t.length()];
        int matches = 0;
        for (int i = 0; i < s.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(t.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!tMatched[j] && s.charAt(i) == t.charAt(j)) {
                    sMatched[i] = true;
                    tMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transposed = 0;
        for (int i = 0, j = 0; i < s.length(); i++) {
            if (sMatched[i]) {
                while (!tMatched[j]) {
                    j++;
                }
                if (s.charAt(i) != t.charAt(j)) {
                    transposed++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / s.length() + m / t.length() + (m - transposed / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < 4 && prefix < s.length() && prefix < t.length() && s.charAt(prefix) == t.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** A text made ready for scoring once, so that scoring it against many others is cheap. */
    static final class Text {
        final String chars;
        final int[] bigrams;

        private Text(String chars) {
            this.chars = chars;
            int n = Math.max(0, chars.length() - 1);
            int[] grams = new int[chars.length() == 1 ? 1 : n];
            for (int i = 0; i < n; i++) {
                grams[i] = (chars.charAt(i) << 16) | chars.charAt(i + 1);
            }
            if (chars.length() == 1) {
                grams[0] = chars.charAt(0);   // one character: its own "bigram", so it can still match
            }
            Arrays.sort(grams);
            this.bigrams = grams;
        }

        /** Letters and digits only: punctuation, symbols and white space say nothing about content. */
        static Text of(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    b.append(c);
                }
            }
            return new Text(b.toString());
        }
    }
}
