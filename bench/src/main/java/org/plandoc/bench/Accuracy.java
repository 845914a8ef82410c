package org.plandoc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.plandoc.core.ParseResult;
import org.plandoc.formats.Formats;
import org.plandoc.parser.PlanParser;
import org.plandoc.seeds.RealDocument;
import org.plandoc.seeds.Seeds;

/**
 * The accuracy benchmark: parses every real-world document that has a
 * hand-written expectation and prints, per document and in total, what is
 * right. {@code java -cp bench/target/benchmarks.jar org.plandoc.bench.Accuracy}
 * ({@code -v} also lists what is wrong in each document; {@code --plain} parses Word files and
 * web pages as the bare text of their paragraphs, without the marks the files give them).
 * Word files and web pages are read through the formats module, as {@code plandoc} reads them.
 */
public final class Accuracy {

    private Accuracy() {
    }

    public static void main(String[] args) {
        boolean verbose = List.of(args).contains("-v");
        // --plain: Word files and pages as their paragraphs' text alone, without marks (what the marks add)
        List<OutlineScore> scores = score(List.of(args).contains("--plain") ? Accuracy::parsePlain : Accuracy::parse);
        print(scores, verbose);
        System.out.println();
        List<TargetScore> targets = scoreTargets(Accuracy::parseText);
        for (TargetScore t : targets) {
            System.out.printf(Locale.ROOT, "%-36s commitments %3d: found %3d, spurious %3d (results or penalties %d), "
                + "indicator right %3d%n", shorten(t.document), t.annotated, t.found, t.spurious, t.pastOrPenalty,
                t.indicatorRight);
            if (verbose) {
                t.problems().forEach(p -> System.out.println("    " + p));
            }
        }
        System.out.println();
        System.out.println(targetTable(targets));
    }

    /** Scores the targets of every document with a target annotation that {@code reader} can read. */
    public static List<TargetScore> scoreTargets(Function<RealDocument, ParseResult> reader) {
        List<TargetScore> out = new ArrayList<>();
        for (RealDocument doc : Seeds.realworld()) {
            if (doc.targets() == null) {
                continue;
            }
            ParseResult result = reader.apply(doc);
            if (result != null) {
                out.add(TargetScore.of(doc.path(), doc.targets(), doc.text(), result));
            }
        }
        return out;
    }

    /** Commitment precision, recall and right indicators over {@code scores}, as a Markdown table. */
    public static String targetTable(List<TargetScore> scores) {
        int annotated = scores.stream().mapToInt(t -> t.annotated).sum();
        int found = scores.stream().mapToInt(t -> t.found).sum();
        int spurious = scores.stream().mapToInt(t -> t.spurious).sum();
        int wrongKind = scores.stream().mapToInt(t -> t.pastOrPenalty).sum();
        int indicator = scores.stream().mapToInt(t -> t.indicatorRight).sum();
        return String.format(Locale.ROOT, "| documents | commitments annotated | found | spurious | precision | recall "
            + "| right indicator | results or penalties as commitments |%n| --- | --- | --- | --- | --- | --- | --- | --- |%n"
            + "| %d | %d | %d | %d | %.2f | %.2f | %s | %d |%n", scores.size(), annotated, found, spurious,
            found + spurious == 0 ? 0.0 : (double) found / (found + spurious), annotated == 0 ? 0.0 : (double) found / annotated,
            share(indicator, found), wrongKind);
    }

    private static final Formats FORMATS = Formats.builder().build();

    /** The parse of a text document; null for the other formats. */
    static ParseResult parseText(RealDocument doc) {
        return doc.format().equals("text") ? PlanParser.builder().build().parse(doc.bytes()) : null;
    }

    /** The parse of a Word file or a web page, read by the formats module (detected by content); null for text. */
    static ParseResult parseFile(RealDocument doc) {
        return doc.format().equals("text") ? null : FORMATS.read(doc.bytes(), doc.name()).result();
    }

    /**
     * A Word file or page read by the formats module but parsed as the plain text of its
     * paragraphs, one a line, without their marks: set beside {@link #parseFile} it shows
     * what the marks change, and so whether a fault is the reader's text or the outline's use of marks.
     */
    static ParseResult parsePlain(RealDocument doc) {
        if (doc.format().equals("text")) {
            return parseText(doc);
        }
        StringBuilder text = new StringBuilder();
        FORMATS.read(doc.bytes(), doc.name()).paragraphs().forEach(p -> text.append(p.text()).append('\n'));
        return PlanParser.builder().build().parse(text.toString());
    }

    /** The parse of any document: text as text, Word files and web pages through the formats module. */
    static ParseResult parse(RealDocument doc) {
        return doc.format().equals("text") ? parseText(doc) : parseFile(doc);
    }

    /**
     * Scores every document with an expectation that {@code reader} can read
     * (it returns {@code null} for a format it does not read).
     */
    public static List<OutlineScore> score(Function<RealDocument, ParseResult> reader) {
        List<OutlineScore> out = new ArrayList<>();
        for (RealDocument doc : Seeds.realworld()) {
            if (doc.expected() == null) {
                continue;
            }
            ParseResult result = reader.apply(doc);
            if (result != null) {
                out.add(OutlineScore.of(doc.path(), doc.expected(), result));
            }
        }
        return out;
    }

    static void print(List<OutlineScore> scores, boolean verbose) {
        System.out.printf(Locale.ROOT, "%-36s %-11s %5s %6s %9s %9s %7s %7s %6s %6s %5s%n", "document", "kind", "plans",
            "titles", "headings", "nodes", "spur.", "items", "close", "debris", "right");
        for (OutlineScore s : scores) {
            int[] n = nodes(List.of(s));
            System.out.printf(Locale.ROOT, "%-36s %-11s %5s %6s %9s %9s %7d %7s %6s %6s %5s%n", shorten(s.document),
                s.kind, s.plansRight ? "ok" : "WRONG", s.titlesRight + "/" + s.titles, s.headingsRight + "/" + s.headings,
                n[1] + "/" + n[0], n[2], s.itemsRight + "/" + s.items, s.closingRight + "/" + s.closing,
                s.debrisOut + "/" + s.debris, s.fullyRight() ? "yes" : "no");
            if (verbose) {
                s.problems().forEach(p -> System.out.println("    " + p));
            }
        }
        System.out.println();
        System.out.println(table(scores));
    }

    /** The summary as a Markdown table: documents fully right by kind, and the totals of each measure. */
    public static String table(List<OutlineScore> scores) {
        Map<String, List<OutlineScore>> byKind = new TreeMap<>();
        for (OutlineScore s : scores) {
            byKind.computeIfAbsent(s.kind, k -> new ArrayList<>()).add(s);
        }
        byKind.put("all", scores);
        StringBuilder b = new StringBuilder();
        b.append("| documents | fully right | plans right | level-1 headings right | numbered nodes found | spurious "
            + "| item titles right | closing right | debris kept out | metadata right |\n");
        b.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Map.Entry<String, List<OutlineScore>> e : byKind.entrySet()) {
            List<OutlineScore> l = e.getValue();
            int[] n = nodes(l);
            b.append(String.format(Locale.ROOT, "| %s (%d) | %s | %s | %s | %s | %d | %s | %s | %s | %s |%n", e.getKey(),
                l.size(), share(count(l, OutlineScore::fullyRight), l.size()), share(count(l, s -> s.plansRight), l.size()),
                share(sum(l, s -> s.headingsRight), sum(l, s -> s.headings)), share(n[1], n[0]), n[2],
                share(sum(l, s -> s.itemsRight), sum(l, s -> s.items)), share(sum(l, s -> s.closingRight), sum(l, s -> s.closing)),
                share(sum(l, s -> s.debrisOut), sum(l, s -> s.debris)),
                share(sum(l, s -> s.metadataRight), sum(l, s -> s.metadata))));
        }
        return b.toString();
    }

    /** Expected, found and spurious numbered nodes over {@code scores}. */
    static int[] nodes(List<OutlineScore> scores) {
        int[] n = new int[3];
        for (OutlineScore s : scores) {
            for (int[] c : s.styles.values()) {
                n[0] += c[0];
                n[1] += c[1];
                n[2] += c[2];
            }
        }
        return n;
    }

    static int count(List<OutlineScore> l, java.util.function.Predicate<OutlineScore> p) {
        return (int) l.stream().filter(p).count();
    }

    static int sum(List<OutlineScore> l, java.util.function.ToIntFunction<OutlineScore> f) {
        return l.stream().mapToInt(f).sum();
    }

    private static String share(int right, int total) {
        return total == 0 ? "—" : String.format(Locale.ROOT, "%d/%d (%.0f%%)", right, total, 100.0 * right / total);
    }

    private static String shorten(String path) {
        String name = path.substring(path.indexOf('/') + 1);
        return name.length() <= 34 ? name : name.substring(0, 33) + "…";
    }
}
