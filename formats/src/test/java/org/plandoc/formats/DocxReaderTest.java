package org.plandoc.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandoc.core.Diagnostic;
import org.plandoc.parser.Paragraph;

/** What the .docx reader takes from a file besides numbers: marks, tables, notes, what it leaves out, positions. */
class DocxReaderTest {

    static final String STYLES = "<w:docDefaults><w:rPrDefault><w:rPr/></w:rPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
        + "<w:rPr><w:b/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"标题 2\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Sub\"><w:name w:val=\"小节\"/><w:basedOn w:val=\"2\"/></w:style>"
        + "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>";

    static String run(String rPr, String text) {
        return "<w:r>" + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + text
            + "</w:t></w:r>";
    }

    static String p(String pPr, String... runs) {
        return "<w:p>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + String.join("", runs) + "</w:p>";
    }

    static String cell(String text) {
        return "<w:tc>" + p("", run("", text)) + "</w:tc>";
    }

    static ReadResult read(WordFiles file) {
        return Formats.builder().build().read(file.bytes(), "plan.docx");
    }

    @Test
    void marksComeFromTheParagraphItsRunsAndItsStyles() {
        List<Paragraph> ps = read(new WordFiles().styles(STYLES)
            .xml(p("<w:pStyle w:val=\"Title\"/>", run("", "2025年工作要点")))
            .xml(p("<w:jc w:val=\"center\"/>", run("<w:b/>", "一、"), run("<w:b w:val=\"1\"/>", "总体要求")))
            .xml(p("", run("<w:b/>", "加快建设。"), run("", "正文不加粗。")))
            .xml(p("", run("<w:rStyle w:val=\"Strong\"/>", "字符样式加粗")))
            .xml(p("<w:pStyle w:val=\"Title\"/>", run("<w:b w:val=\"0\"/>", "直接取消加粗")))
            .xml(p("<w:outlineLvl w:val=\"1\"/>", run("", "大纲级别二")))
            .xml(p("<w:pStyle w:val=\"1\"/>", run("", "标题一")))
            .xml(p("<w:pStyle w:val=\"Sub\"/>", run("", "基于标题二")))
            .xml(p("<w:pStyle w:val=\"1\"/><w:outlineLvl w:val=\"9\"/>", run("", "正文级别")))).paragraphs();
        assertThat(ps).extracting(Paragraph::text).containsExactly("2025年工作要点", "一、总体要求", "加快建设。正文不加粗。",
            "字符样式加粗", "直接取消加粗", "大纲级别二", "标题一", "基于标题二", "正文级别");
        assertThat(ps.get(0).centred() && ps.get(0).bold()).as("Title style: centred, bold").isTrue();
        assertThat(ps.get(1).centred() && ps.get(1).bold()).as("direct jc and b").isTrue();
        assertThat(ps.get(2).bold()).as("partly bold is not bold").isFalse();
        assertThat(ps.get(3).bold()).as("bold through a character style").isTrue();
        assertThat(ps.get(4).bold()).as("w:b=0 on the run wins over the style").isFalse();
        assertThat(ps.get(5).headingLevel()).isEqualTo(2);
        assertThat(ps.get(6).headingLevel()).as("heading 1 by outline level").isEqualTo(1);
        assertThat(ps.get(7).headingLevel()).as("标题 2 by name, through basedOn").isEqualTo(2);
        assertThat(ps.get(8).headingLevel()).as("outline level 9 is body text").isZero();
    }

    @Test
    void textIsWhatWordShows() {
        String para = "<w:p><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>"
            + "<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del>"
            + "<w:ins><w:r><w:t>插入的</w:t></w:r></w:ins>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>域结果</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:br/><w:t>下一行</w:t><w:tab/><w:t>制表</w:t></w:r>"
            + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p>"
            + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>";
        ReadResult read = read(new WordFiles().header("第1页 内部资料").xml(para));
        assertThat(read.paragraphs()).extracting(Paragraph::text).containsExactly("链接插入的域结果\n下一行\t制表");
        assertThat(read.result().diagnostics()).extracting(Diagnostic::code).contains(FormatCodes.OUTSIDE_BODY);
        assertThat(read.result().diagnostics().stream().filter(d -> d.code().equals(FormatCodes.OUTSIDE_BODY))
            .findFirst().orElseThrow().message()).contains("1 text box").contains("headers");
    }

    @Test
    void tablesAreReadRowByRowAsCells() {
        String table = "<w:tbl><w:tr>" + cell("序号") + cell("任务") + "</w:tr><w:tr>" + cell("1") + cell("建设项目")
            + "</w:tr></w:tbl>";
        List<Paragraph> ps = read(new WordFiles().p("", "表前").xml(table).p("", "表后")).paragraphs();
        assertThat(ps).extracting(Paragraph::text).containsExactly("表前", "序号", "任务", "1", "建设项目", "表后");
        assertThat(ps).extracting(Paragraph::tableCell).containsExactly(false, true, true, true, true, false);
    }

    @Test
    void footnotesFollowTheDocumentNumberedInOrder() {
        String notes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"7\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> 指国家级新区。</w:t></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"3\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>第二条注释。</w:t></w:r></w:p></w:footnote>";
        ReadResult read = read(new WordFiles().footnotes(notes)
            .xml(p("", run("", "建设新区"), "<w:r><w:footnoteReference w:id=\"7\"/></w:r>", run("", "和园区"),
                "<w:r><w:footnoteReference w:id=\"3\"/></w:r>")));
        assertThat(read.paragraphs()).extracting(Paragraph::text)
            .containsExactly("建设新区和园区", "［1］指国家级新区。", "［2］第二条注释。");
        assertThat(read.result().diagnostics()).anyMatch(d -> d.code().equals(FormatCodes.NOTES_APPENDED)
            && d.message().contains("2 footnotes"));
    }

    @Test
    void diagnosticsPointAtTheWordParagraph() {
        // ¶2 is empty: it counts, as Word counts it, but gives the parser no line
        ReadResult read = read(new WordFiles().p("", "2025年工作要点").p("", "").p("", "一、总体要求").p("", "坚持稳中求进。")
            .p("", "二、重点任务").p("", "抓好落实。").p("", "二、保障措施").p("", "加强领导。").p("", "四、工作要求").p("", "务求实效。"));
        assertThat(read.sourceMap().locate(read.result().plans().get(0).sections().get(1).span())).isEqualTo(Location.paragraph(5));
        Diagnostic repeated = read.result().diagnostics().stream().filter(d -> d.code().equals("PD101")).findFirst().orElseThrow();
        assertThat(read.describe(repeated)).startsWith("plan.docx:¶7: warning PD101: ");
    }
    @Test
    void aTitleBrokenIntoLinesInsideItsParagraphIsOneTitle() {
        // a long title centred in one paragraph, broken by hand into balanced lines with Shift+Enter
        ReadResult read = read(new WordFiles()
            .xml(p("<w:jc w:val=\"center\"/>", run("", "国务院关于河北雄安新区总体规划"), "<w:r><w:br/></w:r>",
                run("", "（2018—2035年）的批复")))
            .p("", "一、总体要求").p("", "坚持稳中求进。").p("", "二、重点任务").p("", "抓好落实。"));
        assertThat(read.result().plans().get(0).title()).isEqualTo("国务院关于河北雄安新区总体规划（2018—2035年）的批复");
        assertThat(read.result().plans().get(0).sections()).hasSize(2);
    }
}
