package org.plandoc.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QueryTest {

    static Numbering n(NumberingStyle style, int ordinal, String label) {
        return new Numbering(style, ordinal, label);
    }

    static Target target(String text) {
        return Target.builder().text(text).comparator(Comparison.EXACTLY).value(BigDecimal.ONE).build();
    }

    /** 七、 with three items printed (二十), the way a damaged web page prints them, one with children. */
    static Plan damaged() {
        Item a = Item.builder().numbering(n(NumberingStyle.CHINESE_PAREN, 20, "(二十)")).title("甲").build();
        Item b1 = Item.builder().numbering(n(NumberingStyle.ARABIC_DOT, 1, "1.")).title("乙一").targets(List.of(target("乙一1个"))).build();
        Item b2 = Item.builder().numbering(n(NumberingStyle.ARABIC_DOT, 2, "2.")).title("乙二").build();
        Item b = Item.builder().numbering(n(NumberingStyle.CHINESE_PAREN, 21, "(二十)")).title("乙").items(List.of(b1, b2))
            .targets(List.of(target("乙2个"))).build();
        Item c = Item.builder().numbering(n(NumberingStyle.CHINESE_PAREN, 22, "(二十")).title("丙").build();
        Section seven = Section.builder().numbering(n(NumberingStyle.CHINESE_DUN, 7, "七、")).title("七").items(List.of(a, b, c))
            .targets(List.of(target("七3个"))).build();
        Item h1 = Item.builder().numbering(n(NumberingStyle.ARABIC_DOT, 1, "1.")).title("丁").build();
        Section heading = Section.builder().numbering(n(NumberingStyle.HEADING, 1, "")).title("2026年重点工作").items(List.of(h1)).build();
        return Plan.builder().title("计划").targets(List.of(target("全年4个"))).sections(List.of(seven, heading)).build();
    }

    @Test
    void itemsAtAnyDepthWithParentDepthAndARepairedUniquePath() {
        Plan plan = damaged();
        List<ItemEntry> entries = plan.items().collect(Collectors.toList());
        assertThat(entries).extracting(e -> e.path().toString())
            .containsExactly("七.（二十）", "七.（二十一）", "七.（二十一）.1", "七.（二十一）.2", "七.（二十二）", "§1.1");
        assertThat(entries).extracting(e -> e.path().printed())
            .containsExactly("七.(二十)", "七.(二十)", "七.(二十).1", "七.(二十).2", "七.(二十", ".1");
        assertThat(entries).extracting(ItemEntry::depth).containsExactly(1, 1, 2, 2, 1, 1);
        assertThat(entries.get(2).parent()).isSameAs(entries.get(1).item());
        assertThat(entries.get(2).parentItem()).isSameAs(entries.get(1).item());
        assertThat(entries.get(1).parent()).isSameAs(plan.sections().get(0));
        assertThat(entries.get(1).parentItem()).isNull();
        assertThat(entries.get(5).section().title()).isEqualTo("2026年重点工作");
        assertThat(entries.stream().map(ItemEntry::path).distinct().count()).isEqualTo(entries.size());
    }

    @Test
    void findsAnItemByAPathWrittenInAnyStyle() {
        Plan plan = damaged();
        assertThat(plan.find(NumberPath.parse("七.（二十一）.2")).map(e -> e.item().title())).contains("乙二");
        assertThat(plan.find(NumberPath.parse("7.21.2")).map(e -> e.item().title())).contains("乙二");
        assertThat(plan.find(NumberPath.parse("七.(二十二)")).map(e -> e.item().title())).contains("丙");
        assertThat(plan.find(NumberPath.parse("§1.1")).map(e -> e.item().title())).contains("丁");
        assertThat(plan.find(NumberPath.parse("七.（二十三）"))).isEmpty();
        assertThat(plan.find(NumberPath.parse("七"))).as("a section is not an item").isEmpty();
    }

    @Test
    void pathsReadEveryStyleAndRefuseWhatIsNoNumber() {
        assertThat(NumberPath.parse("第一章.第三条.②").ordinals()).containsExactly(1, 3, 2);
        assertThat(NumberPath.parse("三是.（3）.4）.第二部分.１").ordinals()).containsExactly(3, 3, 4, 2, 1);
        assertThat(NumberPath.parse("二.3.2")).isEqualTo(NumberPath.parse("2.3.2")).hasToString("2.3.2");
        assertThatThrownBy(() -> NumberPath.parse("二..2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberPath.parse("二.甲")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("甲");
        assertThatThrownBy(() -> NumberPath.parse("0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStyleHasAStepThatReadsBackToItsOrdinal() {
        for (NumberingStyle style : NumberingStyle.values()) {
            for (int ordinal : new int[] {1, 9, 21}) {
                String step = NumberPath.step(style, ordinal);
                assertThat(NumberPath.parse(step).ordinals()).as(style + " " + step).containsExactly(ordinal);
            }
        }
        assertThat(NumberPath.step(NumberingStyle.CHINESE_DUN, 2)).isEqualTo("二");
        assertThat(NumberPath.step(NumberingStyle.CHINESE_PAREN, 3)).isEqualTo("（三）");
        assertThat(NumberPath.step(NumberingStyle.ARABIC_DOT, 12)).isEqualTo("12");
        assertThat(NumberPath.step(NumberingStyle.CHAPTER, 3)).isEqualTo("第三章");
        assertThat(NumberPath.step(NumberingStyle.CIRCLED, 3)).isEqualTo("③");
    }

    @Test
    void allTargetsInDocumentOrderOverAPlanAndAResult() {
        Plan plan = damaged();
        assertThat(plan.allTargets().map(Target::text)).containsExactly("全年4个", "七3个", "乙2个", "乙一1个");
        ParseResult result = new ParseResult(List.of(plan, plan), List.of(), null);
        assertThat(result.allTargets()).hasSize(8);
        assertThat(result.items()).hasSize(12);
        assertThat(result.items().skip(6).findFirst().orElseThrow().plan()).isSameAs(plan);
    }
}
