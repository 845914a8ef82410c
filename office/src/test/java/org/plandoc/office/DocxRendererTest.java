package org.plandoc.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Section;
import org.plandoc.parser.PlanParser;
import org.plandoc.seeds.Seeds;

/** The WordprocessingML the renderer writes, read back with POI: what Word and WPS will be told. */
class DocxRendererTest {

    static final PlanParser PARSER = PlanParser.builder().build();
    static final String PLAN = """
        2024年某市卫生健康工作要点
        一、加强党的全面领导
        (一)突出抓好政治建设
        1.学懂弄通做实。深入学习贯彻习近平新时代中国特色社会主义思想。
        (1)健全制度。完善学习制度。
        2.强化理论武装。持续深化理论学习。
        二、建强公共卫生体系
        完善监测预警，提高研判质量。
        """;

    static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static XWPFDocument render(DocxRenderer renderer, String text) throws IOException {
        return read(renderer.render(PARSER.parse(text)));
    }

    static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isEmpty()).toList();
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
            .orElseThrow(() -> new AssertionError("no paragraph starting " + start + " in " + texts(doc)));
    }

    static String eastAsia(XWPFRun run) {
        return run.getCTR().getRPr().getRFontsArray(0).getEastAsia();
    }

    @Test
    void aRegulationsChaptersAreCentredAndASalutationIsFlushLeft() throws IOException {
        XWPFDocument rules = render(DocxRenderer.builder().build(), """
            某市物业管理条例
            第一章　总则
            第一条　为了规范物业管理活动，制定本条例。
            第二条　本条例适用于本市行政区域内的物业管理活动。
            第二章　业主
            第三条　业主享有下列权利。
            """);
        XWPFParagraph chapter = paragraph(rules, "第一章");
        assertThat(chapter.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(chapter.getCTP().getPPr().isSetInd()).as("no first-line indent").isFalse();
        assertThat(paragraph(rules, "第二章").getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(paragraph(rules, "第一条").getCTP().getPPr().getInd().getFirstLineChars()).hasToString("200");

        XWPFDocument report = render(DocxRenderer.builder().build(), """
            政府工作报告
            各位代表：
            现在，我代表市人民政府，向大会报告工作，请予审议。
            一、过去一年工作回顾
            过去一年，我们攻坚克难。
            二、今年工作安排
            各项任务如下：
            全面深化改革。
            """);
        XWPFParagraph salutation = paragraph(report, "各位代表：");
        assertThat(salutation.getCTP().getPPr().isSetInd()).as("各位代表： flush left").isFalse();
        assertThat(paragraph(report, "现在").getCTP().getPPr().getInd().getFirstLineChars()).hasToString("200");
        assertThat(paragraph(report, "各项任务如下").getCTP().getPPr().getInd().getFirstLineChars())
            .as("a lead-in is a paragraph").hasToString("200");
        assertThat(paragraph(report, "一、").getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
    }

    @Test
    void a4WithTheStandardsMarginsAndTwentyTwoByTwentyEightGrid() throws IOException {
        XWPFDocument doc = render(DocxRenderer.builder().build(), PLAN);
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        assertThat(sect.getPgSz().getW()).hasToString("11906");
        assertThat(sect.getPgSz().getH()).hasToString("16838");
        CTPageMar mar = sect.getPgMar();
        // 37, 35, 28 and 26 mm in twips
        assertThat(List.of(mar.getTop(), mar.getBottom(), mar.getLeft(), mar.getRight()))
            .extracting(Object::toString).containsExactly("2098", "1984", "1587", "1474");
        CTDocGrid grid = sect.getDocGrid();
        assertThat(grid.getType()).hasToString("linesAndChars");
        assertThat(grid.getLinePitch()).hasToString("579");
        assertThat(grid.getCharSpace()).hasToString("-842");
        // the grid's 28 characters of 16 pt + charSpace/4096 pt fit the 8845-twip text block, 29 do not
        double pitch = (16 - 842 / 4096.0) * 20;
        assertThat(28 * pitch).isLessThanOrEqualTo(11906 - 1587 - 1474);
        assertThat(29 * pitch).isGreaterThan(11906 - 1587 - 1474);
    }

    @Test
    void headingsInTheirFacesAndRunInTitlesFromLevelThree() throws IOException {
        XWPFDocument doc = render(DocxRenderer.builder().build(), PLAN);
        assertThat(texts(doc)).containsExactly("2024年某市卫生健康工作要点", "一、加强党的全面领导", "（一）突出抓好政治建设",
            "1.学懂弄通做实。深入学习贯彻习近平新时代中国特色社会主义思想。", "（1）健全制度。完善学习制度。",
            "2.强化理论武装。持续深化理论学习。", "二、建强公共卫生体系", "完善监测预警，提高研判质量。");
        assertThat(eastAsia(paragraph(doc, "2024年").getRuns().get(0))).isEqualTo("方正小标宋简体");
        assertThat(paragraph(doc, "2024年").getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(eastAsia(paragraph(doc, "一、").getRuns().get(0))).isEqualTo("黑体");
        assertThat(eastAsia(paragraph(doc, "（一）").getRuns().get(0))).isEqualTo("楷体_GB2312");
        XWPFParagraph runIn = paragraph(doc, "1.");
        assertThat(runIn.getRuns()).extracting(XWPFRun::text).containsExactly("1.学懂弄通做实。", "深入学习贯彻习近平新时代中国特色社会主义思想。");
        assertThat(runIn.getRuns()).extracting(DocxRendererTest::eastAsia).containsOnly("仿宋_GB2312");
        assertThat(runIn.getRuns().get(0).isBold()).isFalse();
        assertThat(runIn.getCTP().getPPr().getInd().getFirstLineChars()).hasToString("200");
        assertThat(paragraph(doc, "一、").getCTP().getPPr().getOutlineLvl().getVal()).hasToString("0");
        XWPFDocument bold = render(DocxRenderer.builder().boldLevel3(true).build(), PLAN);
        assertThat(paragraph(bold, "1.").getRuns().get(0).isBold()).isTrue();
        assertThat(paragraph(bold, "（1）").getRuns().get(0).isBold()).isFalse();
    }

    @Test
    void everyRunNamesItsEastAsianFaceAndNoThemeIsWritten() throws Exception {
        byte[] bytes = DocxRenderer.builder().build().render(PARSER.parse(Seeds.text("001_158d65b1c18562e7.txt")));
        XWPFDocument doc = read(bytes);
        List<XWPFRun> runs = new ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        doc.getFooterList().forEach(f -> f.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
        assertThat(runs).hasSizeGreaterThan(90).allSatisfy(r -> {
            assertThat(eastAsia(r)).isIn("仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体");
            assertThat(r.getCTR().getRPr().getRFontsArray(0).getHint()).hasToString("eastAsia");
            assertThat(r.getCTR().getRPr().getRFontsArray(0).isSetEastAsiaTheme()).isFalse();
        });
        assertThat(doc.getPackage().getParts()).extracting(p -> p.getPartName().getName())
            .noneMatch(n -> n.contains("theme")).contains("/word/fontTable.xml");
        String fonts = new String(doc.getPackage().getPart(
            org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/fontTable.xml")).getInputStream().readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
        assertThat(fonts).contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋,FangSong,")
            .contains("Noto Serif CJK SC").contains("<w:font w:name=\"黑体\"><w:altName w:val=\"SimHei,");
    }

    @Test
    void pageNumbersAreFieldsRightOnOddAndLeftOnEvenPages() throws IOException {
        XWPFDocument doc = render(DocxRenderer.builder().build(), PLAN);
        assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, doc.getDocument().getBody().getSectPr());
        XWPFParagraph odd = policy.getDefaultFooter().getParagraphs().get(0);
        XWPFParagraph even = policy.getEvenPageFooter().getParagraphs().get(0);
        assertThat(odd.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        assertThat(even.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
        for (XWPFParagraph p : List.of(odd, even)) {
            assertThat(p.getCTP().xmlText()).contains("<w:instrText> PAGE </w:instrText>", "fldCharType=\"begin\"");
            assertThat(p.getText()).isEqualTo("— 1 —");
            assertThat(p.getRuns()).allSatisfy(r -> {
                assertThat(eastAsia(r)).isEqualTo("宋体");
                assertThat(r.getFontSizeAsDouble()).isEqualTo(14.0);
            });
        }
    }

    @Test
    void unnumberedHeadingsAndNumbersAsPrinted() throws IOException {
        String text = """
            2024年某市工作要点
            一、总体要求
            坚持稳中求进。
            二、重点任务
            1.抓好落实
            """;
        assertThat(texts(render(DocxRenderer.builder().build(), text))).contains("二、重点任务", "（一）抓好落实");
        assertThat(texts(render(DocxRenderer.builder().canonicalNumbering(false).build(), text)))
            .contains("二、重点任务", "1.抓好落实");
        Plan plan = new Plan("2024年某市工作要点", PlanMetadata.EMPTY, List.of(), List.of(new Section(
            new Numbering(NumberingStyle.HEADING, 1, ""), "总体要求", List.of("坚持稳中求进。"), List.of(), null)), List.of(), null);
        XWPFDocument headed = read(DocxRenderer.builder().build().render(plan));
        XWPFParagraph heading = paragraph(headed, "总体要求");
        assertThat(heading.getText()).isEqualTo("总体要求");
        assertThat(eastAsia(heading.getRuns().get(0))).isEqualTo("黑体");
    }

    @Test
    void letterheadAndSignatureFromTheMetadata() throws IOException {
        Plan parsed = PARSER.parse(PLAN).plans().get(0);
        Plan plan = new Plan(parsed.title(), new PlanMetadata("某市卫生健康委员会", LocalDate.of(2024, 3, 1),
            "某卫发(2024)第12号", "各区县卫生健康局", null, null), parsed.preamble(), parsed.sections(), parsed.closing(),
            parsed.targets(), parsed.span());
        XWPFDocument doc = read(DocxRenderer.builder().build().render(plan));
        List<String> texts = texts(doc);
        assertThat(texts.subList(0, 4)).containsExactly("某市卫生健康委员会", "某卫发〔2024〕12号", "2024年某市卫生健康工作要点",
            "各区县卫生健康局：");
        assertThat(texts.subList(texts.size() - 2, texts.size())).containsExactly("某市卫生健康委员会", "2024年3月1日");
        assertThat(paragraph(doc, "某市卫生健康委员会").getRuns().get(0).getColor()).isEqualTo("FF0000");
        assertThat(paragraph(doc, "某卫发").getCTP().getPPr().getPBdr().getBottom().xmlText()).contains("w:color=\"FF0000\"");
        XWPFDocument attachment = read(DocxRenderer.builder().letterhead(false).build().render(plan));
        assertThat(texts(attachment).get(0)).isEqualTo("2024年某市卫生健康工作要点");
        assertThat(texts(attachment)).doesNotContain("某卫发〔2024〕12号");
    }

    @Test
    void recordInASectionOfItsOwnThatStartsOnAnEvenPage() throws IOException {
        XWPFDocument doc = read(DocxRenderer.builder().copyTo("市委办公厅，市政府办公厅").printer("某市卫生健康委员会办公室")
            .printDate(LocalDate.of(2024, 3, 4)).build().render(PARSER.parse(PLAN)));
        CTSectPr record = doc.getDocument().getBody().getSectPr();
        assertThat(record.getType().getVal()).hasToString("evenPage");
        assertThat(record.getVAlign().getVal()).hasToString("bottom");
        XWPFParagraph bodyEnd = paragraph(doc, "完善监测预警");
        assertThat(bodyEnd.getCTP().getPPr().isSetSectPr()).as("the body's section ends with its last paragraph").isTrue();
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, record);
        assertThat(policy.getDefaultFooter().getText()).as("the 版记's page has no number").isBlank();
        assertThat(policy.getEvenPageFooter().getText()).isBlank();
        List<String> texts = texts(doc);
        assertThat(texts.subList(texts.size() - 2, texts.size()))
            .containsExactly("抄送：市委办公厅，市政府办公厅。", "某市卫生健康委员会办公室\t2024年3月4日印发");
        XWPFDocument none = render(DocxRenderer.builder().build(), PLAN);
        assertThat(none.getDocument().getBody().getSectPr().isSetType()).as("no 版记, one section").isFalse();
    }

    @Test
    void attachmentsAndAssignments() throws IOException {
        XWPFDocument doc = render(DocxRenderer.builder().attachments(List.of("任务分工表", "联系人名单")).build(), PLAN);
        assertThat(texts(doc)).endsWith("附件：1.任务分工表", "2.联系人名单");
        String withUnits = "工作要点\n一、重点工作\n1.推进改革。完成改革任务。（牵头单位：市发展改革委；完成时限：6月底前）\n";
        assertThat(texts(render(DocxRenderer.builder().build(), withUnits))).noneMatch(t -> t.startsWith("牵头单位"));
        assertThat(texts(render(DocxRenderer.builder().assignments(true).build(), withUnits)))
            .contains("牵头单位：市发展改革委；完成时限：6月底前");
    }

    @Test
    void severalPlansEachFromANewPage() throws IOException {
        String two = "第一篇 2024年工作要点\n一、甲\n做好甲。\n第二篇 2025年工作要点\n一、乙\n做好乙。\n";
        ParseResult result = PARSER.parse(two);
        assertThat(result.plans()).hasSize(2);
        XWPFDocument doc = read(DocxRenderer.builder().build().render(result));
        XWPFParagraph second = paragraph(doc, result.plans().get(1).title());
        assertThat(second.isPageBreak()).isTrue();
        assertThat(paragraph(doc, result.plans().get(0).title()).isPageBreak()).isFalse();
    }

    @Test
    void textXmlCannotHoldIsLeftOutAndTheFileStillOpens() throws IOException {
        // the parser removes such characters itself (PD209, PD403): a model built or read from data may hold them
        Section s = Section.builder().numbering(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、"))
            .title("重点\u0001工作\u0000").body(List.of("做好\uD800工作\t落实。")).build();
        Plan plan = Plan.builder().title("工作要点").sections(List.of(s)).build();
        XWPFDocument doc = read(DocxRenderer.builder().build().render(new ParseResult(List.of(plan), List.of(), null)));
        assertThat(texts(doc)).contains("一、重点工作", "做好工作 落实。");
    }

    @Test
    void emptyResultIsAnEmptyA4Document() throws IOException {
        XWPFDocument doc = read(DocxRenderer.builder().build().render(new ParseResult(List.of(), List.of(), null)));
        assertThat(texts(doc)).isEmpty();
        assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
    }

    @Test
    void sameInputSameDocumentFromManyThreads() throws Exception {
        DocxRenderer renderer = DocxRenderer.builder().build();
        ParseResult result = PARSER.parse(Seeds.text("002_a46ad2cbf2e58c42.txt"));
        List<String> expected = texts(read(renderer.render(result)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> texts(read(renderer.render(result)))));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void errorsOfTheStreamAreUnchecked() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> DocxRenderer.builder().build().render(PARSER.parse(PLAN), broken))
            .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
        assertThatThrownBy(() -> DocxRenderer.builder().build().render((ParseResult) null, broken))
            .isInstanceOf(NullPointerException.class).hasMessage("result must not be null");
    }
}
