package org.plandoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.seeds.RealDocument;
import org.plandoc.seeds.Seeds;

/** The command reads Word files, web pages and PDFs by their content, and places diagnostics in them. */
class FormatsCliTest {

    @TempDir
    Path dir;

    /** A Word file made with POI whose 二、 is printed twice: the parser warns about ¶6. */
    Path wordFile(String name) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = new FileOutputStream(file.toFile())) {
            String[] lines = {"2025年工作要点", "一、总体要求", "坚持稳中求进。", "二、重点任务", "抓好落实。", "二、保障措施", "加强领导。",
                "四、工作要求", "务求实效。"};
            for (String line : lines) {
                XWPFParagraph p = doc.createParagraph();
                p.createRun().setText(line);
                if (line.equals("2025年工作要点")) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                    p.getRuns().get(0).setBold(true);
                }
            }
            doc.write(out);
        }
        return file;
    }

    static RealDocument real(String name) {
        return Seeds.realworld().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aWordFileConvertsToMarkdownJustLikeThat() throws IOException {
        Path docx = dir.resolve("report.docx");
        Files.write(docx, real("2025年北京市政府工作报告.docx").bytes());
        CliTest.Run r = CliTest.run("convert", docx.toString(), "--to", "markdown");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("# 2025年北京市政府工作报告\n").contains("\n## 一、2024年工作回顾\n")
            .contains("\n## 二、2025年工作总体要求和重点任务\n");
        assertThat(r.err()).doesNotContain("Log4j").doesNotContain("Exception");
    }

    @Test
    void diagnosticsArePlacedInTheWordFile() throws IOException {
        Path docx = wordFile("plan.docx");
        CliTest.Run r = CliTest.run("check", docx.toString());
        assertThat(r.out().lines()).anyMatch(l -> l.startsWith(docx + ":¶6: warning PD101: number printed again"));
        CliTest.Run v = CliTest.run("convert", docx.toString(), "--to", "json", "-v");
        assertThat(v.err()).contains(docx + ": read as docx");
    }

    @Test
    void aDiagnosticWithoutAPlaceNamesTheFileThenASpace() throws IOException {
        Path page = dir.resolve("policy_01.html");
        Files.write(page, real("policy_01.html").bytes());
        CliTest.Run r = CliTest.run("check", page.toString(), "-v");
        assertThat(r.out().lines()).anyMatch(l -> l.startsWith(page + ": info PD504: the article is "))
            .anyMatch(l -> l.startsWith(page + ": info PD503: metadata from the page"))
            .noneMatch(l -> l.startsWith(page + ":info"));
    }

    @Test
    void anRtfFileIsRefusedByName() throws IOException {
        Path rtf = dir.resolve("plan.txt");
        Files.writeString(rtf, "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 SimSun;}}\\par 一、总体要求\\par}", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("convert", rtf.toString(), "--to", "markdown");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(rtf + ": looks like an RTF file; save it as .docx");
    }

    @Test
    void aWebPageIsReadByItsContentWhateverItsName() throws IOException {
        Path page = dir.resolve("policy_01.txt");     // a page saved under a text name
        Files.write(page, real("policy_01.html").bytes());
        CliTest.Run r = CliTest.run("convert", page.toString(), "--to", "yaml", "-v");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("documentNumber: 国发〔2019〕5号").contains("published: 2019-02-15");
        assertThat(r.err()).contains(page + ": read as html").contains(page + ": charset UTF-8");
        CliTest.Run asText = CliTest.run("convert", page.toString(), "--to", "yaml", "--from", "text");
        assertThat(asText.out()).doesNotContain("documentNumber: 国发〔2019〕5号");
    }

    @Test
    void aMixedFolderConvertsAndABadFileIsOneLine() throws IOException {
        Path in = dir.resolve("archive");
        Files.createDirectories(in);
        wordFile("archive/plan.docx");
        Files.write(in.resolve("page.html"), real("policy_01.html").bytes());
        Files.writeString(in.resolve("notes.txt"), Seeds.text("001_158d65b1c18562e7.txt"));
        Files.write(in.resolve("scan.pdf"), "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("sheet.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 'x', 'l', '/', 'w', 'o', 'r', 'k', 'b', 'o',
            'o', 'k', '.', 'x', 'm', 'l'});
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("convert", in.toString(), "--to", "json", "-o", out.toString(), "-j", "2");
        assertThat(r.code()).as("two files failed").isEqualTo(2);
        assertThat(r.err()).contains("scan.pdf: a damaged PDF").contains("sheet.xlsx: looks like an Excel workbook")
            .containsPattern("converted 3 files: 3 plans, \\d+ items, \\d+ targets \\(\\d+ commitments\\), \\d+ warnings, 0 errors, 2 failed")
            .doesNotContain("Exception");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("notes.json", "page.json", "plan.json");
        }
    }
}
