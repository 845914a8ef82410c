package org.plandoc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.plandoc.core.ParseResult;
import org.plandoc.formats.Formats;
import org.plandoc.parser.PlanParser;
import org.plandoc.seeds.RealDocument;
import org.plandoc.seeds.Seeds;

/**
 * The robustness benchmark: every real-world document with a hand-written
 * expectation (as {@link Accuracy} scores them), damaged in each way of
 * {@link Damage}, parsed and scored against the same expectation; prints per
 * damage how many documents are fully right.
 * {@code java -cp bench/target/benchmarks.jar org.plandoc.bench.Robustness}
 * ({@code -v} also lists what is wrong in each document, {@code -v one_line}
 * for one damage only; {@code --salt 1} draws other wrap widths, page lengths and
 * sites; {@code --write dir} writes every damaged copy to {@code dir/<damage>/}).
 *
 * <p>Word files and web pages are damaged as the text of their paragraphs, one
 * a line, read by the formats module: a damaged copy is text, whatever the
 * original was. A page's publication date is not expected then, as it comes
 * from the page's markup, not from its paragraphs.
 */
public final class Robustness {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Formats FORMATS = Formats.builder().build();
    private static final PlanParser PARSER = PlanParser.builder().build();

    private Robustness() {
    }

    public static void main(String[] args) {
        List<String> a = List.of(args);
        boolean verbose = a.contains("-v");
        Damage only = null;
        for (int k = 0; k < args.length; k++) {
            boolean value = k > 0 && (args[k - 1].equals("--write") || args[k - 1].equals("--salt"));
            if (!args[k].startsWith("-") && !value) {
                only = Damage.valueOf(args[k].toUpperCase(Locale.ROOT));
            }
        }
        int w = a.indexOf("--write");
        if (w >= 0) {
            write(Path.of(args[w + 1]));
        }
        int s = a.indexOf("--salt");
        long salt = s >= 0 ? Long.parseLong(args[s + 1]) : 0;
        Map<Damage, List<OutlineScore>> scores = score(salt);
        if (verbose) {
            for (Map.Entry<Damage, List<OutlineScore>> e : scores.entrySet()) {
                if (only != null && only != e.getKey()) {
                    continue;
                }
                System.out.println("## " + e.getKey().label() + ": " + e.getKey().description());
                for (OutlineScore score : e.getValue()) {
                    if (!score.fullyRight()) {
                        System.out.println(score.document());
                        score.problems().forEach(p -> System.out.println("    " + p));
                    }
                }
                System.out.println();
            }
        }
        System.out.println(table(scores));
    }

    /** Writes every damaged copy, in the encoding it is parsed in, so that it can be read or fed to {@code plandoc}. */
    static void write(Path dir) {
        List<Document> docs = documents();
        try {
            for (Damage damage : Damage.values()) {
                Path d = Files.createDirectories(dir.resolve(damage.name().toLowerCase(Locale.ROOT)));
                for (int k = 0; k < docs.size(); k++) {
                    Document doc = docs.get(k);
                    String text = damage.apply(doc.text(), docs.get((k + 1) % docs.size()).text(), doc.title(),
                        seed(doc, 0));
                    Files.write(d.resolve(doc.path().replace('/', '_') + ".txt"), text.getBytes(damage.charset()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document under every damage, with the random choices of salt 0. */
    public static Map<Damage, List<OutlineScore>> score() {
        return score(0);
    }

    /** Every document under every damage; another {@code salt} draws other widths, page lengths and sites. */
    public static Map<Damage, List<OutlineScore>> score(long salt) {
        List<Document> docs = documents();
        Map<Damage, List<OutlineScore>> out = new EnumMap<>(Damage.class);
        for (Damage damage : Damage.values()) {
            out.put(damage, score(damage, docs, salt));
        }
        return out;
    }

    /** Every document of {@code docs} under {@code damage}; each is followed on its page by the next (the last by the first). */
    static List<OutlineScore> score(Damage damage, List<Document> docs, long salt) {
        List<OutlineScore> out = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            Document doc = docs.get(k);
            Document next = docs.get((k + 1) % docs.size());
            String text = damage.apply(doc.text(), next.text(), doc.title(), seed(doc, salt));
            // as bytes: the parser decodes them as it does a file, so the GBK copy tests its detection
            ParseResult result = PARSER.parse(text.getBytes(damage.charset()));
            out.add(OutlineScore.of(doc.path(), write(expected(damage, doc, next)), result, damage.reading()));
        }
        return out;
    }

    /** The document's own seed: a document is damaged the same way whatever the other documents are. */
    private static long seed(Document doc, long salt) {
        return doc.path().hashCode() + salt * 7919;
    }

    /** What the damaged copy should give: the document's expectation, changed where the damage changes it. */
    static ObjectNode expected(Damage damage, Document doc, Document next) {
        ObjectNode e = doc.expected().deepCopy();
        if (damage == Damage.SEVERAL) {
            // both plans; and a line that is debris in one document but text in the other cannot be expected out
            e.withArray("plans").addAll(next.expected().withArray("plans").deepCopy());
            ArrayNode debris = JsonNodeFactory.instance.arrayNode();
            doc.expected().withArray("debris").forEach(d -> {
                if (!OutlineScore.squeeze(next.text()).contains(OutlineScore.squeeze(d.asText()))) {
                    debris.add(d);
                }
            });
            next.expected().withArray("debris").forEach(d -> {
                if (!OutlineScore.squeeze(doc.text()).contains(OutlineScore.squeeze(d.asText()))) {
                    debris.add(d);
                }
            });
            e.set("debris", debris);
        }
        if (damage == Damage.WEB_PAGE) {
            // the chrome of every site: the lines of the others are in no document, so they stay out trivially
            ArrayNode debris = e.withArray("debris");
            Damage.chrome().forEach(debris::add);
        }
        return (ObjectNode) mapText(e, damage.expectedText());
    }

    /** {@code node} with {@code f} applied to every string in it (not to field names). */
    private static JsonNode mapText(JsonNode node, UnaryOperator<String> f) {
        if (node.isTextual()) {
            return TextNode.valueOf(f.apply(node.asText()));
        }
        if (node.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            node.forEach(c -> a.add(mapText(c, f)));
            return a;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            o.set(field.getKey(), mapText(field.getValue(), f));
        }
        return o;
    }

    /** The real-world documents with an expectation, as text: Word files and web pages as their paragraphs. */
    static List<Document> documents() {
        List<Document> out = new ArrayList<>();
        for (RealDocument doc : Seeds.realworld()) {
            if (doc.expected() == null) {
                continue;
            }
            ObjectNode expected = read(doc.expected());
            String text;
            if (doc.format().equals("text")) {
                text = doc.text();
            } else {
                StringBuilder b = new StringBuilder();
                FORMATS.read(doc.bytes(), doc.name()).paragraphs().forEach(p -> b.append(p.text()).append('\n'));
                text = b.toString();
            }
            if (doc.format().equals("html")) {
                // the formats module reads a page's publication date from its markup (发布日期 table, PubDate meta), not from the paragraphs
                expected.withArray("plans").forEach(p -> {
                    if (p.path("metadata") instanceof ObjectNode m) {
                        m.remove("published");
                    }
                });
            }
            out.add(new Document(doc.path(), text, expected));
        }
        return out;
    }

    /** Per damage, documents fully right and the totals of the measures, as a Markdown table. */
    public static String table(Map<Damage, List<OutlineScore>> scores) {
        StringBuilder b = new StringBuilder();
        b.append("| damage | fully right | numbered nodes found | spurious | titles right | level-1 headings right "
            + "| item titles right |\n");
        b.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Map.Entry<Damage, List<OutlineScore>> e : scores.entrySet()) {
            List<OutlineScore> l = e.getValue();
            int[] n = Accuracy.nodes(l);
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %s |%n", e.getKey().label(),
                share(Accuracy.count(l, OutlineScore::fullyRight), l.size()), share(n[1], n[0]), n[2],
                share(Accuracy.sum(l, s -> s.titlesRight), Accuracy.sum(l, s -> s.titles)),
                share(Accuracy.sum(l, s -> s.headingsRight), Accuracy.sum(l, s -> s.headings)),
                share(Accuracy.sum(l, s -> s.itemsRight), Accuracy.sum(l, s -> s.items))));
        }
        return b.toString();
    }

    private static String share(int right, int total) {
        return total == 0 ? "—" : String.format(Locale.ROOT, "%d/%d", right, total);
    }

    private static ObjectNode read(String yaml) {
        try {
            return (ObjectNode) YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real-world document as text, with its expectation. */
    record Document(String path, String text, ObjectNode expected) {

        /** The first plan's title, or empty. */
        String title() {
            JsonNode plans = expected.path("plans");
            return plans.isEmpty() ? "" : plans.get(0).path("title").asText("");
        }
    }
}
