package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandoc.core.Item;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.seeds.Seeds;

/**
 * The outline counts of each corpus document's .meta.md (sections, items per
 * section, deepest level), transcribed by hand from those files.
 */
class CorpusOutlineTest {

    static final PlanParser PARSER = PlanParser.builder().build();

    static List<Plan> plans(String name) {
        ParseResult result = PARSER.parse(Seeds.text(name));
        return result.plans().stream().filter(p -> !p.sections().isEmpty()).toList();
    }

    static List<Integer> itemsPerSection(Plan plan) {
        return plan.sections().stream().map(s -> s.items().size()).toList();
    }

    static int deepest(Plan plan) {
        int max = plan.sections().isEmpty() ? 0 : 1;
        for (Section s : plan.sections()) {
            max = Math.max(max, 1 + depth(s.items()));
        }
        return max;
    }

    static int depth(List<Item> items) {
        int max = 0;
        for (Item i : items) {
            max = Math.max(max, 1 + depth(i.items()));
        }
        return max;
    }

    /** Per section, how many nodes of {@code style} (at any depth) it holds. */
    static List<Integer> count(Plan plan, NumberingStyle style, int decimalDepth) {
        List<Integer> out = new ArrayList<>();
        for (Section s : plan.sections()) {
            out.add(count(s.items(), style, decimalDepth));
        }
        return out;
    }

    static int count(List<Item> items, NumberingStyle style, int decimalDepth) {
        int n = 0;
        for (Item i : items) {
            boolean match = i.numbering().style() == style
                && (style != NumberingStyle.DECIMAL || i.numbering().label().split("[.．]").length == decimalDepth);
            n += (match ? 1 : 0) + count(i.items(), style, decimalDepth);
        }
        return n;
    }

    @Test
    void vocationalEducationReformNumbersLevelTwoAcrossSections() {
        List<Plan> plans = plans("01_zhijiao_gaige_2019.txt");
        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).title()).isEqualTo("国家职业教育改革实施方案");
        assertThat(itemsPerSection(plans.get(0))).containsExactly(4, 4, 4, 2, 2, 2, 2);
        assertThat(plans.get(0).sections().get(1).items().get(0).numbering().ordinal()).as("（五） opens 二、").isEqualTo(5);
        assertThat(deepest(plans.get(0))).isEqualTo(2);
    }

    @Test
    void zeroWasteCitiesRestartsLevelTwoInEachSection() {
        List<Plan> plans = plans("02_wufei_chengshi_2018.txt");
        assertThat(plans).hasSize(1);
        assertThat(itemsPerSection(plans.get(0))).containsExactly(5, 6, 4, 4);
        assertThat(deepest(plans.get(0))).isEqualTo(2);
    }

    @Test
    void hospitalAssessmentHasAnAttachmentWithThreeLevelsAndNotes() {
        List<Plan> plans = plans("03_sanji_yiyuan_jixiao_2019.txt");
        assertThat(plans).hasSize(2);
        assertThat(plans.get(0).title()).as("a title broken over two lines").isEqualTo("国务院办公厅关于加强三级公立医院绩效考核工作的意见");
        assertThat(itemsPerSection(plans.get(0))).containsExactly(3, 4, 4, 3, 5);
        assertThat(deepest(plans.get(0))).isEqualTo(2);
        Plan attachment = plans.get(1);
        assertThat(attachment.title()).isEqualTo("三级公立医院绩效考核指标");
        assertThat(itemsPerSection(attachment)).as("（一）…（十四） across 4 groups").containsExactly(4, 4, 4, 2);
        List<Integer> indicators = new ArrayList<>();
        attachment.sections().forEach(s -> s.items().forEach(i -> indicators.add(i.items().size())));
        assertThat(indicators).containsExactly(7, 8, 6, 3, 2, 10, 5, 2, 3, 3, 2, 1, 2, 1);
        assertThat(deepest(attachment)).isEqualTo(3);
        assertThat(attachment.closing()).as("注： and its 12 notes").hasSize(13);
    }

    @Test
    void websiteConsolidationHasOneThirdLevelList() {
        List<Plan> plans = plans("05_zhengfu_wangzhan_jiyuehua_2018.txt");
        assertThat(plans).hasSize(1);
        assertThat(itemsPerSection(plans.get(0))).containsExactly(3, 0, 5, 3, 3);
        assertThat(plans.get(0).sections().get(0).items().get(1).items()).hasSize(4);
        assertThat(deepest(plans.get(0))).isEqualTo(3);
    }

    @Test
    void grainEmergencyPlanUsesDecimalNumberingAndItsContentsAreNotCountedTwice() {
        List<Plan> plans = plans("06_liangshi_yingji_yuan_2005.txt");
        assertThat(plans).hasSize(1);
        Plan plan = plans.get(0);
        assertThat(plan.sections()).hasSize(7);
        assertThat(itemsPerSection(plan)).containsExactly(4, 2, 2, 4, 5, 4, 3);
        assertThat(count(plan, NumberingStyle.DECIMAL, 3)).containsExactly(3, 3, 0, 5, 7, 4, 0);
        assertThat(count(plan, NumberingStyle.ARABIC_PAREN, 0)).containsExactly(3, 22, 3, 11, 0, 10, 0);
        assertThat(deepest(plan)).isEqualTo(4);
    }

    @Test
    void governmentWorkReportHasAnAnnexThatRestartsNumberingAndAGlossary() {
        List<Plan> plans = plans("10_guangdong_zfgzbg_2026.txt");
        assertThat(plans).hasSize(2);
        assertThat(plans.get(0).title()).isEqualTo("政府工作报告");
        assertThat(itemsPerSection(plans.get(0))).as("一是…六是, 一是…五是, （一）…（十四）").containsExactly(6, 5, 14);
        assertThat(deepest(plans.get(0))).isEqualTo(2);
        assertThat(plans.get(0).closing()).as("the closing address").anyMatch(p -> p.startsWith("各位代表！奋进正当其时"));
        assertThat(plans.get(1).title()).isEqualTo("2026年省十件民生实事");
        assertThat(plans.get(1).sections()).hasSize(10);
        // 附件2 名词解释: a glossary is closing notes, not a plan of 13 items (the meta lists its 13 entries)
        assertThat(plans.get(1).closing()).filteredOn(p -> p.matches("^\\d+\\..*")).hasSize(13);
        assertThat(plans.get(1).closing().get(0)).isEqualTo("附件2");
    }
}
