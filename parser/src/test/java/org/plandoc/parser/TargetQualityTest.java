package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Target;
import org.plandoc.seeds.Seeds;

/**
 * Precision and recall of target extraction against the complete hand-checked
 * annotation of seeds 001 and 002 in TARGETS.yaml. A found target is right when
 * it is an annotated target (same text, one holding the other, and the same
 * value); one that matches an "either" entry counts neither way.
 */
class TargetQualityTest {

    @Test
    void precisionAndRecallAreAtLeastNinetyFivePercent() throws Exception {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> report = new ArrayList<>();
        for (Map.Entry<String, JsonNode> doc : TargetsTest.iterable(TargetsTest.targetsYaml().fields())) {
            if (!doc.getValue().path("complete").asBoolean()) {
                continue;
            }
            ParseResult result = PlanParser.builder().build().parse(Seeds.text(doc.getKey()));
            List<Target> found = TargetsTest.targets(result.plans());
            List<JsonNode> gold = new ArrayList<>();
            doc.getValue().path("targets").forEach(gold::add);
            List<String> either = new ArrayList<>();
            doc.getValue().path("either").forEach(e -> either.add(e.path("text").asText()));
            for (JsonNode g : gold) {
                boolean hit = found.stream().anyMatch(t -> TargetsTest.sameText(t, g.path("text").asText())
                    && TargetsTest.eq(t.value(), g.has("range") ? g.path("range").get(0) : g.path("value")));
                if (hit) {
                    truePositives++;
                } else {
                    falseNegatives++;
                    report.add("missed " + doc.getKey() + ": " + g.path("text").asText());
                }
            }
            for (Target t : found) {
                boolean annotated = gold.stream().anyMatch(g -> TargetsTest.sameText(t, g.path("text").asText()));
                boolean borderline = either.stream().anyMatch(e -> TargetsTest.sameText(t, e) || overlaps(t.text(), e));
                if (!annotated && !borderline) {
                    falsePositives++;
                    report.add("wrong " + doc.getKey() + ": " + t.text());
                }
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        report.forEach(System.out::println);
        System.out.printf("targets in seeds 001 and 002: %d found right, %d wrong, %d missed: precision %.3f, recall %.3f%n",
            truePositives, falsePositives, falseNegatives, precision, recall);
        assertThat(precision).as("precision; " + report).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall; " + report).isGreaterThanOrEqualTo(0.95);
        assertThat(truePositives).as("annotated targets found").isGreaterThanOrEqualTo(25);
    }

    /** The found text and the borderline text share the quantity (digits and the char after: 5个). */
    static boolean overlaps(String found, String borderline) {
        int i = 0;
        while (i < found.length() && !Character.isDigit(found.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < found.length() && (Character.isDigit(found.charAt(j)) || found.charAt(j) == '.')) {
            j++;
        }
        return j > i && j < found.length() && borderline.contains(found.substring(i, j + 1));
    }
}
