package org.plandoc.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A section's heading run into its first sentence, in a text that lost its line breaks. */
class RunOnHeadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2026年重点工作2026年是“十五五”开局之年                                          | 2026年重点工作
        2026年工作安排今年是“十五五”开局之年                                            | 2026年工作安排
        2025年工作和“十四五”发展回顾过去一年，是极不平凡的一年                          | 2025年工作和“十四五”发展回顾
        “十五五”时期主要目标任务“十五五”时期是基本实现社会主义现代化夯实基础的关键时期    | “十五五”时期主要目标任务
        2025年工作总结和“十四五”发展成就过去五年，我们团结奋斗                          | 2025年工作总结和“十四五”发展成就
        总体要求以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神         | 总体要求
        有关要求各地区、各部门要充分认识重要意义                                          | 有关要求
        全面推行执法全过程记录制度行政执法全过程记录是行政执法活动合法有效的重要保证     | 全面推行执法全过程记录制度
        全面推行行政执法公示制度行政执法公示是保障行政相对人知情权的重要措施             | 全面推行行政执法公示制度
        2022年政府工作任务今年经济社会发展任务重、挑战多                                 | 2022年政府工作任务
        全面提升政府治理现代化水平开局“十五五”，实干为要                                 | 全面提升政府治理现代化水平
        """)
    void aSentenceOpensWhereTheHeadingEnds(String lead, String heading) {
        assertThat(lead.substring(0, RunOnHeading.end(lead, true))).isEqualTo(heading);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        坚持创新驱动发展，加快建设现代化产业体系，推动经济高质量发展                     | true
        健全工作机制                                                                      | true
        对按时完成高标准农田建设任务且成效显著的省（区、市），在分配资金时予以倾斜       | true
        对地方水利建设投资落实好、中央水利建设投资计划完成率高的省（区、市），适当增加   | true
        2026年重点工作2026年是“十五五”开局之年                                          | false
        """)
    void aHeadingStaysWhole(String lead, boolean runOn) {
        // a heading with its commas; one too short to hold a sentence; a provision that is one
        // sentence (对…的省（区、市），…); and a section whose number opens its line, which has its line break
        assertThat(RunOnHeading.end(lead, runOn)).isEqualTo(-1);
    }
}
