package org.plandoc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The robustness benchmark as a test: every real-world document with an
 * expectation, damaged in each way of {@link Damage}, held to a floor of
 * documents fully right per damage. The floors are the level reached so far:
 * raise them when the parser gets better, never lower them. What the
 * documents below 57 get wrong is in the README ("Damaged copies"); a failure
 * lists each wrong document's problems. Scoring all 969 copies takes about
 * 15 s of CPU.
 */
class RobustnessTest {

    /** Documents fully right of 57, per damage (raise, never lower). */
    static final Map<Damage, Integer> FLOORS = new EnumMap<>(Map.ofEntries(
        Map.entry(Damage.AS_IS, 57),
        Map.entry(Damage.WRAPPED, 56),
        Map.entry(Damage.PAGE_NUMBERS, 56),
        Map.entry(Damage.PDF, 56),
        Map.entry(Damage.ONE_LINE, 42),
        Map.entry(Damage.GBK, 57),
        Map.entry(Damage.CRLF, 57),
        Map.entry(Damage.INDENT_IDEOGRAPHIC, 57),
        Map.entry(Damage.INDENT_TAB, 57),
        Map.entry(Damage.INDENT_SPACES, 57),
        Map.entry(Damage.INDENT_NONE, 57),
        Map.entry(Damage.HALF_WIDTH_NUMBERS, 57),
        Map.entry(Damage.HALF_WIDTH, 57),
        Map.entry(Damage.DOUBLE_SPACED, 56),
        Map.entry(Damage.NO_BLANK_LINES, 57),
        Map.entry(Damage.WEB_PAGE, 57),
        Map.entry(Damage.SEVERAL, 54)));

    static Map<Damage, List<OutlineScore>> scores;

    @BeforeAll
    static void score() {
        scores = Robustness.score();
        System.out.println(Robustness.table(scores));
    }

    @Test
    void everyDamageScoresEveryDocument() {
        assertThat(scores.keySet()).containsExactly(Damage.values());
        scores.values().forEach(l -> assertThat(l).hasSize(57));
    }

    @Test
    void everyDamageHasAFloor() {
        assertThat(FLOORS.keySet()).containsExactly(Damage.values());
    }

    @Test
    void documentsFullyRightHoldTheirFloors() {
        for (Damage damage : Damage.values()) {
            List<OutlineScore> l = scores.get(damage);
            int right = Accuracy.count(l, OutlineScore::fullyRight);
            StringBuilder wrong = new StringBuilder();
            l.stream().filter(s -> !s.fullyRight()).forEach(s -> {
                wrong.append('\n').append(s.document());
                s.problems().forEach(p -> wrong.append("\n    ").append(p));
            });
            assertThat(right).as("%s: documents fully right; wrong:%s", damage.label(), wrong)
                .isGreaterThanOrEqualTo(FLOORS.get(damage));
        }
    }
}
