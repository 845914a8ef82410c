package org.plandoc.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.parser.PlanParser;
import org.plandoc.seeds.Seeds;

/**
 * The parts of an official document that come from the metadata and the builder — 版头,
 * 主送机关, 附件说明, 落款, 版记 — where GB/T 9704 puts them, as LibreOffice lays them out.
 */
class OfficialDocumentTest {

    static final double MM = PdfPages.MM;
    static final PlanMetadata META = new PlanMetadata("西安市卫生健康委员会", LocalDate.of(2024, 3, 1),
        "市卫健发[2024]12号", "各区县卫生健康局，委机关各处室", null, null);

    @TempDir
    static Path dir;
    static Plan full;
    static Plan shortPlan;
    static PdfPages fullPdf;
    static PdfPages evenPdf;
    static PdfPages attachmentPdf;

    static DocxRenderer official() {
        return DocxRenderer.builder().attachments(List.of("2024年重点任务分工表", "联系人名单"))
            .copyTo("市委办公厅，市人大常委会办公厅，市政协办公厅").printer("西安市卫生健康委员会办公室")
            .printDate(LocalDate.of(2024, 3, 4)).build();
    }

    /** A plan whose body, with the 落款, ends near the foot of its second page. */
    static Plan twoPages() {
        StringBuilder text = new StringBuilder("2024年某市卫生健康工作要点\n");
        for (int i = 1; i <= 6; i++) {
            text.append(org.plandoc.core.ChineseNumerals.format(i)).append("、第").append(i).append("项工作\n")
                .append("全面落实各项任务，持续推进卫生健康事业高质量发展，不断增强人民群众获得感幸福感安全感。")
                .append("加强统筹协调，压实工作责任，确保各项任务按时完成。\n");
        }
        Plan p = PlanParser.builder().build().parse(text.toString()).plans().get(0);
        return with(p, new PlanMetadata("某市卫生健康委员会", LocalDate.of(2024, 1, 15), null, null, null, null));
    }

    static Plan with(Plan p, PlanMetadata m) {
        return new Plan(p.title(), m, p.preamble(), p.sections(), p.closing(), p.targets(), p.span());
    }

    @BeforeAll
    static void layOut() throws Exception {
        LibreOffice office = LibreOffice.find();
        assumeTrue(office != null, LibreOffice.MISSING);
        full = with(PlanParser.builder().build().parse(Seeds.text("001_158d65b1c18562e7.txt")).plans().get(0), META);
        shortPlan = twoPages();
        Files.write(dir.resolve("full.docx"), official().render(full));
        Files.write(dir.resolve("even.docx"), official().render(shortPlan));
        Files.write(dir.resolve("attachment.docx"), DocxRenderer.builder().letterhead(false).build().render(full));
        List<Path> pdfs = office.toPdf(List.of(dir.resolve("full.docx"), dir.resolve("even.docx"),
            dir.resolve("attachment.docx")), dir);
        fullPdf = PdfPages.read(pdfs.get(0));
        evenPdf = PdfPages.read(pdfs.get(1));
        attachmentPdf = PdfPages.read(pdfs.get(2));
    }

    @Test
    void letterheadThenDocumentNumberThenTitleCentred() {
        List<PdfPages.Line> first = fullPdf.pages().get(0).body();
        PdfPages.Line mark = first.get(0);
        assertThat(mark.text()).isEqualTo("西安市卫生健康委员会");
        assertThat(mark.size()).as("issuer's mark: large, at most 15 mm high").isBetween(30f, 43f);
        assertThat(centre(mark)).isCloseTo(centre(), within(3.0));
        // its top 35 mm below the text block's (GB/T 9704 §7.2.2), give or take the face's leading
        assertThat(mark.baseline() - mark.size() * 0.88 - 37 * MM).isCloseTo(35 * MM, within(4 * MM));
        assertThat(first.get(1).text()).isEqualTo("市卫健发〔2024〕12号");
        assertThat(centre(first.get(1))).isCloseTo(centre(), within(3.0));
        PdfPages.Line title = first.get(2);
        assertThat(title.size()).isCloseTo(22f, within(0.5f));
        assertThat(title.text()).isEqualTo(full.title());
        assertThat(centre(title)).isCloseTo(centre(), within(3.0));
        PdfPages.Line recipients = first.get(3);
        assertThat(recipients.text()).isEqualTo("各区县卫生健康局，委机关各处室：");
        assertThat(recipients.left()).as("主送机关 flush left").isCloseTo((float) Layout.LEFT, within(2f));
    }

    @Test
    void attachmentsAndSignatureCloseTheBody() {
        List<PdfPages.Line> body = bodyLines(fullPdf);
        int note = indexOf(body, "附件：1.2024年重点任务分工表");
        assertThat(body.get(note).left()).as("附件 two characters in").isCloseTo((float) (Layout.LEFT + 2 * 15.8), within(2f));
        assertThat(body.get(note + 1).text()).isEqualTo("2.联系人名单");
        assertThat(body.get(note + 1).left()).as("names aligned after 附件：").isCloseTo((float) (Layout.LEFT + 5 * 15.8), within(2.5f));
        PdfPages.Line issuer = body.get(indexOf(body, "西安市卫生健康委员会", note));
        PdfPages.Line date = body.get(indexOf(body, "2024年3月1日", note));
        assertThat(issuer.right()).as("issuer two characters from the right edge")
            .isCloseTo((float) (Layout.RIGHT - 2 * 15.8), within(3f));
        assertThat(date.left() - issuer.left()).as("date starts two characters right of the issuer")
            .isCloseTo(2 * 15.8f, within(3f));
    }

    @Test
    void recordStandsAtTheFootOfAnEvenLastPageWithoutANumber() {
        for (PdfPages pdf : List.of(fullPdf, evenPdf)) {
            PdfPages.Page last = pdf.pages().get(pdf.pages().size() - 1);
            assertThat(last.number() % 2).as("the 版记 is on an even page").isZero();
            assertThat(last.footer()).as("the 版记's page has no number").isEmpty();
            List<PdfPages.Line> lines = last.body();
            assertThat(lines).extracting(PdfPages.Line::text)
                .containsExactly("抄送：市委办公厅，市人大常委会办公厅，市政协办公厅。", "西安市卫生健康委员会办公室2024年3月4日印发");
            // the last line's baseline, then its descent, 4 pt and the closing rule: the text block's foot
            assertThat(lines.get(1).baseline()).as("at the foot of the text block")
                .isBetween((float) ((297 - 35) * MM - 16), (float) ((297 - 35) * MM - 8));
            assertThat(lines.get(1).right()).as("印发日期 one character from the right edge")
                .isCloseTo((float) (Layout.RIGHT - 14), within(2f));
            int unnumbered = pdf.pages().get(pdf.pages().size() - 2).lines().isEmpty() ? 2 : 1;
            List<Plan> plans = List.of(pdf == fullPdf ? full : shortPlan);
            assertThat(Layout.problems(plans, pdf, unnumbered)).isEmpty();
        }
    }

    @Test
    void bodyEndingOnAnEvenPageLeavesABlankOddPageBeforeTheRecord() {
        assertThat(evenPdf.pages()).as(describe(evenPdf)).hasSize(4);
        assertThat(evenPdf.pages().get(1).body()).extracting(PdfPages.Line::text).contains("2024年1月15日");
        assertThat(evenPdf.pages().get(2).lines()).as("page 3 left blank, unnumbered").isEmpty();
    }

    @Test
    void anAttachmentHasNoLetterhead() {
        List<PdfPages.Line> first = attachmentPdf.pages().get(0).body();
        assertThat(first.get(0).text()).isEqualTo(full.title());
        assertThat(attachmentPdf.text()).doesNotContain("市卫健发");
        assertThat(Layout.problems(List.of(full), attachmentPdf, 0)).isEmpty();
    }

    private static List<PdfPages.Line> bodyLines(PdfPages pdf) {
        List<PdfPages.Line> all = new ArrayList<>();
        pdf.pages().forEach(p -> all.addAll(p.body()));
        return all;
    }

    private static int indexOf(List<PdfPages.Line> lines, String text) {
        return indexOf(lines, text, 0);
    }

    private static int indexOf(List<PdfPages.Line> lines, String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no line " + text + " in " + lines.stream().map(PdfPages.Line::text)
            .collect(Collectors.joining("\n")));
    }

    private static double centre(PdfPages.Line line) {
        return (line.left() + line.right()) / 2.0;
    }

    private static double centre() {
        return (Layout.LEFT + Layout.RIGHT) / 2;
    }

    private static String describe(PdfPages pdf) {
        StringBuilder b = new StringBuilder();
        pdf.pages().forEach(p -> b.append("page ").append(p.number()).append(": ").append(p.lines()).append('\n'));
        return b.toString();
    }
}
