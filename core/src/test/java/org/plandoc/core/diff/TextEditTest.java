package org.plandoc.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TextEditTest {

    static String before(List<TextEdit> edits) {
        StringBuilder b = new StringBuilder();
        edits.stream().filter(e -> e.op() != TextEdit.Op.INSERT).forEach(e -> b.append(e.text()));
        return b.toString();
    }

    static String after(List<TextEdit> edits) {
        StringBuilder b = new StringBuilder();
        edits.stream().filter(e -> e.op() != TextEdit.Op.DELETE).forEach(e -> b.append(e.text()));
        return b.toString();
    }

    @Test
    void aRewordedTitle() {
        List<TextEdit> edits = TextEdit.diff("扩大有效投资", "着力扩大有效益的投资");
        assertThat(edits).containsExactly(new TextEdit(TextEdit.Op.INSERT, "着力"), new TextEdit(TextEdit.Op.EQUAL, "扩大有效"),
            new TextEdit(TextEdit.Op.INSERT, "益的"), new TextEdit(TextEdit.Op.EQUAL, "投资"));
    }

    @Test
    void editsGiveBackBothTexts() {
        String[][] pairs = {{"", ""}, {"", "新"}, {"旧", ""}, {"提振和扩大消费", "着力推动消费转型升级"},
            {"保障和改善民生，增强人民群众获得感", "着力增强群众获得感幸福感安全感"}, {"a😀b", "a😁b"}};
        for (String[] p : pairs) {
            List<TextEdit> edits = TextEdit.diff(p[0], p[1]);
            assertThat(before(edits)).isEqualTo(p[0]);
            assertThat(after(edits)).isEqualTo(p[1]);
        }
    }

    @Test
    void aCharacterOutsideTheBmpIsNeverCut() {
        assertThat(TextEdit.diff("a😀b", "a😁b")).containsExactly(new TextEdit(TextEdit.Op.EQUAL, "a"),
            new TextEdit(TextEdit.Op.DELETE, "😀"), new TextEdit(TextEdit.Op.INSERT, "😁"), new TextEdit(TextEdit.Op.EQUAL, "b"));
    }

    @Test
    @Timeout(10)
    void hugeTextsAreOneDeletionAndOneInsertion() {
        String a = "甲".repeat(100_000);
        String b = "乙".repeat(100_000);
        assertThat(TextEdit.diff(a, b)).containsExactly(new TextEdit(TextEdit.Op.DELETE, a), new TextEdit(TextEdit.Op.INSERT, b));
    }

    @Test
    void similarities() {
        for (Similarity s : Similarity.values()) {
            assertThat(s.score("提振消费", "提振消费。")).as(s.id()).isEqualTo(1.0);
            assertThat(s.score("提振消费", "海洋经济")).as(s.id()).isEqualTo(0.0);
            assertThat(s.score("扩大有效投资", "着力扩大有效投资")).as(s.id()).isBetween(0.5, 1.0);
            assertThat(s.score("", "")).isEqualTo(1.0);
            assertThat(s.score("", "甲")).isEqualTo(0.0);
        }
        assertThat(Similarity.DICE.score("扩大有效投资", "着力扩大有效投资")).isCloseTo(2.0 * 5 / (5 + 7), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Similarity.JARO_WINKLER.id()).isEqualTo("jaro-winkler");
    }

    @Test
    void longestIncreasingRunMarksWhatStayedInOrder() {
        assertThat(Assignment.increasing(new int[] {0, 1, 2})).containsExactly(true, true, true);
        assertThat(Assignment.increasing(new int[] {1, 0, 2})).containsExactly(false, true, true);
        assertThat(Assignment.increasing(new int[] {})).isEmpty();
        assertThat(Assignment.increasing(new int[] {3, 0, 1, 2})).containsExactly(false, true, true, true);
    }
}
