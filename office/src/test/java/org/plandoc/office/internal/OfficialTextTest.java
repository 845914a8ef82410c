package org.plandoc.office.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficialTextTest {

    @Test
    void datesInArabicNumeralsWithoutLeadingZeros() {
        assertThat(OfficialText.date(LocalDate.of(2024, 3, 1))).isEqualTo("2024年3月1日");
        assertThat(OfficialText.date(LocalDate.of(2023, 12, 31))).isEqualTo("2023年12月31日");
    }

    @Test
    void documentNumbersTakeHexagonalBracketsAndNoDi() {
        assertThat(OfficialText.documentNumber("市卫健发[2024]12号")).isEqualTo("市卫健发〔2024〕12号");
        assertThat(OfficialText.documentNumber("国办发【2019】第4号")).isEqualTo("国办发〔2019〕4号");
        assertThat(OfficialText.documentNumber("X政发（2024）12号")).isEqualTo("X政发〔2024〕12号");
        assertThat(OfficialText.documentNumber(" X政发〔2024〕12号 ")).isEqualTo("X政发〔2024〕12号");
        assertThat(OfficialText.documentNumber("第3号令")).as("no year in brackets: left as it is").isEqualTo("第3号令");
    }

    @Test
    void widthsCountChineseAsTwoHalves() {
        assertThat(OfficialText.halfWidths("2024年3月1日")).isEqualTo(12);
        assertThat(OfficialText.halfWidths("“两个维护”")).isEqualTo(12);
        assertThat(OfficialText.halfWidths("𠀀")).as("a character outside the BMP is one").isEqualTo(2);
    }

    @Test
    void shortTitlesStayOnOneLine() {
        assertThat(TitleLines.split("2024年西安市卫生健康工作要点", 40)).containsExactly("2024年西安市卫生健康工作要点");
    }

    @Test
    void longTitlesBreakIntoBalancedLinesAtWordEnds() {
        List<String> lines = TitleLines.split("国务院办公厅关于加强三级公立医院绩效考核工作的意见", 40);
        assertThat(lines).containsExactly("国务院办公厅关于加强", "三级公立医院绩效考核工作的意见");
        List<String> notice = TitleLines.split("国务院办公厅关于印发全国深化“放管服”改革优化营商环境电视电话会议重点任务分工方案的通知", 40);
        assertThat(notice).hasSize(3).allSatisfy(l -> assertThat(OfficialText.halfWidths(l)).isLessThanOrEqualTo(40));
        assertThat(String.join("", notice)).isEqualTo("国务院办公厅关于印发全国深化“放管服”改革优化营商环境电视电话会议重点任务分工方案的通知");
        for (String line : notice) {
            assertThat(line).doesNotStartWith("”").doesNotEndWith("“");
        }
        int shortest = notice.stream().mapToInt(OfficialText::halfWidths).min().orElseThrow();
        int longest = notice.stream().mapToInt(OfficialText::halfWidths).max().orElseThrow();
        assertThat(longest - shortest).as("balanced: " + notice).isLessThanOrEqualTo(12);
    }

    @Test
    void namesAndWordsThatGoOnStayWhole() {
        assertThat(TitleLines.split("中华人民共和国外国籍船舶航行长江水域管理规定", 40))
            .containsExactly("中华人民共和国", "外国籍船舶航行长江水域管理规定");
        assertThat(TitleLines.split("国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见", 40))
            .allSatisfy(l -> assertThat(l).doesNotEndWith("部").doesNotStartWith("门"));
    }

    @Test
    void anAdverbStaysWithItsVerb() {
        // 有效发挥: a line may begin with the adverb, never end with it
        assertThat(TitleLines.split("国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见", 40))
            .allSatisfy(l -> assertThat(l).doesNotEndWith("有效").doesNotEndWith("切实").doesNotStartWith("发挥").doesNotStartWith("支持"));
    }

    @Test
    void numbersAreNeverSplit() {
        List<String> lines = TitleLines.split("关于做好2024年全市卫生健康系统安全生产和消防安全工作的通知", 40);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).doesNotEndWith("20").doesNotEndWith("202");
        assertThat(String.join("", lines)).contains("2024");
    }
}
