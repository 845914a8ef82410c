package org.plandoc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.plandoc.core.Item;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Section;

/**
 * How a parse of one document compares with its hand-written outline
 * expectation ({@code realworld/expected/*.yaml}, format in
 * {@code realworld/EXPECTATIONS.md}): plans, titles, level-1 headings, numbered
 * nodes by style, item titles, closing, debris and metadata. Every comparison
 * ignores blanks. {@link #problems()} says, in words, each thing that is wrong.
 */
public final class OutlineScore {

    /** How literally a parse is held to its expectation. */
    public enum Reading {
        /** Every comparison exact (up to blanks). */
        EXACT,
        /**
         * The text lost its line breaks (a one-line scrape): a title or a
         * heading runs on into the text after it and a closing paragraph
         * into the one before, so each need only start with (a closing only
         * contain) what is expected; debris and metadata, which nothing
         * sets apart from the text any more, are not scored.
         */
        LINE_BREAKS_LOST
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    final String document;
    final String kind;
    final Reading reading;
    boolean plansRight;
    int titles;
    int titlesRight;
    int headingLists;
    int headingListsRight;
    int headings;
    int headingsRight;
    /** Per style: expected, found (≤ expected), spurious. */
    final Map<String, int[]> styles = new TreeMap<>();
    int items;
    int itemsRight;
    int closing;
    int closingRight;
    int debris;
    int debrisOut;
    int metadata;
    int metadataRight;
    private final List<String> problems = new ArrayList<>();

    private OutlineScore(String document, String kind, Reading reading) {
        this.document = document;
        this.kind = kind;
        this.reading = reading;
    }

    /** Scores {@code result} against the expectation {@code yaml} of {@code document}, exactly. */
    public static OutlineScore of(String document, String yaml, ParseResult result) {
        return of(document, yaml, result, Reading.EXACT);
    }

    /** Scores {@code result} against the expectation {@code yaml} of {@code document}, as {@code reading} says. */
    public static OutlineScore of(String document, String yaml, ParseResult result, Reading reading) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("expectation of " + document + " is not YAML: " + e.getMessage(), e);
        }
        OutlineScore s = new OutlineScore(document, root.path("kind").asText("other"), reading);
        s.score(root, result);
        return s;
    }

    /** Whether every expectation holds. */
    public boolean fullyRight() {
        return problems.isEmpty();
    }

    /** What is wrong, one line each; empty when the document is fully right. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public String document() {
        return document;
    }

    /** {@code work-report}, {@code policy} or {@code regulation}, as the expectation says. */
    public String kind() {
        return kind;
    }

    private void score(JsonNode root, ParseResult result) {
        List<JsonNode> expectedPlans = list(root.path("plans"));
        List<Plan> plans = result.plans();
        plansRight = expectedPlans.size() == plans.size();
        if (!plansRight) {
            problems.add("plans: expected " + expectedPlans.size() + ", found " + plans.size() + " " + titles(plans));
        }
        for (int p = 0; p < expectedPlans.size(); p++) {
            JsonNode e = expectedPlans.get(p);
            Plan plan = p < plans.size() ? plans.get(p) : null;
            String where = expectedPlans.size() > 1 ? "plan " + (p + 1) + ": " : "";
            plan(where, e, plan);
        }
        for (JsonNode d : list(root.path("debris"))) {
            if (reading == Reading.LINE_BREAKS_LOST) {
                break;      // debris on the same line as the text cannot be told apart from it
            }
            debris++;
            String needle = squeeze(d.asText());
            String holder = holder(plans, needle);
            if (holder == null) {
                debrisOut++;
            } else {
                problems.add("debris in the outline: " + d.asText() + " (in " + holder + ")");
            }
        }
    }

    private void plan(String where, JsonNode e, Plan plan) {
        titles++;
        String title = plan == null ? null : plan.title();
        if (plan != null && same(title, e.path("title").asText())) {
            titlesRight++;
        } else {
            problems.add(where + "title: expected \"" + e.path("title").asText() + "\", found " + quote(title));
        }
        // level-1 headings, in order
        List<String> expected = new ArrayList<>();
        list(e.path("sections")).forEach(n -> expected.add(squeeze(n.asText())));
        List<String> found = new ArrayList<>();
        if (plan != null) {
            plan.sections().forEach(s -> found.add(squeeze(s.numbering().label() + s.title())));
        }
        headingLists++;
        headings += expected.size();
        boolean allRight = expected.size() == found.size();
        for (int i = 0; i < Math.min(expected.size(), found.size()); i++) {
            boolean right = same(found.get(i), expected.get(i));
            headingsRight += right ? 1 : 0;
            allRight &= right;
        }
        if (allRight) {
            headingListsRight++;
        } else {
            problems.add(where + "level-1 headings differ: " + difference(expected, found));
        }
        // numbered nodes by style
        Map<String, Integer> counted = new HashMap<>();
        if (plan != null) {
            for (Section s : plan.sections()) {
                counted.merge(s.numbering().style().id(), 1, Integer::sum);
                count(s.items(), counted);
            }
        }
        Map<String, Integer> wanted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = e.path("styles").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            NumberingStyle.fromId(f.getKey());      // a misspelt style fails loudly
            wanted.put(f.getKey(), f.getValue().asInt());
        }
        for (NumberingStyle style : NumberingStyle.values()) {
            int want = wanted.getOrDefault(style.id(), 0);
            int got = counted.getOrDefault(style.id(), 0);
            if (want == 0 && got == 0) {
                continue;
            }
            int[] c = styles.computeIfAbsent(style.id(), k -> new int[3]);
            c[0] += want;
            c[1] += Math.min(want, got);
            c[2] += Math.max(0, got - want);
            if (want != got) {
                problems.add(where + style.id() + ": expected " + want + " nodes, found " + got);
            }
        }
        // item titles
        for (JsonNode item : list(e.path("items"))) {
            items++;
            String path = item.path("path").toString();
            Object node = plan == null ? null : find(plan, list(item.path("path")));
            String want = squeeze(item.path("title").asText());
            String got = node instanceof Item i ? i.title() : node instanceof Section s ? s.title() : null;
            if (got != null && same(got, want)) {
                itemsRight++;
            } else {
                problems.add(where + "item " + path + ": expected \"" + item.path("title").asText() + "\", found "
                    + (node == null ? "no such item" : quote(got)));
            }
        }
        // closing paragraphs
        for (JsonNode c : list(e.path("closing"))) {
            closing++;
            String start = squeeze(c.asText());
            // without line breaks the closing's paragraphs run together: the expected one is somewhere inside
            boolean in = plan != null && plan.closing().stream().anyMatch(p -> reading == Reading.EXACT
                ? squeeze(p).startsWith(start) : squeeze(p).contains(start));
            if (in) {
                closingRight++;
            } else {
                problems.add(where + "not in the closing: " + c.asText());
            }
        }
        // metadata
        PlanMetadata m = plan == null ? PlanMetadata.EMPTY : plan.metadata();
        for (Iterator<Map.Entry<String, JsonNode>> it = e.path("metadata").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (reading == Reading.LINE_BREAKS_LOST) {
                break;      // a date or an issuer on the text's line is not told from the text
            }
            metadata++;
            String want = squeeze(f.getValue().asText());
            String got = switch (f.getKey()) {
                case "issuer" -> m.issuer();
                case "date" -> text(m.date());
                case "documentNumber" -> m.documentNumber();
                case "recipients" -> m.recipients();
                case "published" -> text(m.published());
                case "source" -> m.source();
                default -> throw new IllegalArgumentException(document + ": unknown metadata field " + f.getKey());
            };
            if (got != null && squeeze(got).equals(want)) {
                metadataRight++;
            } else {
                problems.add(where + "metadata " + f.getKey() + ": expected " + f.getValue().asText() + ", found " + quote(got));
            }
        }
    }

    /**
     * Whether {@code found} is the {@code expected} title or heading: equal up
     * to blanks, or, when line breaks are lost, starting with it.
     */
    private boolean same(String found, String expected) {
        String f = squeeze(found);
        String e = squeeze(expected);
        return reading == Reading.EXACT ? f.equals(e) : f.startsWith(e);
    }

    private static void count(List<Item> items, Map<String, Integer> counted) {
        for (Item i : items) {
            counted.merge(i.numbering().style().id(), 1, Integer::sum);
            count(i.items(), counted);
        }
    }

    /** The node a path of labels (or 1-based positions) leads to, or null. */
    private static Object find(Plan plan, List<JsonNode> path) {
        Object node = null;
        List<?> children = plan.sections();
        for (JsonNode step : path) {
            node = null;
            if (step.isNumber() && !step.isInt()) {
                // YAML reads 4. as a number: a label must be quoted ("4.")
                throw new IllegalArgumentException("path step " + step + " is a number, not a label: quote it");
            }
            if (step.isInt()) {
                int k = step.asInt() - 1;
                node = k >= 0 && k < children.size() ? children.get(k) : null;
            } else {
                String label = squeeze(step.asText());
                for (Object c : children) {
                    String l = c instanceof Section s ? s.numbering().label() : ((Item) c).numbering().label();
                    if (squeeze(l).equals(label)) {
                        node = c;
                        break;
                    }
                }
            }
            if (node == null) {
                return null;
            }
            children = node instanceof Section s ? s.items() : ((Item) node).items();
        }
        return node;
    }

    /** Where in the model {@code needle} occurs (for a message), or null when nowhere. */
    private static String holder(List<Plan> plans, String needle) {
        for (Plan p : plans) {
            if (squeeze(p.title()).contains(needle)) {
                return "a title";
            }
            for (String t : p.preamble()) {
                if (squeeze(t).contains(needle)) {
                    return "a preamble";
                }
            }
            for (String t : p.closing()) {
                if (squeeze(t).contains(needle)) {
                    return "a closing";
                }
            }
            for (Section s : p.sections()) {
                if (squeeze(s.title()).contains(needle) || s.body().stream().anyMatch(t -> squeeze(t).contains(needle))) {
                    return "section " + s.numbering().label() + s.title();
                }
                String in = itemHolder(s.items(), needle);
                if (in != null) {
                    return in;
                }
            }
        }
        return null;
    }

    private static String itemHolder(List<Item> items, String needle) {
        for (Item i : items) {
            if (squeeze(i.title()).contains(needle) || squeeze(i.text()).contains(needle)) {
                return "item " + i.numbering().label() + i.title();
            }
            String in = itemHolder(i.items(), needle);
            if (in != null) {
                return in;
            }
        }
        return null;
    }

    private static String difference(List<String> expected, List<String> found) {
        StringBuilder b = new StringBuilder();
        int n = Math.max(expected.size(), found.size());
        for (int i = 0; i < n; i++) {
            String e = i < expected.size() ? expected.get(i) : "—";
            String f = i < found.size() ? found.get(i) : "—";
            if (!e.equals(f)) {
                b.append("\n      #").append(i + 1).append(" expected ").append(e).append(" | found ").append(cut(f));
            }
        }
        return b.toString();
    }

    private static String titles(List<Plan> plans) {
        List<String> t = new ArrayList<>();
        plans.forEach(p -> t.add(cut(p.title()) + " (" + p.sections().size() + " sections)"));
        return t.toString();
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static String quote(String s) {
        return s == null ? "nothing" : "\"" + cut(s) + "\"";
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    /** {@code s} without blanks: ASCII whitespace, U+3000 and no-break spaces. */
    static String squeeze(String s) {
        Objects.requireNonNull(s);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
