package org.plandoc.render;

import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.ParseResult;
import org.plandoc.parser.PlanParser;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.Seeds;

/** Every seed and corpus document, parsed once. */
public final class Fixtures {

    public static final PlanParser PARSER = PlanParser.builder().build();

    public record Parsed(String name, String text, ParseResult result) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Parsed> ALL = load();

    private Fixtures() {
    }

    private static List<Parsed> load() {
        List<Parsed> out = new ArrayList<>();
        List<Document> docs = new ArrayList<>(Seeds.all());
        docs.addAll(Seeds.corpus());
        for (Document d : docs) {
            out.add(new Parsed(d.name(), d.text(), PARSER.parse(d.text())));
        }
        return out;
    }

    public static List<Parsed> all() {
        return ALL;
    }

    /** A label as output shows it: as printed, with U+3000 after a decimal number (1.1　总则). */
    public static String display(org.plandoc.core.Numbering n) {
        return n.label() + (n.style() == org.plandoc.core.NumberingStyle.DECIMAL ? "\u3000" : "");
    }

    /** The outline of a result as one line per node: depth, ordinal, title, and each target. */
    public static List<String> outline(ParseResult result) {
        List<String> out = new ArrayList<>();
        result.plans().forEach(p -> {
            out.add("plan " + p.title());
            p.targets().forEach(t -> out.add("  target " + t.text() + " " + t.comparator().id() + " " + t.value()));
            p.sections().forEach(s -> {
                out.add("1 " + s.numbering().ordinal() + " " + s.title());
                s.targets().forEach(t -> out.add("  target " + t.text() + " " + t.comparator().id() + " " + t.value()));
                items(s.items(), 2, out);
            });
        });
        return out;
    }

    /**
     * What a round trip through text must keep besides the outline: each plan's metadata
     * (issuer, date, 文号, 主送机关, a page's 发布日期 and 来源) and its preamble.
     */
    public static List<String> front(ParseResult result) {
        List<String> out = new ArrayList<>();
        result.plans().forEach(p -> {
            out.add("plan " + p.title() + " " + p.metadata());
            p.preamble().forEach(t -> out.add("  " + t));
        });
        return out;
    }

    private static void items(List<org.plandoc.core.Item> items, int depth, List<String> out) {
        for (org.plandoc.core.Item i : items) {
            out.add(depth + " " + i.numbering().ordinal() + " " + i.title());
            i.targets().forEach(t -> out.add("  target " + t.text() + " " + t.comparator().id() + " " + t.value() + " " + t.unit()));
            items(i.items(), depth + 1, out);
        }
    }
}
