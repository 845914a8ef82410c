package org.plandoc.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedsTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void loadsTheFiveSeedsAndTheCorpus() {
        List<Document> seeds = Seeds.all();
        assertThat(seeds).hasSize(5);
        assertThat(seeds).allSatisfy(d -> {
            assertThat(d.text()).hasSizeGreaterThan(4_000);
            assertThat(d.text()).contains("一、");
        });
        List<Document> corpus = Seeds.corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(6);
        assertThat(corpus).allSatisfy(d -> assertThat(d.meta()).contains("Ground-truth outline"));
        assertThat(Seeds.text(seeds.get(1).name())).isEqualTo(seeds.get(1).text());
        assertThat(Seeds.text(corpus.get(0).name())).isEqualTo(corpus.get(0).text());
        assertThatThrownBy(() -> Seeds.text("no-such.txt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expectedYamlIsWellFormed() throws Exception {
        JsonNode root = YAML.readTree(Seeds.expectedYaml());
        Set<String> names = Seeds.all().stream().map(Document::name).collect(Collectors.toSet());
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(names);
        for (Map.Entry<String, JsonNode> entry : iterable(root.fields())) {
            String where = entry.getKey();
            JsonNode doc = entry.getValue();
            assertThat(doc.path("about").isTextual()).as(where + " about").isTrue();
            JsonNode plans = doc.path("plans");
            assertThat(plans.isArray() && plans.size() > 0).as(where + " plans").isTrue();
            JsonNode diagnostics = doc.path("diagnostics");
            assertThat(diagnostics.path("damage").isArray()).as(where + " diagnostics.damage").isTrue();
            diagnostics.path("damage").forEach(d -> assertThat(d.asText()).matches("PD[0-9]{3}@[0-9]+"));
            assertThat(diagnostics.path("pages").isInt()).as(where + " diagnostics.pages").isTrue();
            assertThat(diagnostics.path("joined").isArray()).as(where + " diagnostics.joined").isTrue();
            for (JsonNode plan : plans) {
                assertThat(plan.path("title").asText()).as(where + " title").isNotBlank();
                assertThat(plan.path("numbering").isArray()).as(where + " numbering").isTrue();
                plan.path("numbering").forEach(n -> assertThat(n.isTextual()).isTrue());
                JsonNode sections = plan.path("sections");
                assertThat(sections.isArray() && sections.size() > 0).as(where + " sections").isTrue();
                for (JsonNode s : sections) {
                    if (s.isInt()) {
                        assertThat(s.asInt()).isGreaterThanOrEqualTo(0);
                    } else {
                        assertThat(s.path("items").isInt()).as(where + " items").isTrue();
                        assertThat(s.path("children").size()).as(where + " children per item")
                            .isEqualTo(s.path("items").asInt());
                        s.path("children").forEach(c -> assertThat(c.isInt()).isTrue());
                        // a mapping describes three levels, so numbering names three styles
                        assertThat(plan.path("numbering").size()).isGreaterThanOrEqualTo(3);
                    }
                }
                if (plan.has("anomalies")) {
                    plan.path("anomalies").forEach(a -> assertThat(a.asText()).isNotBlank());
                }
            }
        }
    }

    @Test
    void targetsYamlNamesSeedsAndItems() throws Exception {
        JsonNode root = YAML.readTree(Seeds.targetsYaml());
        Set<String> names = Seeds.all().stream().map(Document::name).collect(Collectors.toSet());
        for (Map.Entry<String, JsonNode> entry : iterable(root.fields())) {
            assertThat(names).contains(entry.getKey());
            for (JsonNode t : entry.getValue().path("targets")) {
                String text = t.path("text").asText();
                assertThat(t.path("item").isMissingNode() || t.path("item").isInt()).as(text).isTrue();
                assertThat(Seeds.text(entry.getKey())).as("verbatim in the seed").contains(text);
                assertThat(t.has("value") || t.has("range") || t.path("placeholder").asBoolean()).as(text).isTrue();
            }
        }
    }

    static <T> Iterable<T> iterable(Iterator<T> it) {
        return () -> it;
    }
}
