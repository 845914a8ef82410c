package org.plandoc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy benchmark as a test: the parser's outline of every real-world
 * document with a hand-written expectation, held to floors — the text documents
 * parsed as text, the .docx files and gov.cn pages read through the formats module. The floors are the
 * level reached so far: raise them when the parser gets better, never lower them.
 */
class AccuracyTest {

    static List<OutlineScore> scores;
    /** The .docx files and gov.cn pages, read through the formats module. */
    static List<OutlineScore> files;

    @BeforeAll
    static void score() {
        scores = Accuracy.score(Accuracy::parseText);
        System.out.println(Accuracy.table(scores));
        scores.stream().filter(s -> !s.fullyRight()).forEach(s -> {
            System.out.println(s.document());
            s.problems().forEach(p -> System.out.println("    " + p));
        });
        files = Accuracy.score(Accuracy::parseFile);
        System.out.println(Accuracy.table(files));
        files.stream().filter(s -> !s.fullyRight()).forEach(s -> {
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

    // The floors of the 12 .docx files and 10 gov.cn pages, read through the formats module (raise, never lower).
    static final int FULLY_RIGHT = 22;
    static final int PLANS_RIGHT = 22;
    static final int TITLES_RIGHT = 24;
    static final int HEADINGS_RIGHT = 144;
    static final int NODES_FOUND = 561;
    static final int SPURIOUS = 0;
    static final int ITEMS_RIGHT = 176;
    static final int CLOSING_RIGHT = 36;
    static final int DEBRIS_OUT = 0;
    static final int METADATA_RIGHT = 64;

    @Test
    void everyWordFileAndPageHasAnExpectation() {
        assertThat(files).hasSize(22);
        assertThat(files.stream().filter(s -> s.document().startsWith("docx/"))).hasSize(12);
        assertThat(files.stream().filter(s -> s.document().startsWith("html/"))).hasSize(10);
    }

    @Test
    void wordFilesAndPagesHoldTheirFloors() {
        int[] nodes = Accuracy.nodes(files);
        assertThat(Accuracy.count(files, OutlineScore::fullyRight)).as("fully right").isGreaterThanOrEqualTo(FULLY_RIGHT);
        assertThat(Accuracy.count(files, s -> s.plansRight)).as("plans right").isGreaterThanOrEqualTo(PLANS_RIGHT);
        assertThat(Accuracy.sum(files, s -> s.titlesRight)).as("titles right").isGreaterThanOrEqualTo(TITLES_RIGHT);
        assertThat(Accuracy.sum(files, s -> s.headingsRight)).as("level-1 headings right").isGreaterThanOrEqualTo(HEADINGS_RIGHT);
        assertThat(nodes[1]).as("numbered nodes found").isGreaterThanOrEqualTo(NODES_FOUND);
        assertThat(nodes[2]).as("spurious numbered nodes").isLessThanOrEqualTo(SPURIOUS);
        assertThat(Accuracy.sum(files, s -> s.itemsRight)).as("item titles right").isGreaterThanOrEqualTo(ITEMS_RIGHT);
        assertThat(Accuracy.sum(files, s -> s.closingRight)).as("closing right").isGreaterThanOrEqualTo(CLOSING_RIGHT);
        assertThat(Accuracy.sum(files, s -> s.debrisOut)).as("debris kept out").isGreaterThanOrEqualTo(DEBRIS_OUT);
        assertThat(Accuracy.sum(files, s -> s.metadataRight)).as("metadata right").isGreaterThanOrEqualTo(METADATA_RIGHT);
    }

    /**
     * Target quality on the 12 documents whose every quantity is annotated by hand
     * (realworld/targets): commitment precision and recall, right indicators, and no
     * result or penalty reported as a commitment. Floors at the level reached.
     */
    @Test
    void targetsHoldTheirFloors() {
        List<TargetScore> targets = Accuracy.scoreTargets(Accuracy::parseText);
        System.out.println(Accuracy.targetTable(targets));
        assertThat(targets).hasSize(12);
        int annotated = targets.stream().mapToInt(t -> t.annotated).sum();
        int found = targets.stream().mapToInt(t -> t.found).sum();
        int spurious = targets.stream().mapToInt(t -> t.spurious).sum();
        int indicator = targets.stream().mapToInt(t -> t.indicatorRight).sum();
        assertThat(annotated).isEqualTo(174);
        assertThat(found).as("commitments found (recall 0.96)").isGreaterThanOrEqualTo(167);
        assertThat(spurious).as("spurious commitments (precision 0.95)").isLessThanOrEqualTo(9);
        assertThat(indicator).as("right indicators (90%)").isGreaterThanOrEqualTo(151);
        assertThat(targets.stream().mapToInt(t -> t.pastOrPenalty).sum()).as("results or penalties as commitments").isZero();
        assertThat((double) found / (found + spurious)).isGreaterThanOrEqualTo(0.9);
        assertThat((double) found / annotated).isGreaterThanOrEqualTo(0.9);
        assertThat((double) indicator / found).isGreaterThanOrEqualTo(0.9);
    }
}
