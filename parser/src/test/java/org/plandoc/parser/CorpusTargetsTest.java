package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandoc.core.Target;
import org.plandoc.seeds.Seeds;

/**
 * The quantified targets each corpus document's .meta.md quotes verbatim,
 * transcribed by hand with the quantity they state. (Lines there that only give
 * a deadline, such as 2019年12月底前完成…, state no quantity: deadlines are the
 * units-and-deadlines issue's.)
 */
class CorpusTargetsTest {

    record Expect(String verbatim, String quantity, String comparator, String value, String unit) {
    }

    static List<Target> targets(String name) {
        return TargetsTest.targets(PlanParser.builder().build().parse(Seeds.text(name)).plans());
    }

    static void check(String name, Expect... expects) {
        List<Target> found = targets(name);
        List<String> missing = new ArrayList<>();
        for (Expect e : expects) {
            boolean ok = found.stream().anyMatch(t -> (e.verbatim().contains(t.text()) || t.text().contains(e.quantity()))
                && e.verbatim().contains(e.quantity()) && t.text().contains(e.quantity())
                && t.comparator().id().equals(e.comparator())
                && t.value() != null && t.value().compareTo(new BigDecimal(e.value())) == 0
                && t.unit().equals(e.unit()));
            if (!ok) {
                missing.add(e.toString());
            }
        }
        assertThat(missing).as(name).isEmpty();
    }

    @Test
    void vocationalEducation() {
        check("01_zhijiao_gaige_2019.txt",
            new Expect("建设50所高水平高等职业学校和150个骨干专业（群）", "50所", "exactly", "50", "所"),
            new Expect("建设50所高水平高等职业学校和150个骨干专业（群）", "150个", "exactly", "150", "个"),
            new Expect("推动建设300个具有辐射引领作用的高水平专业化产教融合实训基地", "300个", "exactly", "300", "个"),
            new Expect("顶岗实习时间一般为6个月", "6个月", "exactly", "6", "个月"),
            new Expect("经过5—10年左右时间", "5—10年", "between", "5", "年"),
            new Expect("建立100个“双师型”教师培养培训基地", "100个", "exactly", "100", "个"),
            new Expect("2020年初步建成300个示范性职业教育集团（联盟）", "300个", "exactly", "300", "个"),
            new Expect("从具有3年以上企业工作经历", "3年以上", "at-least", "3", "年"));
    }

    @Test
    void zeroWasteCities() {
        check("02_wufei_chengshi_2018.txt",
            new Expect("在全国范围内选择10个左右有条件、有基础、规模适当的城市", "10个左右", "about", "10", "个"),
            new Expect("规模养殖场粪污处理设施装备配套率达到95%以上", "95%以上", "at-least", "95", "%"),
            new Expect("畜禽粪污综合利用率达到75%以上", "75%以上", "at-least", "75", "%"),
            new Expect("秸秆综合利用率达到85%以上", "85%以上", "at-least", "85", "%"),
            new Expect("重点用膜区当季地膜回收率达到80%以上", "80%以上", "at-least", "80", "%"));
    }

    @Test
    void hospitalAssessmentAndWebsites() {
        check("03_sanji_yiyuan_jixiao_2019.txt",
            new Expect("三级公立医院绩效考核指标体系由医疗质量、运营效率、持续发展、满意度评价等4个方面的指标构成", "4个", "exactly", "4", "个"));
        check("05_zhengfu_wangzhan_jiyuehua_2018.txt",
            new Expect("确定北京、吉林、安徽、山东、湖北、湖南、广东、广西、重庆、贵州10个省（区、市）", "10个", "exactly", "10", "个"));
    }

    @Test
    void grainEmergencyPlanWithChineseNumerals() {
        check("06_liangshi_yingji_yuan_2005.txt",
            new Expect("最迟不超过4个小时", "4个小时", "at-most", "4", "个小时"),
            new Expect("国家粮食应急工作指挥部办公室必须24小时值班", "24小时", "exactly", "24", "小时"),
            new Expect("重点保证北京、天津、上海、重庆4个直辖市", "4个", "exactly", "4", "个"),
            new Expect("“产区保持三个月销量，销区保持六个月销量”", "三个月", "exactly", "3", "个月"),
            new Expect("“产区保持三个月销量，销区保持六个月销量”", "六个月", "exactly", "6", "个月"),
            new Expect("两个以上省、自治区、直辖市出现粮食应急状态", "两个以上", "at-least", "2", "个"));
    }

    @Test
    void governmentWorkReport() {
        check("10_guangdong_zfgzbg_2026.txt",
            new Expect("地区生产总值增长4.5%—5%，在实际工作中全力争取更好结果", "4.5%—5%", "between", "4.5", "%"),
            new Expect("地方一般公共预算收入增长3%左右", "3%左右", "about", "3", "%"),
            new Expect("地区生产总值年均增长5%左右", "5%左右", "about", "5", "%"),
            new Expect("行政村生活污水治理率提高到90%以上", "90%以上", "at-least", "90", "%"),
            new Expect("新增基础教育公办学位50万个", "50万个", "exactly", "50", "万个"),
            new Expect("年实际使用外资保持在千亿元以上", "千亿元以上", "at-least", "1000", "亿元"));
    }

    @Test
    void aTextWithoutNumbersHasNoTargets() {
        String text = "工作要点\n一、加强党的建设\n（一）提高政治站位。坚定“四个自信”、做到“两个维护”，落实“三会一课”。\n"
            + "（二）推进“十四五”规划。编制第五届规划，召开2024年3月1日会议，落实“公卫20条”。\n";
        assertThat(PlanParser.builder().build().parse(text).plans().get(0).sections().get(0).items())
            .allSatisfy(i -> assertThat(i.targets()).isEmpty());
    }
}
