package org.plandoc.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

    static final SourceSpan SPAN = new SourceSpan(0, 4, 1, 1);

    static Item item(int ordinal, String title, List<Item> children, List<Target> targets) {
        return new Item(new Numbering(NumberingStyle.ARABIC_DOT, ordinal, ordinal + "."), title, "", children, targets, SPAN);
    }

    static Target target(String text) {
        return new Target(text, "治理企业", Comparison.AT_LEAST, new BigDecimal("600"), null, "家",
            new Quantity(new BigDecimal("600"), "家"), (String) null, false, SPAN);
    }

    @Test
    void spansAreValidated() {
        assertThatThrownBy(() -> new SourceSpan(-1, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SourceSpan(5, 4, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SourceSpan(0, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SourceSpan(0, 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SourceSpan(3, 9, 2, 4)).hasToString("2:4");
        assertThat(new SourceSpan(3, 9, 2, 4).length()).isEqualTo(6);
    }

    @Test
    void numberingIsValidated() {
        assertThatThrownBy(() -> new Numbering(NumberingStyle.CHINESE_DUN, 0, "零、"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Numbering(null, 1, "一、"))
            .isInstanceOf(NullPointerException.class).hasMessageContaining("style");
        assertThatThrownBy(() -> new Numbering(NumberingStyle.CHINESE_DUN, 1, null))
            .isInstanceOf(NullPointerException.class).hasMessageContaining("label");
        // a damaged label is allowed: the ordinal is what counts
        assertThat(new Numbering(NumberingStyle.CHINESE_DUN, 9, "、").ordinal()).isEqualTo(9);
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<Item> children = new ArrayList<>();
        children.add(item(1, "甲", List.of(), List.of()));
        Item parent = item(1, "乙", children, List.of());
        children.add(item(2, "丙", List.of(), List.of()));
        assertThat(parent.items()).hasSize(1);
        assertThatThrownBy(() -> parent.items().add(item(3, "丁", List.of(), List.of())))
            .isInstanceOf(UnsupportedOperationException.class);
        List<String> preamble = new ArrayList<>(List.of("总体要求"));
        Plan plan = new Plan("计划", PlanMetadata.EMPTY, preamble, List.of(), List.of(), null);
        preamble.clear();
        assertThat(plan.preamble()).containsExactly("总体要求");
        assertThatThrownBy(() -> plan.sections().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullListsAndNullElementsAreRejected() {
        Numbering n = new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、");
        assertThatThrownBy(() -> new Section(n, "标题", null, List.of(), null))
            .isInstanceOf(NullPointerException.class).hasMessageContaining("body");
        List<Item> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new Section(n, "标题", List.of(), withNull, null))
            .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Plan(null, PlanMetadata.EMPTY, List.of(), List.of(), List.of(), null))
            .isInstanceOf(NullPointerException.class).hasMessageContaining("title");
    }

    @Test
    void targetsAreValidated() {
        assertThatThrownBy(() -> new Target("", "", Comparison.EXACTLY, BigDecimal.ONE, null, "", null, (String) null, false, null))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Target("XX家", "", Comparison.EXACTLY, null, null, "家", null, (String) null, false, null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("placeholder");
        assertThatThrownBy(() -> new Target("1~2名", "", Comparison.BETWEEN, BigDecimal.ONE, null, "名", null, (String) null, false, null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upper");
        assertThatThrownBy(() -> new Target("2名", "", Comparison.AT_LEAST, BigDecimal.ONE, BigDecimal.TEN, "名", null, (String) null, false, null))
            .isInstanceOf(IllegalArgumentException.class);
        Target placeholder = new Target("XX家", "", Comparison.EXACTLY, null, null, "家", null, (String) null, true, null);
        assertThat(placeholder.placeholder()).isTrue();
        assertThat(placeholder.value()).isNull();
    }

    @Test
    void diagnosticsPrintLikeACompiler() {
        Diagnostic d = new Diagnostic(Severity.WARNING, "PD101", "duplicate number", new SourceSpan(10, 14, 3, 7));
        assertThat(d).hasToString("3:7: warning PD101: duplicate number");
        assertThat(new Diagnostic(Severity.ERROR, "PD900", "empty", null)).hasToString("error PD900: empty");
        assertThatThrownBy(() -> new Diagnostic(Severity.INFO, " ", "x", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsRoundTrip() {
        for (NumberingStyle s : NumberingStyle.values()) {
            assertThat(NumberingStyle.fromId(s.id())).isSameAs(s);
            assertThat(s.id()).matches("[a-z]+(-[a-z]+)*");
        }
        for (Comparison c : Comparison.values()) {
            assertThat(Comparison.fromId(c.id())).isSameAs(c);
        }
        for (Severity s : Severity.values()) {
            assertThat(Severity.fromId(s.id())).isSameAs(s);
        }
        assertThatThrownBy(() -> NumberingStyle.fromId("roman")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void metadataKnowsWhenItIsEmpty() {
        assertThat(PlanMetadata.EMPTY.isEmpty()).isTrue();
        assertThat(new PlanMetadata("西安市卫生健康委员会", LocalDate.of(2024, 3, 1), null, null, null, null).isEmpty()).isFalse();
    }

    @Test
    void resultsReportTheirWorstSeverity() {
        ParseResult r = new ParseResult(List.of(), List.of(new Diagnostic(Severity.WARNING, "PD101", "x", null)), null);
        assertThat(r.has(Severity.WARNING)).isTrue();
        assertThat(r.has(Severity.ERROR)).isFalse();
        assertThat(r.withCharset("GB18030").charset()).isEqualTo("GB18030");
    }
}
