package org.plandoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.seeds.Seeds;

/** {@code plandoc convert --to docx}: a Word file written with -o, never to standard output. */
class DocxCommandTest {

    static final String SEED = "001_158d65b1c18562e7.txt";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    Path seed() throws Exception {
        Path file = dir.resolve(SEED);
        Files.writeString(file, Seeds.text(SEED), StandardCharsets.UTF_8);
        return file;
    }

    /** The document part of a .docx, as text. */
    static String documentXml(Path docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml in " + docx);
    }

    @Test
    void writesAWordFileWithO() throws Exception {
        Path out = dir.resolve("plan.docx");
        Run r = run("convert", seed().toString(), "--to", "docx", "-o", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).as("no warnings, no logging noise").isEmpty();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).as("a zip archive").isEqualTo("PK");
        String xml = documentXml(out);
        assertThat(xml).contains("2024年西安市卫生健康工作要点").contains("w:eastAsia=\"黑体\"").doesNotContain("牵头单位：");
        assertThat(run("convert", seed().toString(), "--to", "docx", "-o", out.toString()).err())
            .contains("exists; use --force");
    }

    @Test
    void refusesToWriteAWordFileToStandardOutput() throws Exception {
        Run r = run("convert", seed().toString(), "--to", "docx");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("plandoc: --to docx writes a Word file, which is binary: name it with -o "
            + "(plandoc convert plan.txt --to docx -o plan.docx)");
    }

    @Test
    void convertsAFolderIntoDocxFiles() throws Exception {
        Path in = dir.resolve("in/2024");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), Seeds.text(SEED), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), Seeds.text("002_a46ad2cbf2e58c42.txt"), StandardCharsets.UTF_8);
        Run r = run("convert", dir.resolve("in").toString(), "--to", "docx", "-o", dir.resolve("out").toString(), "-q");
        assertThat(r.code()).isZero();
        for (String name : List.of("a.docx", "b.docx")) {
            assertThat(documentXml(dir.resolve("out/2024").resolve(name))).contains("w:docGrid");
        }
    }

    @Test
    void theScreenStyleKeepsTheLineOfUnitsAndDeadlines() throws Exception {
        Path plan = dir.resolve("tasks.txt");
        Files.writeString(plan, "工作要点\n一、重点工作\n1.推进改革。完成改革任务。（牵头单位：市发展改革委；完成时限：6月底前）\n",
            StandardCharsets.UTF_8);
        Path out = dir.resolve("tasks.docx");
        assertThat(run("convert", plan.toString(), "--to", "docx", "--style", "screen", "-o", out.toString()).code()).isZero();
        assertThat(documentXml(out)).contains("牵头单位：市发展改革委；完成时限：6月底前");
    }
}
