package org.plandoc.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plandoc.core.Item;
import org.plandoc.core.ItemEntry;
import org.plandoc.core.Plan;
import org.plandoc.core.Target;
import org.plandoc.core.diff.ItemMatch;
import org.plandoc.core.diff.PlanChanges;
import org.plandoc.core.diff.TargetChange;
import org.plandoc.seeds.RealDocument;
import org.plandoc.seeds.Seeds;

/**
 * How a {@link PlanChanges} compares with the changes written by hand for a pair of real
 * reports ({@code realworld/diff/*.tsv}, format in the README there): item alignment precision
 * and recall, target changes found, unchanged targets left alone, new and dropped tasks found.
 */
public final class DiffScore {

    /** The hand-checked pairs, by file name under {@code realworld/diff/}. */
    public static final List<String> PAIRS = List.of("zhejiang", "chongqing", "shandong");

    /** One hand-checked pair: the two plans and the rows written for them. */
    public record Pair(String name, Plan before, Plan after, List<String[]> rows) {
    }

    public final String name;
    /** Alignment: rows with a counterpart, and how many of those were paired right. */
    public int alignExpected;
    public int alignFound;
    /** Alignment: pairs made that the rows judge, and how many of them are right. */
    public int predicted;
    public int predictedRight;
    public int targetRows;
    public int targetsRight;
    public int unchangedRows;
    public int unchangedQuiet;
    public int taskRows;
    public int tasksRight;
    private final List<String> problems = new ArrayList<>();

    private DiffScore(String name) {
        this.name = name;
    }

    /** Every hand-checked pair, read as plandoc reads it (.docx through the formats module), first plan of each. */
    public static List<Pair> pairs() {
        List<Pair> out = new ArrayList<>();
        for (String name : PAIRS) {
            List<String[]> rows = new ArrayList<>();
            for (String line : Seeds.text("realworld/diff/" + name + ".tsv").split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            out.add(new Pair(name, plan(field(rows, "old-file")), plan(field(rows, "new-file")), List.copyOf(rows)));
        }
        return out;
    }

    private static String field(List<String[]> rows, String kind) {
        return rows.stream().filter(r -> r[0].equals(kind)).findFirst().orElseThrow()[1];
    }

    private static Plan plan(String path) {
        RealDocument doc = Seeds.realworld().stream().filter(d -> d.path().equals(path)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no real-world document " + path));
        return Accuracy.parse(doc).plans().get(0);
    }

    /** Scores {@code changes} (of {@code pair.before} against {@code pair.after}) against the pair's rows. */
    public static DiffScore of(Pair pair, PlanChanges changes) {
        DiffScore s = new DiffScore(pair.name());
        List<ItemEntry> olds = pair.before().items().toList();
        List<ItemEntry> news = pair.after().items().toList();
        List<ItemEntry> judged = new ArrayList<>();
        for (String[] r : pair.rows()) {
            switch (r[0]) {
                case "align" -> s.align(r, olds, changes, judged);
                case "target" -> s.target(r, changes);
                case "unchanged" -> s.unchanged(r, changes);
                case "new" -> s.task(r, news, changes.addedItems(), "new");
                case "dropped" -> s.task(r, olds, changes.removedItems(), "dropped");
                default -> {
                }
            }
        }
        // a task written as new that was paired with an old item nobody judged: a wrong pair too
        for (String[] r : pair.rows()) {
            if (r[0].equals("new")) {
                find(news, r[1]).flatMap(n -> partnerOf(changes, n, false))
                    .filter(o -> judged.stream().noneMatch(j -> j.item() == o.item()))
                    .ifPresent(o -> {
                        s.predicted++;
                        s.problems.add("new task " + r[1] + " paired with " + o);
                    });
            }
        }
        return s;
    }

    private void align(String[] r, List<ItemEntry> olds, PlanChanges changes, List<ItemEntry> judged) {
        List<String> accepted = Arrays.asList(r[2].split("\\|"));
        boolean none = accepted.contains("-");
        if (!none) {
            alignExpected++;
        }
        Optional<ItemEntry> old = find(olds, r[1]);
        if (old.isEmpty()) {
            problems.add("no old item " + r[1]);
            return;
        }
        judged.add(old.get());
        Optional<ItemEntry> partner = partnerOf(changes, old.get(), true);
        if (partner.isEmpty()) {
            if (!none) {
                problems.add("not paired: " + r[1] + " (expected " + r[2] + ")");
            }
            return;
        }
        predicted++;
        String heading = heading(partner.get().item());
        if (accepted.stream().anyMatch(a -> !a.equals("-") && heading.startsWith(a))) {
            predictedRight++;
            if (!none) {
                alignFound++;
            }
        } else {
            problems.add("wrong pair: " + r[1] + " → " + heading + " (expected " + r[2] + ")");
        }
    }

    private void target(String[] r, PlanChanges changes) {
        targetRows++;
        String words = r[1];
        String oldValue = r[2];
        String newValue = r[3];
        String direction = r[4];
        String comparator = r.length > 5 ? r[5] : "";
        boolean ok = changes.targets().stream().anyMatch(t -> switch (direction) {
            case "added" -> t.kind() == TargetChange.Kind.ADDED && says(t.after(), words, newValue);
            case "dropped" -> t.kind() == TargetChange.Kind.DROPPED && says(t.before(), words, oldValue);
            default -> t.kind() == TargetChange.Kind.CHANGED && says(t.before(), words, oldValue)
                && says(t.after(), words, newValue) && t.direction().id().equals(direction)
                && (comparator.isEmpty() ? !t.comparatorChanged()
                    : (t.before().comparator().id() + " → " + t.after().comparator().id()).equals(comparator));
        });
        if (ok) {
            targetsRight++;
        } else {
            problems.add("target " + String.join(" ", Arrays.copyOfRange(r, 1, r.length)) + ": not reported so");
        }
    }

    private void unchanged(String[] r, PlanChanges changes) {
        unchangedRows++;
        List<TargetChange> said = changes.targets().stream()
            .filter(t -> t.before() != null && says(t.before(), r[1], r[2]) || t.after() != null && says(t.after(), r[1], r[3]))
            .toList();
        if (said.isEmpty()) {
            unchangedQuiet++;
        } else {
            problems.add("unchanged target " + r[1] + " reported: " + said.get(0).kind().id() + " "
                + (said.get(0).before() == null ? "" : said.get(0).before().text()) + " → "
                + (said.get(0).after() == null ? "" : said.get(0).after().text()));
        }
    }

    private void task(String[] r, List<ItemEntry> all, List<ItemEntry> reported, String kind) {
        taskRows++;
        Optional<ItemEntry> e = find(all, r[1]);
        if (e.isPresent() && reported.stream().anyMatch(x -> x.item() == e.get().item())) {
            tasksRight++;
        } else {
            problems.add(kind + " task " + r[1] + (e.isEmpty() ? ": no such item" : ": not reported " + kind));
        }
    }

    private static boolean says(Target t, String words, String value) {
        return (t.text().contains(words) || t.indicator().contains(words)) && t.text().contains(value);
    }

    private static Optional<ItemEntry> find(List<ItemEntry> entries, String start) {
        return entries.stream().filter(e -> heading(e.item()).startsWith(start)).findFirst();
    }

    private static Optional<ItemEntry> partnerOf(PlanChanges changes, ItemEntry e, boolean old) {
        for (ItemMatch m : changes.items()) {
            if ((old ? m.before() : m.after()).item() == e.item()) {
                return Optional.of(old ? m.after() : m.before());
            }
        }
        return Optional.empty();
    }

    private static String heading(Item item) {
        return item.title().isEmpty() ? item.text() : item.title();
    }

    /** What the rows say that the changes do not, one line each. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) predictedRight / predicted;
    }

    public double recall() {
        return alignExpected == 0 ? 0 : (double) alignFound / alignExpected;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-10s alignment %2d/%2d right (precision %.2f), %2d/%2d found (recall %.2f); "
            + "targets %2d/%2d; unchanged %d/%d; new or dropped tasks %d/%d", name, predictedRight, predicted,
            precision(), alignFound, alignExpected, recall(), targetsRight, targetRows, unchangedQuiet, unchangedRows,
            tasksRight, taskRows);
    }
}
