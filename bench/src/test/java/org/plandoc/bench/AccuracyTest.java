package org.plandoc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy benchmark as a test: the parser's outline of every real-world
 * document with a hand-written expectation, held to floors. The floors are the
 * level reached so far: raise them when the parser gets better, never lower them.
 */
class AccuracyTest {

    static List<OutlineScore> scores;

    @BeforeAll
    static void score() {
        scores = Accuracy.score(Accuracy::parseText);
        System.out.println(Accuracy.table(scores));
        scores.stream().filter(s -> !s.fullyRight()).forEach(s -> {
            System.out.println(s.document());
            s.problems().forEach(p -> System.out.println("    " + p));
        });
    }

    @Test
    void everyTextDocumentHasAnExpectation() {
        assertThat(scores).hasSize(35);
    }

    @Test
    void documentsFullyRight() {
        assertThat(Accuracy.count(scores, OutlineScore::fullyRight)).isGreaterThanOrEqualTo(35);
    }

    @Test
    void measuresHoldTheirFloors() {
        int[] nodes = Accuracy.nodes(scores);
        assertThat(Accuracy.count(scores, s -> s.plansRight)).as("plans right").isGreaterThanOrEqualTo(35);
        assertThat(Accuracy.sum(scores, s -> s.titlesRight)).as("titles right").isGreaterThanOrEqualTo(36);
        assertThat(Accuracy.sum(scores, s -> s.headingsRight)).as("level-1 headings right").isGreaterThanOrEqualTo(231);
        assertThat(nodes[1]).as("numbered nodes found").isGreaterThanOrEqualTo(917);
        assertThat(nodes[2]).as("spurious numbered nodes").isLessThanOrEqualTo(0);
        assertThat(Accuracy.sum(scores, s -> s.itemsRight)).as("item titles right").isGreaterThanOrEqualTo(230);
        assertThat(Accuracy.sum(scores, s -> s.closingRight)).as("closing right").isGreaterThanOrEqualTo(32);
        assertThat(Accuracy.sum(scores, s -> s.debrisOut)).as("debris kept out").isGreaterThanOrEqualTo(116);
        assertThat(Accuracy.sum(scores, s -> s.metadataRight)).as("metadata right").isGreaterThanOrEqualTo(64);
    }
}
