package org.plandoc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plandoc.core.diff.PlanDiff;
import org.plandoc.core.diff.Similarity;

/**
 * Measures {@code plandoc diff} against the changes written by hand for pairs of real reports
 * ({@code realworld/diff/}): precision and recall of the item alignment for each candidate
 * similarity and threshold, then the default's target and task scores.
 * {@code java -cp bench/target/benchmarks.jar org.plandoc.bench.DiffAccuracy} ({@code -v} lists what is wrong).
 */
public final class DiffAccuracy {

    /** The candidates measured: a similarity, the thresholds tried, and how much item text counts beside the title. */
    record Candidate(Similarity similarity, double threshold, int textLength) {
        PlanDiff diff() {
            return PlanDiff.builder().similarity(similarity).threshold(threshold).textLength(textLength).build();
        }
    }

    static final List<Candidate> CANDIDATES = candidates();

    private DiffAccuracy() {
    }

    /**
     * Each similarity at thresholds around its best, comparing the title alone, the title and the
     * start of the text, and the title and the whole text.
     */
    private static List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>();
        for (int textLength : new int[] {0, 200, Integer.MAX_VALUE}) {
            for (double t : new double[] {0.05, 0.08, 0.1, 0.15}) {
                out.add(new Candidate(Similarity.TF_IDF, t, textLength));
            }
            for (double t : new double[] {0.15, 0.2, 0.25, 0.3}) {
                out.add(new Candidate(Similarity.DICE, t, textLength));
            }
            for (double t : new double[] {0.3, 0.4, 0.5}) {
                out.add(new Candidate(Similarity.COSINE, t, textLength));
            }
            for (double t : new double[] {0.6, 0.7, 0.8}) {
                out.add(new Candidate(Similarity.JARO_WINKLER, t, textLength));
            }
        }
        return out;
    }

    public static void main(String[] args) {
        boolean verbose = List.of(args).contains("-v");
        List<DiffScore.Pair> pairs = DiffScore.pairs();
        System.out.println(table(pairs, CANDIDATES));
        for (DiffScore.Pair p : pairs) {
            DiffScore s = DiffScore.of(p, PlanDiff.builder().build().compare(p.before(), p.after()));
            System.out.println(s);
            if (verbose) {
                s.problems().forEach(x -> System.out.println("    " + x));
            }
        }
    }

    /** The alignment's precision and recall over all pairs, per candidate, as a Markdown table. */
    static String table(List<DiffScore.Pair> pairs, List<Candidate> candidates) {
        StringBuilder b = new StringBuilder("| similarity | compared | threshold | pairs judged | right | precision | recall |\n"
            + "| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Candidate c : candidates) {
            List<DiffScore> scores = score(pairs, c.diff());
            int predicted = scores.stream().mapToInt(s -> s.predicted).sum();
            int right = scores.stream().mapToInt(s -> s.predictedRight).sum();
            int expected = scores.stream().mapToInt(s -> s.alignExpected).sum();
            int found = scores.stream().mapToInt(s -> s.alignFound).sum();
            b.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %d | %d | %.2f | %.2f |%n", c.similarity().id(),
                c.textLength() == 0 ? "title" : c.textLength() == Integer.MAX_VALUE ? "title + text"
                : "title + " + c.textLength() + " chars", c.threshold(), predicted, right,
                predicted == 0 ? 0.0 : (double) right / predicted, expected == 0 ? 0.0 : (double) found / expected));
        }
        return b.toString();
    }

    static List<DiffScore> score(List<DiffScore.Pair> pairs, PlanDiff diff) {
        List<DiffScore> out = new ArrayList<>();
        for (DiffScore.Pair p : pairs) {
            out.add(DiffScore.of(p, diff.compare(p.before(), p.after())));
        }
        return out;
    }
}
