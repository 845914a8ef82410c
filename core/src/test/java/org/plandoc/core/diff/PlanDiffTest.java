package org.plandoc.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.Comparison;
import org.plandoc.core.Deadline;
import org.plandoc.core.Item;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.Plan;
import org.plandoc.core.Quantity;
import org.plandoc.core.Section;
import org.plandoc.core.Target;
import org.plandoc.core.TargetKind;
import org.junit.jupiter.api.Test;

class PlanDiffTest {

    static final PlanDiff DIFF = PlanDiff.builder().build();

    static Target target(String text, String indicator, Comparison c, String value, String unit) {
        return Target.builder().text(text).indicator(indicator).comparator(c).value(new BigDecimal(value)).unit(unit)
            .build();
    }

    static Item item(int n, String title, String text, Target... targets) {
        return Item.builder().numbering(new Numbering(NumberingStyle.CHINESE_PAREN, n, "（" + n + "）")).title(title)
            .text(text).targets(List.of(targets)).build();
    }

    static Section section(int n, String title, Item... items) {
        return Section.builder().numbering(new Numbering(NumberingStyle.CHINESE_DUN, n, n + "、")).title(title)
            .items(List.of(items)).build();
    }

    /** A small work report: three sections of distinct tasks, with targets. */
    static Plan lastYear() {
        return Plan.builder().title("2025年工作要点").sections(List.of(
            section(1, "扩大内需",
                item(1, "提振消费", "实施提振消费专项行动，开展以旧换新，社会消费品零售总额增长5%。",
                    target("社会消费品零售总额增长5%", "社会消费品零售总额", Comparison.EXACTLY, "5", "%")),
                item(2, "扩大有效投资", "推进重大项目建设，完成年度投资1万亿元以上，开工高速公路和铁路。",
                    target("完成年度投资1万亿元以上", "年度投资", Comparison.AT_LEAST, "1", "万亿元").toBuilder()
                        .normalized(new Quantity(new BigDecimal("1000000000000"), "元")).build())),
            section(2, "发展新质生产力",
                item(1, "加强科技创新", "建设实验室和创新平台，研发投入强度达3.3%左右，引进顶尖人才。",
                    target("研发投入强度达3.3%左右", "研发投入强度", Comparison.ABOUT, "3.3", "%")),
                item(2, "培育未来产业", "布局人工智能、低空经济、生物制造等未来产业，建设先导区。")),
            section(3, "保障和改善民生",
                item(1, "促进就业", "城镇新增就业100万人以上，做好高校毕业生就业服务。",
                    target("城镇新增就业100万人以上", "城镇新增就业", Comparison.AT_LEAST, "100", "万人")),
                item(2, "发展养老服务", "新增养老护理员8000人，建设社区嵌入式养老服务机构，发展银发经济。",
                    target("新增养老护理员8000人", "养老护理员", Comparison.EXACTLY, "8000", "人")))))
            .build();
    }

    @Test
    void aPlanAgainstItselfReportsNothing() {
        Plan plan = lastYear();
        PlanChanges changes = DIFF.compare(plan, plan);
        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.items()).hasSize(6)
            .allSatisfy(m -> assertThat(m.similarity()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(changes.sections()).hasSize(3);
        assertThat(changes.targets()).isEmpty();
    }

    @Test
    void aRenumberedCopyReportsOnlyMoves() {
        Plan plan = lastYear();
        List<Section> s = plan.sections();
        // sections 一 and 二 swapped and renumbered, and the two items of 三 swapped and renumbered
        Section three = s.get(2);
        Section threeSwapped = three.toBuilder().items(List.of(
            three.items().get(1).toBuilder().numbering(three.items().get(0).numbering()).build(),
            three.items().get(0).toBuilder().numbering(three.items().get(1).numbering()).build())).build();
        Plan renumbered = plan.toBuilder().sections(List.of(
            s.get(1).toBuilder().numbering(s.get(0).numbering()).build(),
            s.get(0).toBuilder().numbering(s.get(1).numbering()).build(),
            threeSwapped)).build();

        PlanChanges changes = DIFF.compare(plan, renumbered);
        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.addedSections()).isEmpty();
        assertThat(changes.removedSections()).isEmpty();
        assertThat(changes.addedItems()).isEmpty();
        assertThat(changes.removedItems()).isEmpty();
        assertThat(changes.rewordedItems()).isEmpty();
        assertThat(changes.targets()).isEmpty();
        assertThat(changes.changedSections()).hasSize(1)
            .allSatisfy(m -> assertThat(m.moved() && !m.reworded()).isTrue());
        // one of two swapped neighbours moved, not both; the items of the swapped sections did not move
        assertThat(changes.movedItems()).hasSize(1)
            .allSatisfy(m -> assertThat(m.move()).isEqualTo(ItemMatch.Move.ORDER));
        assertThat(changes.movedItems().get(0).before().section()).isSameAs(three);
    }

    @Test
    void itemsAddedRemovedMovedAndReworded() {
        Plan old = lastYear();
        List<Section> s = old.sections();
        Item employment = s.get(2).items().get(0);
        Plan now = old.toBuilder().sections(List.of(
            // 提振消费 reworded; 扩大有效投资 stays
            s.get(0).toBuilder().items(List.of(
                s.get(0).items().get(0).toBuilder().title("全方位提振消费").build(),
                s.get(0).items().get(1),
                // 促进就业 moved here from 三
                employment.toBuilder().numbering(new Numbering(NumberingStyle.CHINESE_PAREN, 3, "（3）")).build())).build(),
            // 培育未来产业 dropped, a new task added
            s.get(1).toBuilder().items(List.of(s.get(1).items().get(0),
                item(2, "建设数据要素市场", "推进公共数据授权运营，培育数据交易所和数商企业，建设可信数据空间。"))).build(),
            s.get(2).toBuilder().items(List.of(s.get(2).items().get(1))).build())).build();

        PlanChanges changes = DIFF.compare(old, now);
        assertThat(changes.addedItems()).extracting(e -> e.item().title()).containsExactly("建设数据要素市场");
        assertThat(changes.removedItems()).extracting(e -> e.item().title()).containsExactly("培育未来产业");
        assertThat(changes.movedItems()).extracting(m -> m.before().item().title() + " " + m.move())
            .containsExactly("促进就业 SECTION");
        assertThat(changes.rewordedItems()).hasSize(1);
        assertThat(changes.rewordedItems().get(0).titleEdits())
            .containsExactly(new TextEdit(TextEdit.Op.INSERT, "全方位"), new TextEdit(TextEdit.Op.EQUAL, "提振消费"));
        assertThat(changes.targets()).isEmpty();
    }

    @Test
    void targetsPairedByIndicatorAndUnitWithDirectionComparatorAndDeadline() {
        Target consumption = target("社会消费品零售总额增长4%以上", "社会消费品零售总额", Comparison.AT_LEAST, "4", "%");
        Target investment = Target.builder().text("年度投资1.1万亿元").indicator("年度投资").comparator(Comparison.EXACTLY)
            .value(new BigDecimal("1.1")).unit("万亿元").normalized(new Quantity(new BigDecimal("1100000000000"), "元"))
            .build();
        Target rd = target("研发投入强度达到3.3%左右", "全社会研发投入强度", Comparison.ABOUT, "3.3", "%")
            .toBuilder().deadline(new Deadline("2026年底前", LocalDate.of(2026, 12, 31), Deadline.Precision.YEAR)).build();
        Target nurses = target("新增养老护理员1万人", "养老护理员", Comparison.EXACTLY, "1", "万人");
        Target past = target("去年新增就业120万人", "新增就业", Comparison.EXACTLY, "120", "万人").withKind(TargetKind.RESULT);
        Target fresh = target("新增数据集100个", "数据集", Comparison.EXACTLY, "100", "个");
        Plan old = lastYear();
        Plan now = old.toBuilder().sections(List.of(
            section(1, "扩大内需",
                item(1, "提振消费", "实施提振消费专项行动。", consumption),
                item(2, "扩大有效投资", "推进重大项目建设。", investment.toBuilder().build())),
            section(2, "发展新质生产力", item(1, "加强科技创新", "建设实验室。", rd, fresh)),
            section(3, "保障和改善民生", item(1, "促进就业", "做好就业服务。", past),
                item(2, "发展养老服务", "发展银发经济。", nurses)))).build();

        PlanChanges changes = DIFF.compare(old, now);
        List<String> said = new ArrayList<>();
        for (TargetChange t : changes.targets()) {
            said.add(t.kind().id() + " " + (t.before() == null ? "" : t.before().text()) + " → "
                + (t.after() == null ? "" : t.after().text()) + " " + t.direction() + " " + t.comparatorChanged()
                + " " + t.deadlineChanged());
        }
        assertThat(said).containsExactly(
            "changed 社会消费品零售总额增长5% → 社会消费品零售总额增长4%以上 LOWERED true false",
            // 1万亿元以上 → 1.1万亿元: compared after multipliers
            "changed 完成年度投资1万亿元以上 → 年度投资1.1万亿元 RAISED true false",
            "changed 研发投入强度达3.3%左右 → 研发投入强度达到3.3%左右 SAME false true",
            "added  → 新增数据集100个 null false false",
            // 8000人 → 1万人: another unit as printed, so not one indicator's pair (no multiplier known)
            "added  → 新增养老护理员1万人 null false false",
            // the result (past) is no commitment: 城镇新增就业 is dropped, not paired with it
            "dropped 城镇新增就业100万人以上 →  null false false",
            "dropped 新增养老护理员8000人 →  null false false");
    }

    @Test
    void everyQuantityWhenAsked() {
        Target past = target("去年城镇新增就业120万人", "城镇新增就业", Comparison.EXACTLY, "120", "万人")
            .withKind(TargetKind.RESULT);
        Plan old = lastYear();
        Plan now = old.toBuilder().sections(List.of(section(1, "民生", item(1, "促进就业", "就业。", past)))).build();
        assertThat(PlanDiff.builder().allTargets(true).build().compare(old, now).targets())
            .anySatisfy(t -> assertThat(t.kind() == TargetChange.Kind.CHANGED && t.direction() == TargetChange.Direction.RAISED).isTrue());
    }

    @Test
    void aRangeCountsByItsMiddle() {
        Target about = target("生产总值增长5.5%左右", "生产总值", Comparison.ABOUT, "5.5", "%");
        Target range = Target.builder().text("全省生产总值增长5%—5.5%").indicator("全省生产总值").comparator(Comparison.BETWEEN)
            .value(new BigDecimal("5")).upper(new BigDecimal("5.5")).unit("%").build();
        TargetChange t = new TargetChange(TargetChange.Kind.CHANGED, about, range);
        assertThat(t.direction()).isEqualTo(TargetChange.Direction.LOWERED);
        assertThat(t.comparatorChanged()).isTrue();
        assertThat(t.valueChanged()).isTrue();
    }

    @Test
    void builderValidates() {
        assertThatThrownBy(() -> PlanDiff.builder().threshold(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanDiff.builder().threshold(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanDiff.builder().textLength(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DIFF.compare(null, lastYear())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TargetChange(TargetChange.Kind.ADDED, lastYear().allTargets().findFirst().get(), null))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyPlans() {
        Plan empty = Plan.builder().build();
        assertThat(DIFF.compare(empty, empty).isEmpty()).isTrue();
        PlanChanges all = DIFF.compare(empty, lastYear());
        assertThat(all.addedSections()).hasSize(3);
        assertThat(all.addedItems()).hasSize(6);
        assertThat(all.targets()).hasSize(5).allSatisfy(t -> assertThat(t.kind()).isEqualTo(TargetChange.Kind.ADDED));
    }
}
