package org.plandoc.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.core.ParseResult;
import org.plandoc.parser.PlanParser;
import org.plandoc.seeds.Seeds;

/** The README's Word snippet, as written there, so that it cannot rot. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void theReadmeSnippetWritesAWordFile() throws Exception {
        ParseResult result = PlanParser.builder().build().parse(Seeds.text("002_a46ad2cbf2e58c42.txt"));
        Path file = dir.resolve("plan.docx");
        // README, "Word output (GB/T 9704)"
        DocxRenderer docx = DocxRenderer.builder()
            .copyTo("市委办公厅，市政府办公厅")
            .printer("某市卫生健康委员会办公室").printDate(LocalDate.of(2024, 3, 4))
            .build();
        try (OutputStream out = Files.newOutputStream(file)) {
            docx.render(result, out);
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                .contains(result.plans().get(0).title(), "抄送：市委办公厅，市政府办公厅。");
        }
    }
}
