package org.plandoc.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plandoc.formats.WordFiles.abstractNum;
import static org.plandoc.formats.WordFiles.lvl;
import static org.plandoc.formats.WordFiles.num;
import static org.plandoc.formats.WordFiles.startOverride;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandoc.core.Plan;
import org.plandoc.parser.Paragraph;

/**
 * Word's automatic numbering, printed into the text as Word shows it: several
 * lists, restarts, Chinese counting formats, numbering through paragraph styles.
 * The files are built with POI ({@link WordFiles}); {@code LibreOfficeTest} checks
 * the same file against LibreOffice's own rendering of its numbers.
 */
class DocxNumberingTest {

    /** The official-document list: 一、（一）1.（1）① — five levels of one definition. */
    static final String OFFICIAL = abstractNum(1,
        lvl(0, 1, "chineseCounting", "%1、"),
        lvl(1, 1, "chineseCounting", "（%2）"),
        lvl(2, 1, "decimal", "%3."),
        lvl(3, 1, "decimal", "（%4）"),
        lvl(4, 1, "decimalEnclosedCircle", "%5"));

    static final String NUMBERING = OFFICIAL
        + abstractNum(2, lvl(0, 1, "decimal", "%1."), lvl(1, 1, "decimal", "%1.%2", "<w:suff w:val=\"space\"/>"))
        + abstractNum(3, lvl(0, 1, "ideographTraditional", "%1、"),
            lvl(1, 1, "chineseCountingThousand", "第%2条", "<w:suff w:val=\"space\"/>"),
            lvl(2, 1, "upperLetter", "%3."))
        + abstractNum(4, lvl(0, 1, "bullet", "\u2022"))
        + abstractNum(5, lvl(0, 1, "chineseCounting", "%1、", "<w:pStyle w:val=\"H1\"/>"),
            lvl(1, 1, "chineseCounting", "（%2）", "<w:pStyle w:val=\"H2\"/>"))
        + abstractNum(6, lvl(0, 1, "decimal", "%1."), lvl(1, 1, "decimal", "(%2)", "<w:lvlRestart w:val=\"0\"/>"))
        + num(1, 1, "") + num(2, 1, startOverride(0, 1)) + num(3, 2, "") + num(4, 3, "") + num(5, 4, "")
        + num(6, 5, "") + num(7, 2, startOverride(0, 5)) + num(8, 6, "");

    static final String STYLES = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
        + "<w:pPr><w:numPr><w:numId w:val=\"6\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"H2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"H1\"/>"
        + "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"6\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Mine\"><w:name w:val=\"My heading\"/><w:basedOn w:val=\"H2\"/></w:style>";

    /** The test document: each paragraph's text says what Word shows before it. */
    static byte[] document() {
        return new WordFiles().styles(STYLES).numbering(NUMBERING)
            .item(1, 0, "总体要求")                 // 一、
            .item(1, 1, "加强领导")                 // （一）
            .item(1, 1, "压实责任")                 // （二）
            .item(1, 2, "健全机制")                 // 1.
            .item(1, 2, "完善制度")                 // 2.
            .item(1, 3, "定期调度")                 // （1）
            .item(1, 4, "月度通报")                 // ①
            .item(1, 4, "季度考核")                 // ②
            .item(1, 1, "强化保障")                 // （三）: the levels below restart
            .item(1, 2, "经费保障")                 // 1.
            .item(1, 0, "三、重点任务")             // 二、 is printed as 三、 by hand: the typed number stays, once
            .item(1, 1, "推进改革")                 // （一）
            .item(2, 0, "另一份清单")               // 一、: list 2 restarts the definition at 1
            .item(3, 0, "数字清单")                 // 1.
            .item(3, 1, "第一小项")                 // 1.1
            .item(3, 1, "第二小项")                 // 1.2
            .item(7, 0, "从五开始")                 // 5.
            .item(4, 0, "天干清单")                 // 甲、
            .item(4, 1, "总则")                     // 第一条
            .item(4, 2, "字母项")                   // A.
            .item(4, 0, "天干第二")                 // 乙、
            .item(5, 0, "要点不编号")               // a bullet: no number
            .styled("H1", "通过样式编号")           // 一、 (list 6 through the style H1)
            .styled("H2", "二级样式")               // （一）
            .styled("Mine", "继承的样式")           // （二）: Mine is based on H2
            .p("<w:pStyle w:val=\"H1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>", "编号关掉")  // numId 0: none
            .styled("H1", "第二个样式标题")         // 二、
            .item(8, 0, "不重启")                   // 1.
            .item(8, 1, "子项")                     // (1)
            .item(8, 0, "第二项")                   // 2.
            .item(8, 1, "子项续")                   // (2): lvlRestart 0 keeps counting
            .bytes();
    }

    static final List<String> EXPECTED = List.of(
        "一、总体要求", "（一）加强领导", "（二）压实责任", "1.健全机制", "2.完善制度", "（1）定期调度", "①月度通报",
        "②季度考核", "（三）强化保障", "1.经费保障", "三、重点任务", "（一）推进改革",
        "一、另一份清单", "1.数字清单", "1.1 第一小项", "1.2 第二小项", "5.从五开始",
        "甲、天干清单", "第一条 总则", "A.字母项", "乙、天干第二", "要点不编号",
        "一、通过样式编号", "（一）二级样式", "（二）继承的样式", "编号关掉", "二、第二个样式标题",
        "1.不重启", "(1)子项", "2.第二项", "(2)子项续");

    @Test
    void numbersArePrintedAsWordShowsThem() {
        ReadResult read = Formats.builder().build().read(document(), "numbered.docx");
        assertThat(read.paragraphs()).extracting(Paragraph::text).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void headingStylesGiveTheOutlineLevelThroughBasedOn() {
        ReadResult read = Formats.builder().build().read(document(), "numbered.docx");
        List<Paragraph> ps = read.paragraphs();
        assertThat(ps.get(22).headingLevel()).as("H1").isEqualTo(1);
        assertThat(ps.get(23).headingLevel()).as("H2").isEqualTo(2);
        assertThat(ps.get(24).headingLevel()).as("Mine, based on H2").isEqualTo(2);
        assertThat(ps.get(0).headingLevel()).as("a list item in Normal").isZero();
    }

    @Test
    void theParserReadsWordNumbersAsTypedOnes() {
        byte[] docx = new WordFiles().numbering(OFFICIAL + num(1, 1, ""))
            .p("<w:jc w:val=\"center\"/>", "2025年工作要点")
            .item(1, 0, "总体要求").p("", "坚持稳中求进。")
            .item(1, 0, "重点任务").item(1, 1, "抓好项目建设。建设一批重大项目。")
            .item(1, 1, "优化营商环境。深化改革。").item(1, 0, "保障措施").bytes();
        Plan plan = Formats.builder().build().read(docx, "plan.docx").result().plans().get(0);
        assertThat(plan.title()).isEqualTo("2025年工作要点");
        assertThat(plan.sections()).extracting(s -> s.numbering().label() + s.title())
            .containsExactly("一、总体要求", "二、重点任务", "三、保障措施");
        assertThat(plan.sections().get(1).items()).extracting(i -> i.numbering().label() + i.title())
            .containsExactly("（一）抓好项目建设", "（二）优化营商环境");
    }
}
