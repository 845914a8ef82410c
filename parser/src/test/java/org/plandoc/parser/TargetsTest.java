package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plandoc.core.Comparison;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanVisitor;
import org.plandoc.core.Target;
import org.plandoc.seeds.Seeds;

/** Every target of TARGETS.yaml is found with its fields, and no "not" entry is extracted. */
class TargetsTest {

    static final PlanParser PARSER = PlanParser.builder().build();

    static JsonNode targetsYaml() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Seeds.targetsYaml());
    }

    /** The items an entry points at: plan (1-based), section (1-based), item (the ordinal). */
    static List<Item> itemsOf(ParseResult result, JsonNode entry) {
        Plan plan = result.plans().get(entry.path("plan").asInt(1) - 1);
        List<Item> items = new ArrayList<>();
        for (int s = 0; s < plan.sections().size(); s++) {
            if (entry.has("section") && entry.path("section").asInt() != s + 1) {
                continue;
            }
            for (Item i : plan.sections().get(s).items()) {
                if (!entry.has("item") || i.numbering().ordinal() == entry.path("item").asInt()) {
                    items.add(i);
                }
            }
        }
        return items;
    }

    /** Every target under {@code nodes}, in document order: plans', sections' and items' own. */
    static List<Target> targets(List<? extends org.plandoc.core.Node> nodes) {
        List<Target> out = new ArrayList<>();
        for (org.plandoc.core.Node n : nodes) {
            n.accept(new PlanVisitor() {
                @Override
                public void visit(Target t) {
                    out.add(t);
                }
            });
        }
        return out;
    }

    /** Same text (one holds the other) and the number it is about. */
    static boolean sameText(Target t, String text) {
        return t.text().contains(text) || text.contains(t.text());
    }

    static String mismatch(Target t, JsonNode want) {
        List<String> problems = new ArrayList<>();
        if (want.has("range")) {
            if (t.comparator() != Comparison.BETWEEN || !eq(t.value(), want.path("range").get(0))
                    || !eq(t.upper(), want.path("range").get(1))) {
                problems.add("range");
            }
        } else if (want.has("value") && !eq(t.value(), want.path("value"))) {
            problems.add("value " + t.value());
        }
        String comparator = want.has("comparator") ? want.path("comparator").asText()
            : want.has("range") ? "between" : "exactly";
        if (!want.path("placeholder").asBoolean() && !t.comparator().id().equals(comparator)) {
            problems.add("comparator " + t.comparator().id());
        }
        if (want.has("unit") && !t.unit().equals(want.path("unit").asText())) {
            problems.add("unit " + t.unit());
        }
        if (want.has("indicator") && !t.indicator().equals(want.path("indicator").asText())) {
            problems.add("indicator " + t.indicator());
        }
        String deadline = t.deadline() == null ? null : t.deadline().text();
        if (want.has("deadline") && !want.path("deadline").asText().equals(deadline)) {
            problems.add("deadline " + deadline);
        }
        if (want.has("placeholder") && t.placeholder() != want.path("placeholder").asBoolean()) {
            problems.add("placeholder");
        }
        if (want.has("normalized") && (t.normalized() == null || !eq(t.normalized().value(), want.path("normalized").path("value"))
                || !t.normalized().unit().equals(want.path("normalized").path("unit").asText()))) {
            problems.add("normalized " + t.normalized());
        }
        return String.join(", ", problems);
    }

    static boolean eq(BigDecimal v, JsonNode want) {
        return v != null && v.compareTo(new BigDecimal(want.asText())) == 0;
    }

    @Test
    void findsEveryTargetOfTargetsYamlWithItsFields() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> doc : iterable(targetsYaml().fields())) {
            ParseResult result = PARSER.parse(Seeds.text(doc.getKey()));
            for (JsonNode want : doc.getValue().path("targets")) {
                String text = want.path("text").asText();
                List<Target> candidates = targets(itemsOf(result, want)).stream().filter(t -> sameText(t, text)).toList();
                if (candidates.isEmpty()) {
                    failures.add(doc.getKey() + ": not found: " + text);
                } else if (candidates.stream().noneMatch(t -> mismatch(t, want).isEmpty())) {
                    failures.add(doc.getKey() + ": " + text + ": " + mismatch(candidates.get(0), want) + " in " + candidates.get(0));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void extractsNoneOfTheNotEntries() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> doc : iterable(targetsYaml().fields())) {
            ParseResult result = PARSER.parse(Seeds.text(doc.getKey()));
            for (JsonNode not : doc.getValue().path("not")) {
                String text = not.path("text").asText().replaceAll("^[(（“]|[)）”]$", "");
                for (Target t : targets(result.plans())) {
                    if (t.text().contains(text) || text.contains(t.text())) {
                        failures.add(doc.getKey() + ": " + text + " extracted as " + t.text());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
