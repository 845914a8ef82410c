package org.plandoc.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.plandoc.core.Item;
import org.plandoc.core.ItemEntry;
import org.plandoc.core.Node;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;

/**
 * Compares two plans — typically last year's and this year's — and says what changed.
 *
 * <pre>{@code
 * PlanDiff diff = PlanDiff.builder().build();                 // immutable, thread-safe: build once
 * PlanChanges changes = diff.compare(lastYear, thisYear);
 * changes.addedItems().forEach(e -> System.out.println("+ " + e.item().title()));
 * changes.targets().forEach(t -> System.out.println(t.kind() + " " + t.direction()));
 * }</pre>
 *
 * <p>Numbers change from year to year, so nothing is paired by number. Items (at any depth)
 * are paired by content: their title and the start of their text, compared by a
 * {@link Similarity}, each pair at least {@link Builder#threshold(double) threshold} alike,
 * one to one, best pair first (by default: TF-IDF weighted
 * character bigrams of the title and the whole text, at least 0.1 alike). Sections are then paired by the items they share (or by their
 * own words, when that scores higher). Targets are paired by indicator and unit
 * ({@link TargetChange}). Cost: one score per pair of items, so it grows with the product of the
 * two plans' item counts (20 ms for two provincial reports of 70,000 characters and 30–40 items).
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanDiff {

    /** The default similarity, {@link Similarity#TF_IDF}: the best of four measured (README, "plandoc diff"). */
    public static final Similarity DEFAULT_SIMILARITY = Similarity.TF_IDF;
    /** The default threshold, measured with the default similarity (README, "plandoc diff"). */
    public static final double DEFAULT_THRESHOLD = 0.1;
    /** How many characters of an item's text count beside its title, by default: all of them (measured best). */
    public static final int DEFAULT_TEXT_LENGTH = Integer.MAX_VALUE;

    private final Similarity similarity;
    private final double threshold;
    private final int textLength;
    private final boolean allTargets;

    private PlanDiff(Builder b) {
        this.similarity = b.similarity;
        this.threshold = b.threshold;
        this.textLength = b.textLength;
        this.allTargets = b.allTargets;
    }

    /** A builder with the defaults (see its setters). */
    public static Builder builder() {
        return new Builder();
    }

    /** What changed from {@code before} to {@code after}. */
    public PlanChanges compare(Plan before, Plan after) {
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        List<ItemEntry> olds = before.items().toList();
        List<ItemEntry> news = after.items().toList();
        List<Assignment.Pair> itemPairs = pairItems(olds, news);

        List<Assignment.Pair> sectionPairs = pairSections(before.sections(), after.sections(), olds, news, itemPairs);
        Map<Node, Node> counterpart = new IdentityHashMap<>();
        for (Assignment.Pair p : sectionPairs) {
            counterpart.put(before.sections().get(p.i()), after.sections().get(p.j()));
        }
        for (Assignment.Pair p : itemPairs) {
            counterpart.put(olds.get(p.i()).item(), news.get(p.j()).item());
        }

        List<SectionMatch> sections = new ArrayList<>();
        boolean[] sectionsInOrder = Assignment.increasing(oldOrder(sectionPairs));
        for (int k = 0; k < sectionPairs.size(); k++) {
            Assignment.Pair p = sectionPairs.get(k);
            sections.add(new SectionMatch(before.sections().get(p.i()), after.sections().get(p.j()), p.score(),
                !sectionsInOrder[k]));
        }
        return new PlanChanges(before, after, sections,
            unpaired(after.sections(), sectionPairs, false), unpaired(before.sections(), sectionPairs, true),
            matchItems(olds, news, itemPairs, counterpart),
            unpaired(news, itemPairs, false), unpaired(olds, itemPairs, true),
            new TargetPairing(allTargets).changes(before, after));
    }

    private List<Assignment.Pair> pairItems(List<ItemEntry> olds, List<ItemEntry> news) {
        List<Similarity.Text> a = olds.stream().map(e -> Similarity.Text.of(content(e.item()))).toList();
        List<Similarity.Text> b = news.stream().map(e -> Similarity.Text.of(content(e.item()))).toList();
        if (similarity == Similarity.TF_IDF) {
            Weighted.Vector[][] v = Weighted.of(a, b);
            return Assignment.greedy(a.size(), b.size(), threshold, (i, j) -> Weighted.cosine(v[0][i], v[1][j]));
        }
        return Assignment.greedy(a.size(), b.size(), threshold, (i, j) -> similarity.score(a.get(i), b.get(j)));
    }

    /**
     * Pairs sections by the share of their items that were paired with each other (Dice over
     * items), or by their title and first paragraph where that scores higher (a section of body only).
     */
    private List<Assignment.Pair> pairSections(List<Section> olds, List<Section> news, List<ItemEntry> oldItems,
                                               List<ItemEntry> newItems, List<Assignment.Pair> itemPairs) {
        Map<Section, Integer> oldIndex = indexOf(olds);
        Map<Section, Integer> newIndex = indexOf(news);
        int[] oldCount = new int[olds.size()];
        int[] newCount = new int[news.size()];
        oldItems.forEach(e -> oldCount[oldIndex.get(e.section())]++);
        newItems.forEach(e -> newCount[newIndex.get(e.section())]++);
        int[][] shared = new int[olds.size()][news.size()];
        for (Assignment.Pair p : itemPairs) {
            shared[oldIndex.get(oldItems.get(p.i()).section())][newIndex.get(newItems.get(p.j()).section())]++;
        }
        Similarity.Text[] a = olds.stream().map(s -> Similarity.Text.of(own(s))).toArray(Similarity.Text[]::new);
        Similarity.Text[] b = news.stream().map(s -> Similarity.Text.of(own(s))).toArray(Similarity.Text[]::new);
        return Assignment.greedy(olds.size(), news.size(), threshold, (i, j) -> {
            double byItems = oldCount[i] + newCount[j] == 0 ? 0 : 2.0 * shared[i][j] / (oldCount[i] + newCount[j]);
            return Math.max(byItems, similarity.score(a[i], b[j]));
        });
    }

    private List<ItemMatch> matchItems(List<ItemEntry> olds, List<ItemEntry> news, List<Assignment.Pair> pairs,
                                       Map<Node, Node> counterpart) {
        ItemMatch.Move[] moves = new ItemMatch.Move[pairs.size()];
        // pairs that kept their parent, grouped by the new parent, to find the ones out of order
        Map<Node, List<Integer>> siblings = new IdentityHashMap<>();
        for (int k = 0; k < pairs.size(); k++) {
            ItemEntry o = olds.get(pairs.get(k).i());
            ItemEntry n = news.get(pairs.get(k).j());
            if (counterpart.get(o.section()) != n.section()) {
                moves[k] = ItemMatch.Move.SECTION;
            } else if (counterpart.get(o.parent()) != n.parent()) {
                moves[k] = ItemMatch.Move.PARENT;
            } else {
                siblings.computeIfAbsent(n.parent(), x -> new ArrayList<>()).add(k);
            }
        }
        for (List<Integer> group : siblings.values()) {
            group.sort((x, y) -> Integer.compare(pairs.get(x).i(), pairs.get(y).i()));
            int[] newOrder = group.stream().mapToInt(k -> pairs.get(k).j()).toArray();
            boolean[] inOrder = Assignment.increasing(newOrder);
            for (int g = 0; g < group.size(); g++) {
                moves[group.get(g)] = inOrder[g] ? ItemMatch.Move.NONE : ItemMatch.Move.ORDER;
            }
        }
        List<ItemMatch> out = new ArrayList<>(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            Assignment.Pair p = pairs.get(k);
            out.add(new ItemMatch(olds.get(p.i()), news.get(p.j()), p.score(), moves[k]));
        }
        return out;
    }

    /** The new positions of the pairs, listed in the old order. */
    private static int[] oldOrder(List<Assignment.Pair> pairs) {
        return pairs.stream().sorted((x, y) -> Integer.compare(x.i(), y.i())).mapToInt(Assignment.Pair::j).toArray();
    }

    private static <T> List<T> unpaired(List<T> all, List<Assignment.Pair> pairs, boolean first) {
        boolean[] paired = new boolean[all.size()];
        pairs.forEach(p -> paired[first ? p.i() : p.j()] = true);
        List<T> out = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            if (!paired[k]) {
                out.add(all.get(k));
            }
        }
        return out;
    }

    private static Map<Section, Integer> indexOf(List<Section> sections) {
        Map<Section, Integer> index = new IdentityHashMap<>();
        for (int k = 0; k < sections.size(); k++) {
            index.put(sections.get(k), k);
        }
        return index;
    }

    /** What an item is compared by: its title and the start of its text. */
    private String content(Item item) {
        return clip(item.title(), item.text());
    }

    /** What a section is compared by when its items do not decide: its title and the start of its body. */
    private String own(Section section) {
        return clip(section.title(), String.join("", section.body()));
    }

    private String clip(String title, String text) {
        return text.length() <= textLength ? title + text : title + text.substring(0, textLength);
    }

    /** The words an item is known by: its title, or its text when it has none. */
    static String heading(Item item) {
        return item.title().isEmpty() ? item.text() : item.title();
    }

    /** Whether two titles differ in more than white space and punctuation. */
    static boolean reworded(String a, String b) {
        return !Similarity.Text.of(a).chars.equals(Similarity.Text.of(b).chars);
    }

    /**
     * Builds a {@link PlanDiff}. Not thread-safe.
     */
    public static final class Builder {
        private Similarity similarity = DEFAULT_SIMILARITY;
        private double threshold = DEFAULT_THRESHOLD;
        private int textLength = DEFAULT_TEXT_LENGTH;
        private boolean allTargets;

        private Builder() {
        }

        /** How items and sections are compared (default {@link #DEFAULT_SIMILARITY}). */
        public Builder similarity(Similarity similarity) {
            this.similarity = Objects.requireNonNull(similarity, "similarity must not be null");
            return this;
        }

        /**
         * How alike two items must be to be paired, in [0, 1] (default {@link #DEFAULT_THRESHOLD}).
         * Lower pairs more items, wrongly more often; higher reports more as added and removed.
         *
         * @throws IllegalArgumentException outside [0, 1]
         */
        public Builder threshold(double threshold) {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
            }
            this.threshold = threshold;
            return this;
        }

        /**
         * How many characters of an item's text are compared beside its title (default
         * {@link #DEFAULT_TEXT_LENGTH}, the whole text). Less is cheaper; on the measured reports the
         * whole text paired items far better than its first 200 characters (README, "plandoc diff").
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder textLength(int textLength) {
            if (textLength < 0) {
                throw new IllegalArgumentException("textLength must not be negative: " + textLength);
            }
            this.textLength = textLength;
            return this;
        }

        /**
         * Whether every quantity is compared, not only the plan's commitments (default {@code false}:
         * what was achieved last year is no target of this year's, see {@link org.plandoc.core.TargetKind}).
         */
        public Builder allTargets(boolean allTargets) {
            this.allTargets = allTargets;
            return this;
        }

        /** The diff. */
        public PlanDiff build() {
            return new PlanDiff(this);
        }
    }
}
