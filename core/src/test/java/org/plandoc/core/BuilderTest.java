package org.plandoc.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuilderTest {

    static final Numbering ONE = new Numbering(NumberingStyle.ARABIC_DOT, 1, "1.");
    static final SourceSpan SPAN = new SourceSpan(0, 4, 1, 1);

    @Test
    void buildersGiveWhatTheConstructorsGive() {
        Target t = new Target("新增床位1600张", "床位", Comparison.EXACTLY, new BigDecimal("1600"), null, "张", null, "年底前",
            false, SPAN);
        assertThat(Target.builder().text("新增床位1600张").indicator("床位").comparator(Comparison.EXACTLY)
            .value(new BigDecimal("1600")).unit("张").deadline(Deadline.ofText("年底前")).span(SPAN).build()).isEqualTo(t);
        Item item = new Item(ONE, "标题", "正文", List.of(), List.of(t), SPAN);
        assertThat(Item.builder().numbering(ONE).title("标题").text("正文").targets(List.of(t)).span(SPAN).build())
            .isEqualTo(item);
        Section section = new Section(ONE, "节", List.of("正文"), List.of(item), SPAN);
        assertThat(Section.builder().numbering(ONE).title("节").body(List.of("正文")).items(List.of(item)).span(SPAN).build())
            .isEqualTo(section);
        Plan plan = new Plan("计划", PlanMetadata.EMPTY, List.of(), List.of(section), List.of(), SPAN);
        assertThat(Plan.builder().title("计划").sections(List.of(section)).span(SPAN).build()).isEqualTo(plan);
        PlanMetadata meta = new PlanMetadata("委员会", LocalDate.of(2024, 3, 1), null, null, null, null);
        assertThat(PlanMetadata.builder().issuer("委员会").date(LocalDate.of(2024, 3, 1)).build()).isEqualTo(meta);
    }

    @Test
    void toBuilderCopiesEveryValue() {
        Deadline d = new Deadline("6月底前", LocalDate.of(2024, 6, 30), Deadline.Precision.MONTH);
        Item item = Item.builder().numbering(ONE).title("甲").text("乙").leadUnits(List.of("市卫健委"))
            .supportingUnits(List.of("各区县")).deadline(d).span(SPAN).build();
        assertThat(item.toBuilder().build()).isEqualTo(item);
        assertThat(item.toBuilder().title("丙").build().deadline()).isEqualTo(d);
        Section s = Section.builder().numbering(ONE).title("节").leadUnits(List.of("商务部")).deadline(d).build();
        assertThat(s.toBuilder().build()).isEqualTo(s);
        Plan p = Plan.builder().title("计划").preamble(List.of("前言")).closing(List.of("附则")).sections(List.of(s)).build();
        assertThat(p.toBuilder().build()).isEqualTo(p);
        Target t = Target.builder().text("XX家").comparator(Comparison.AT_LEAST).placeholder(true).kind(TargetKind.BASELINE).build();
        assertThat(t.toBuilder().build()).isEqualTo(t);
        assertThat(t.withKind(TargetKind.RESULT).kind()).isEqualTo(TargetKind.RESULT);
        assertThat(t.withKind(TargetKind.BASELINE)).isSameAs(t);
        PlanMetadata m = PlanMetadata.builder().documentNumber("文号").recipients("各区").published(LocalDate.of(2024, 1, 2))
            .source("网站").build();
        assertThat(m.toBuilder().build()).isEqualTo(m);
    }

    @Test
    void buildersValidateAsTheConstructorsDo() {
        assertThatThrownBy(() -> Item.builder().title("无编号").build()).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("numbering");
        assertThatThrownBy(() -> Target.builder().text("1~2名").comparator(Comparison.BETWEEN).value(BigDecimal.ONE).build())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upper");
        assertThatThrownBy(() -> Section.builder().numbering(ONE).items(null).build()).isInstanceOf(NullPointerException.class);
    }

    @Test
    void oneDeadlineTypeForItemsAndTargets() {
        Target t = new Target("年底前完成1600张", "", Comparison.EXACTLY, BigDecimal.ONE, null, "张", null, "年底前", false, null);
        assertThat(t.deadline()).isEqualTo(new Deadline("年底前", null, Deadline.Precision.UNKNOWN));
        assertThat(Deadline.ofText(null)).isNull();
        assertThatThrownBy(() -> new Deadline("年底前", LocalDate.of(2024, 12, 31), Deadline.Precision.UNKNOWN))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void diagnosticCodesAreATypeWithTheirSeverityAndMeaning() {
        assertThat(DiagnosticCode.of("PD101")).contains(DiagnosticCode.DUPLICATE_NUMBER);
        assertThat(DiagnosticCode.of("PD999")).isEmpty();
        Diagnostic d = new Diagnostic(DiagnosticCode.MALFORMED_INPUT, "bytes replaced", SPAN);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.code()).isEqualTo("PD402");
        assertThat(d.is(DiagnosticCode.MALFORMED_INPUT)).isTrue();
        assertThat(d.is(DiagnosticCode.NOISE)).isFalse();
        for (DiagnosticCode c : DiagnosticCode.values()) {
            assertThat(c.code()).matches("PD[1-4][0-9]{2}");
            assertThat(c.description()).isNotBlank();
        }
        assertThat(java.util.Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::code).distinct())
            .hasSize(DiagnosticCode.values().length);
    }
}
