package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Item;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.Seeds;

/**
 * Every seed parses to the hand-checked structure of EXPECTED.yaml: plans,
 * titles, metadata, sections, items per section, children per item, styles.
 */
class SeedExpectationsTest {

    static final PlanParser PARSER = PlanParser.builder().build();
    static final JsonNode EXPECTED = read();

    static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Seeds.expectedYaml());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Document> seeds() {
        return Seeds.all().stream();
    }

    static final Map<String, NumberingStyle> STYLES = Map.of(
        "一、", NumberingStyle.CHINESE_DUN, "（一）", NumberingStyle.CHINESE_PAREN,
        "(一)", NumberingStyle.CHINESE_PAREN, "1.", NumberingStyle.ARABIC_DOT,
        "1、", NumberingStyle.ARABIC_DUN, "一是", NumberingStyle.CHINESE_SHI);

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void matchesTheHandCheckedStructure(Document seed) {
        ParseResult result = PARSER.parse(seed.text());
        JsonNode expectedPlans = EXPECTED.path(seed.name()).path("plans");
        assertThat(result.plans()).as("plans of " + seed.name()).hasSize(expectedPlans.size());
        for (int p = 0; p < expectedPlans.size(); p++) {
            JsonNode want = expectedPlans.get(p);
            Plan plan = result.plans().get(p);
            String where = seed.name() + " plan " + (p + 1);
            assertThat(plan.title()).as(where + " title").isEqualTo(want.path("title").asText());
            if (want.has("issuer")) {
                assertThat(plan.metadata().issuer()).as(where + " issuer").isEqualTo(want.path("issuer").asText());
            }
            if (want.has("date")) {
                assertThat(plan.metadata().date()).as(where + " date").isEqualTo(LocalDate.parse(want.path("date").asText()));
            }
            if (want.has("published")) {
                assertThat(plan.metadata().published()).as(where + " published")
                    .isEqualTo(LocalDate.parse(want.path("published").asText()));
            }
            assertThat(outline(plan)).as(where + " sections").isEqualTo(expectedOutline(want.path("sections")));
            List<NumberingStyle> styles = new ArrayList<>();
            want.path("numbering").forEach(n -> styles.add(STYLES.get(n.asText())));
            for (Section s : plan.sections()) {
                assertThat(s.numbering().style()).as(where + " section style").isEqualTo(styles.get(0));
                for (Item item : s.items()) {
                    assertThat(styles.subList(1, styles.size())).as(where + " item style").contains(item.numbering().style());
                }
            }
        }
    }

    /** Sections as EXPECTED.yaml writes them: "6" or "4{4,3,3,3}". */
    static List<String> outline(Plan plan) {
        List<String> out = new ArrayList<>();
        for (Section s : plan.sections()) {
            StringBuilder b = new StringBuilder().append(s.items().size());
            if (s.items().stream().anyMatch(i -> !i.items().isEmpty())) {
                List<String> children = new ArrayList<>();
                for (Item i : s.items()) {
                    children.add(String.valueOf(i.items().size()));
                    assertThat(i.items()).allSatisfy(c -> assertThat(c.items()).isEmpty());
                }
                b.append('{').append(String.join(",", children)).append('}');
            }
            out.add(b.toString());
        }
        return out;
    }

    static List<String> expectedOutline(JsonNode sections) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : sections) {
            if (s.isInt()) {
                out.add(s.asText());
            } else {
                List<String> children = new ArrayList<>();
                s.path("children").forEach(c -> children.add(c.asText()));
                out.add(s.path("items").asText() + "{" + String.join(",", children) + "}");
            }
        }
        return out;
    }

    /** The damage diagnostics EXPECTED.yaml lists for a seed (hand-checked from its anomalies): these and no others. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void reportsEveryAnomalyAndNothingElseAsDamaged(Document seed) {
        ParseResult result = PARSER.parse(seed.text());
        List<String> damage = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            if (d.code().startsWith("PD1") || d.code().equals(DiagnosticCodes.TRUNCATED)) {
                damage.add(d.code() + "@" + d.span().line());
            }
        }
        List<String> expected = new ArrayList<>();
        EXPECTED.path(seed.name()).path("diagnostics").path("damage").forEach(n -> expected.add(n.asText()));
        assertThat(damage).as(seed.name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void keepsEveryCharacterAndValidSpans(Document seed) {
        Invariants.check(seed.text(), PARSER.parse(seed.text()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void reportsTheExtractionRepairsItMade(Document seed) {
        ParseResult result = PARSER.parse(seed.text());
        long pages = result.diagnostics().stream().filter(d -> d.code().equals(DiagnosticCodes.PAGE_NUMBER)).count();
        List<Integer> joined = result.diagnostics().stream()
            .filter(d -> d.code().equals(DiagnosticCodes.LINES_JOINED)).map(d -> d.span().line()).toList();
        JsonNode want = EXPECTED.path(seed.name()).path("diagnostics");
        List<Integer> expectedJoined = new ArrayList<>();
        want.path("joined").forEach(n -> expectedJoined.add(n.asInt()));
        assertThat(pages).as(seed.name() + " page numbers removed").isEqualTo(want.path("pages").asLong());
        assertThat(joined).as(seed.name() + " lines joined").isEqualTo(expectedJoined);
    }
}
