package org.plandoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.seeds.RealDocument;
import org.plandoc.seeds.Seeds;

/** {@code plandoc diff}: last year's Word file against this year's text, in every output format, and its errors. */
class DiffCommandTest {

    @TempDir
    Path dir;

    Path real(String path) throws Exception {
        RealDocument doc = Seeds.realworld().stream().filter(d -> d.path().equals(path)).findFirst().orElseThrow();
        Path file = dir.resolve(doc.name());
        Files.write(file, doc.bytes());
        return file;
    }

    @Test
    void lastYearsWordFileAgainstThisYearsText() throws Exception {
        Path old = real("docx/2025年重庆市政府工作报告.docx");
        Path now = real("text/2026_重庆市_政府工作报告.txt");
        CliTest.Run r = CliTest.run("diff", "-q", old.toString(), now.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("2025年重庆市政府工作报告 → 2026年重庆市政府工作报告\n")
            .contains("\nTargets\n", "\nSections\n", "\nItems\n")
            .contains("~ 地区生产总值: 地区生产总值增长6%左右 → 地区生产总值增长5%以上 (lowered, comparator about → at-least)\n")
            .contains(" (moved to another section, reworded)\n");
    }

    @Test
    void theCommandComparesAsTheLibraryDoesByDefault() throws Exception {
        Path old = real("docx/2025年重庆市政府工作报告.docx");
        Path now = real("text/2026_重庆市_政府工作报告.txt");
        String plain = CliTest.run("diff", "-q", old.toString(), now.toString(), "--to", "json").out();
        // the library's default similarity (TF-IDF) with the threshold measured for it; dice pairs these reports otherwise
        String tfIdf = CliTest.run("diff", "-q", old.toString(), now.toString(), "--to", "json", "--similarity", "tf-idf",
            "--threshold", String.valueOf(org.plandoc.core.diff.PlanDiff.DEFAULT_THRESHOLD)).out();
        String dice = CliTest.run("diff", "-q", old.toString(), now.toString(), "--to", "json", "--similarity", "dice").out();
        assertThat(plain).isEqualTo(tfIdf).isNotEqualTo(dice);
        CliTest.Run bad = CliTest.run("diff", "-q", old.toString(), now.toString(), "--similarity", "levenshtein");
        assertThat(bad.err()).contains("--similarity must be tf-idf, dice, cosine or jaro-winkler");
    }

    @Test
    void everyFormatToAFile() throws Exception {
        Path old = real("docx/2025年重庆市政府工作报告.docx");
        Path now = real("text/2026_重庆市_政府工作报告.txt");
        for (String format : new String[] {"text", "markdown", "html", "json"}) {
            Path out = dir.resolve("changes." + format);
            CliTest.Run r = CliTest.run("diff", "-q", old.toString(), now.toString(), "--to", format, "-o", out.toString());
            assertThat(r.code()).as(format).isZero();
            assertThat(r.out()).isEmpty();
            String written = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(written).as(format).contains("2026年重庆市政府工作报告");
        }
        assertThat(Files.readString(dir.resolve("changes.html"), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(dir.resolve("changes.json"), StandardCharsets.UTF_8)).startsWith("{");
        // an existing file is replaced only with --force
        CliTest.Run again = CliTest.run("diff", "-q", old.toString(), now.toString(), "-o", dir.resolve("changes.text").toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("exists; use --force");
    }

    @Test
    void theReportNeverReplacesAPlan() throws Exception {
        Path old = dir.resolve("old.txt");
        Files.copy(real("text/2026_重庆市_政府工作报告.txt"), old);
        byte[] before = Files.readAllBytes(old);
        CliTest.Run r = CliTest.run("diff", "-q", old.toString(), old.toString(), "-o", old.toString(), "--force");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("is the input file");
        assertThat(Files.readAllBytes(old)).isEqualTo(before);
    }

    @Test
    void aPlanAgainstItselfReportsNothing() throws Exception {
        Path now = real("text/2026_重庆市_政府工作报告.txt");
        CliTest.Run r = CliTest.run("diff", "-q", now.toString(), now.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("sections: 0 added, 0 removed, 0 moved, 0 reworded\n")
            .contains("items: 0 added, 0 removed, 0 moved, 0 reworded,")
            .contains("targets: 0 changed, 0 added, 0 dropped\n");
    }

    @Test
    void mistakesAreOneLineAndExitTwo() throws Exception {
        Path now = real("text/2026_重庆市_政府工作报告.txt");
        CliTest.Run missing = CliTest.run("diff", dir.resolve("nope.txt").toString(), now.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).startsWith("plandoc: ").contains("nope.txt").doesNotContain("\n").doesNotContain("Exception");
        CliTest.Run format = CliTest.run("diff", now.toString(), now.toString(), "--to", "yaml");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--to must be text, markdown, html or json");
        CliTest.Run one = CliTest.run("diff", now.toString());
        assertThat(one.code()).isEqualTo(2);
        assertThat(one.err()).contains("NEW");
        CliTest.Run threshold = CliTest.run("diff", now.toString(), now.toString(), "--threshold", "2");
        assertThat(threshold.code()).isEqualTo(2);
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        CliTest.Run nothing = CliTest.run("diff", empty.toString(), now.toString());
        assertThat(nothing.code()).isEqualTo(2);
        assertThat(nothing.err()).contains("no plan found");
    }

    @Test
    void helpHasExamples() {
        CliTest.Run r = CliTest.run("diff", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("plandoc diff 2025.docx 2026.html");
    }
}
