package org.plandoc.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandoc.parser.Paragraph;

/** The rules that join a PDF's lines, on lines placed by hand: a 16 pt body, text block from x 90 to 510. */
class PdfParagraphsTest {

    private final List<PdfLine> lines = new ArrayList<>();
    private int page = 1;
    private int number;
    private float top = 100;

    /** A line from {@code left} to {@code right} under the one before. */
    private PdfParagraphsTest line(String text, float left, float right) {
        lines.add(new PdfLine(text, page, ++number, left, right, top, 16, false));
        top += 28;
        return this;
    }

    private PdfParagraphsTest newPage() {
        page++;
        number = 0;
        top = 100;
        return this;
    }

    private List<Paragraph> join() {
        Extraction out = new Extraction();
        new PdfParagraphs(lines).addTo(out);
        return out.paragraphs();
    }

    @Test
    void aShortLineEndsItsParagraphAndAnIndentStartsOne() {
        List<Paragraph> ps = line("一、总体要求", 90, 186)
            .line("坚持以人民为中心的发展思想，推动高质量发", 122, 510)
            .line("展。", 90, 122)
            .line("加快建设现代化产业体系，推进新型工业化，", 122, 510)
            .line("发展新质生产力，", 90, 510)
            .line("提升产业链供应链韧性。", 90, 266)
            .line("二、重点任务", 90, 186).join();
        assertThat(ps).extracting(Paragraph::text).containsExactly("一、总体要求", "坚持以人民为中心的发展思想，推动高质量发展。",
            "加快建设现代化产业体系，推进新型工业化，发展新质生产力，提升产业链供应链韧性。", "二、重点任务");
    }

    @Test
    void aParagraphGoesOnAcrossAPageBreak() {
        List<Paragraph> ps = line("建设一批重大项目，推动投资", 122, 510).line("稳定增长，扩大有效", 90, 510)
            .newPage().line("需求。", 90, 138).join();
        assertThat(ps).extracting(Paragraph::text).containsExactly("建设一批重大项目，推动投资稳定增长，扩大有效需求。");
    }

    @Test
    void aCentredLineIsItsOwnParagraphAndMarked() {
        List<Paragraph> ps = line("2025年工作要点", 230, 370).line("坚持稳中求进工作总基调，完整准确全面", 122, 510)
            .line("贯彻新发展理念。", 90, 218).join();
        assertThat(ps.get(0).text()).isEqualTo("2025年工作要点");
        assertThat(ps.get(0).centred()).isTrue();
        assertThat(ps.get(1).centred()).isFalse();
    }

    @Test
    void pageNumbersInTheirUsualForms() {
        for (String n : List.of("— 1 —", "- 12 -", "－3－", "8", "第 2 页", "第2页 共9页", "3/9", "Page 4 of 9", "·5·")) {
            assertThat(RunningText.isPageNumber(n)).as(n).isTrue();
        }
        for (String n : List.of("一、总体要求", "2025年", "1.加强领导", "（一）")) {
            assertThat(RunningText.isPageNumber(n)).as(n).isFalse();
        }
    }
}
