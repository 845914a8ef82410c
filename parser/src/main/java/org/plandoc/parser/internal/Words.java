package org.plandoc.parser.internal;

/**
 * A {@link Vocabulary} list indexed by its words' first and last chars, so a
 * look-up at a position compares only the few words that can match there
 * instead of every word of the list (the target reader looks up units, verbs
 * and leads at every number: this was a fifth of the parse). Each look-up
 * answers as the plain loop over the list did, in the same order: the first
 * word of the list, or the longest and then the first.
 */
final class Words {

    static final Words UNITS = new Words(Vocabulary.UNITS);
    static final Words NOT_UNITS = new Words(Vocabulary.NOT_UNITS);
    static final Words MULTIPLIERS = new Words(Vocabulary.MULTIPLIERS);
    static final Words LOOSE_COUNT = new Words(Vocabulary.LOOSE_COUNT);
    static final Words FIXED = new Words(Vocabulary.FIXED);
    static final Words PREDICATES = new Words(Vocabulary.PREDICATES);
    static final Words VERBS = new Words(Vocabulary.VERBS);
    static final Words LEADS = new Words(Vocabulary.LEADS);
    static final Words PREPOSITIONS = new Words(Vocabulary.PREPOSITIONS);

    /** Buckets by the low bits of a char: Han chars spread well over them. */
    private static final int MASK = 127;

    private final String[][] byFirst = new String[MASK + 1][];
    private final String[][] byLast = new String[MASK + 1][];
    /** The chars words start with, and those they end with, one bit each. */
    private final long[] starts = new long[1 << 10];
    private final long[] ends = new long[1 << 10];

    Words(String... words) {
        for (String w : words) {
            add(byFirst, w.charAt(0), w);
            starts[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
            char last = w.charAt(w.length() - 1);
            ends[last >>> 6] |= 1L << last;
            add(byLast, w.charAt(w.length() - 1), w);
        }
    }

    private static void add(String[][] buckets, char c, String w) {
        String[] b = buckets[c & MASK];
        String[] n = b == null ? new String[1] : java.util.Arrays.copyOf(b, b.length + 1);
        n[n.length - 1] = w;
        buckets[c & MASK] = n;
    }

    /** The first word of the list that stands at {@code i} of {@code t} and ends by {@code to}, or null. */
    String first(CharSequence t, int i, int to) {
        if (i >= to) {
            return null;
        }
        String[] b = startingWith(t.charAt(i));
        if (b != null) {
            for (String w : b) {
                if (at(t, i, to, w)) {
                    return w;
                }
            }
        }
        return null;
    }

    /**
     * The words that may start with {@code c} (those that do, and others of its
     * bucket), or null when none does: for a caller that reads every word at a place.
     */
    String[] startingWith(char c) {
        return (starts[c >>> 6] & (1L << c)) == 0 ? null : byFirst[c & MASK];
    }

    /** Whether a word of the list ends with {@code c}: where none does, no look-up is needed. */
    boolean mayEndWith(char c) {
        return (ends[c >>> 6] & (1L << c)) != 0;
    }

    /** Whether a word of the list ends just before {@code i} of {@code t}, starting at {@code from} or after. */
    boolean endingAt(CharSequence t, int from, int i) {
        if (i <= from) {
            return false;
        }
        char c = t.charAt(i - 1);
        if (!mayEndWith(c)) {
            return false;
        }
        for (String w : byLast[c & MASK]) {
            if (at(t, i - w.length(), i, w) && i - w.length() >= from) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w} stands at {@code i} of {@code t} and ends by {@code to}. */
    static boolean at(CharSequence t, int i, int to, String w) {
        if (i < 0 || i + w.length() > to) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (t.charAt(i + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The longest word (the first of the longest) that {@code s} has at {@code from}, or null. */
    String longestAt(String s, int from) {
        if (from >= s.length()) {
            return null;
        }
        char c = s.charAt(from);
        String[] b = startingWith(c);
        String best = null;
        if (b != null) {
            for (String w : b) {
                if (w.charAt(0) == c && s.startsWith(w, from) && (best == null || w.length() > best.length())) {
                    best = w;
                }
            }
        }
        return best;
    }

    /** The longest word (the first of the longest) that {@code s} ends with, or null. */
    String longestEnding(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char c = s.charAt(s.length() - 1);
        if (!mayEndWith(c)) {
            return null;
        }
        String[] b = byLast[c & MASK];
        String best = null;
        if (b != null) {
            for (String w : b) {
                if (w.charAt(w.length() - 1) == c && s.endsWith(w) && (best == null || w.length() > best.length())) {
                    best = w;
                }
            }
        }
        return best;
    }

    /** Whether {@code s} starts with a word of the list. */
    boolean starts(String s) {
        return longestAt(s, 0) != null;
    }
}
