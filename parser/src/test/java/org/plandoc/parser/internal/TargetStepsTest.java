package org.plandoc.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plandoc.core.Comparison;
import org.plandoc.core.TargetKind;

/**
 * Each step of reading a target alone: the quantity (number, range, multiplier,
 * unit), the comparator, the indicator and the kind. The cases are phrases of the
 * real-world documents and of the issue that asked for each rule.
 */
class TargetStepsTest {

    static Logical logical(String s) {
        Logical l = new Logical(s.length());
        l.append(s, 0, s.length());
        return l;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text | where the number starts | value | upper | printed unit
        "粮食产量1.3万亿斤以上|4|1.3||万亿斤",
        "新增新型储能应用规模50万千瓦|10|50||万千瓦",
        "细颗粒物平均浓度35微克/立方米|8|35||微克/立方米",
        "在15个工作日内作出决定|1|15||个工作日",
        "60%—70%估算采购总量|0|60|70|%",
        "3500多个拟竣工投产项目|0|3500||个",
        "再建500座农牧区便民桥|2|500||座",
        "全市甲乙类传染病发病率控制在280／10万以内|14|280||/10万"})
    void quantities(String text, int at, String value, String upper, String unit) {
        Quantities.Reading q = Quantities.read(logical(text), at, 0, text.length());
        assertThat(q).as(text).isNotNull();
        assertThat(q.first().value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(q.upper() == null ? null : q.upper().value().toPlainString()).isEqualTo(upper);
        assertThat(q.printedUnit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026年10月|0", "65岁以上老年人|0", "PM2.5浓度|2", "第五届|1", "二级医院|0", "×100%|1"})
    void notQuantities(String text, int at) {
        assertThat(Quantities.read(logical(text), at, 0, text.length())).as(text).isNull();
    }

    @Test
    void aNumberWithMoreOrOddIsLoose() {
        String text = "支持项目4200余个";
        assertThat(Quantities.read(logical(text), 4, 0, text.length()).loose()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text | where the number starts | where its unit ends | unit | comparator
        "比例不得低于80%|6|9|%|at-least",
        "不少于600家|3|7|家|at-least",
        "高铁里程突破3400公里|6|12|公里|more-than",
        "总投资近2000亿元|4|10|亿元|about",
        "单户担保金额500万元及以下|6|11|万元|at-most",
        "城镇调查失业率控制在5.5%左右|10|14|%|about",
        "确保1年内完成|2|4|年|at-most",
        "10家以上|0|3|家|at-least"})
    void comparators(String text, int at, int unitEnd, String unit, String comparator) {
        Logical t = logical(text);
        Comparators.Word before = Comparators.before(t, at, 0);
        Comparators.Word after = Comparators.after(t, unitEnd, text.length(), unit);
        assertThat(Comparators.combine(before, after, false, false).id()).as(text).isEqualTo(comparator);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // words before the number | unit | indicator
        "规模养殖场粪污处理设施装备配套率达到|%|规模养殖场粪污处理设施装备配套率",
        "地区生产总值增长|%|地区生产总值",
        "力争规上高新技术企业达到|万家|规上高新技术企业",
        "赤字率拟按|%|赤字率",
        "重点事项审批时限压缩|%|重点事项审批时限",
        "新增病床位|张|病床位",
        "实施补链强链重点项目|个|补链强链重点项目",
        "组织企业参加境外展洽活动|场|境外展洽活动",
        "全年开展职业技能培训|万人次|职业技能培训",
        "城镇新增就业|万人|城镇新增就业",
        "生物实验室备案实现在线办理比例|%|在线办理比例",
        "确保全区高血压、糖尿病患者规范管理率≥|%|规范管理率",
        "全省地区生产总值增长|%|地区生产总值",
        "新改建农村公路|公里|新改建农村公路",
        "新增劳动力平均受教育年限达到|年|新增劳动力平均受教育年限",
        "筹措供应“新时代城市建设者管理者之家”床位|万张|“新时代城市建设者管理者之家”床位"})
    void indicatorsBeforeTheNumber(String prefix, String unit, String indicator) {
        String p = prefix.endsWith("≥") ? prefix.substring(0, prefix.length() - 1) : prefix;
        assertThat(Indicators.before(p, unit)).isEqualTo(indicator);
    }

    @Test
    void anIndicatorNeverStartsInsideAQuotationNorIsAVerb() {
        assertThat(Indicators.before("”的新型工业化发展")).doesNotStartWith("”").doesNotStartWith("的");
        assertThat(Indicators.bare(Indicators.before("改建"))).isTrue();
        assertThat(Indicators.after("的认知障碍照护床位")).isEqualTo("认知障碍照护床位");
        assertThat(Indicators.after("未来产业加速园建设")).isEqualTo("未来产业加速园");
        assertThat(Indicators.after("实现政府性融资担保业务市级全覆盖")).isEqualTo("政府性融资担保业务市级全覆盖");
    }

    @Test
    void aCountedNounEndsBeforeTheVerbThatFollowsIt() {
        // 27所二级医院支援帮扶7所县级医院: the hospitals counted, not what they do
        var plan = org.plandoc.parser.PlanParser.builder().build()
            .parse("一、重点任务\n1.强化对口支援帮扶。组织16所三级医院、27所二级医院支援帮扶7所县级医院。\n").plans().get(0);
        var indicators = new java.util.ArrayList<String>();
        plan.accept(new org.plandoc.core.PlanVisitor() {
            @Override
            public void visit(org.plandoc.core.Target t) {
                indicators.add(t.indicator());
            }
        });
        assertThat(indicators).containsExactly("三级医院", "二级医院", "县级医院");
    }

    static TargetKind kind(String sentence, String quantity, String unit, Kinds.Part part) {
        int start = sentence.indexOf(quantity);
        return Kinds.of(new Source(sentence), start, start + quantity.length(), unit, part);
    }

    @Test
    void kindsFromTheSentenceAndThePart() {
        assertThat(kind("城镇新增就业75.7万人。", "城镇新增就业75.7万人", "万人", Kinds.Part.REVIEW)).isEqualTo(TargetKind.RESULT);
        assertThat(kind("城镇新增就业110万人以上。", "城镇新增就业110万人以上", "万人", Kinds.Part.PLAN))
            .isEqualTo(TargetKind.COMMITMENT);
        assertThat(kind("过去一年，建成了保障房3万套。", "保障房3万套", "万套", Kinds.Part.PLAN)).isEqualTo(TargetKind.RESULT);
        assertThat(kind("力争明年全部完成，覆盖率达到90%。", "覆盖率达到90%", "%", Kinds.Part.REVIEW))
            .isEqualTo(TargetKind.COMMITMENT);
        assertThat(kind("处以三万元以下的罚款。", "三万元以下", "万元", Kinds.Part.RULES)).isEqualTo(TargetKind.PENALTY);
        assertThat(kind("每个评审组不得少于3人。", "不得少于3人", "人", Kinds.Part.PLAN)).isEqualTo(TargetKind.REQUIREMENT);
        assertThat(kind("租赁期限最长不超过70年。", "不超过70年", "年", Kinds.Part.RULES)).isEqualTo(TargetKind.REQUIREMENT);
        assertThat(kind("应当在15个工作日内作出决定。", "15个工作日内", "个工作日", Kinds.Part.PLAN))
            .isEqualTo(TargetKind.REQUIREMENT);
        assertThat(kind("确保1年内完成合同用量。", "1年内完成合同用量", "年", Kinds.Part.PLAN)).isEqualTo(TargetKind.COMMITMENT);
        assertThat(kind("重点支持单户担保金额500万元及以下的小微企业。", "单户担保金额500万元及以下", "万元", Kinds.Part.PLAN))
            .isEqualTo(TargetKind.REQUIREMENT);
        assertThat(kind("预计今年高校毕业生超过1170万人。", "预计今年高校毕业生超过1170万人", "万人", Kinds.Part.PLAN))
            .isEqualTo(TargetKind.BASELINE);
        assertThat(kind("每年至少开展一次检查。", "至少开展一次", "次", Kinds.Part.PLAN)).isEqualTo(TargetKind.REQUIREMENT);
    }

    @Test
    void reviewHeadings() {
        assertThat(Kinds.reviewHeading("2025年工作回顾", 2026)).isTrue();
        assertThat(Kinds.reviewHeading("“十四五”时期工作回顾", 2026)).isTrue();
        assertThat(Kinds.reviewHeading("2025年主要工作和“十四五”发展成就", 2026)).isTrue();
        assertThat(Kinds.reviewHeading("2026年重点工作", 2026)).isFalse();
        assertThat(Kinds.reviewHeading("2025年工作安排建议", 2025)).isFalse();
        assertThat(Kinds.reviewHeading("“十五五”时期主要目标任务", 2026)).isFalse();
    }

    @Test
    void comparisonEnumIsComplete() {
        assertThat(Comparison.values()).hasSize(7);
    }
}
