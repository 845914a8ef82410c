package org.plandoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.Seeds;

/** Folders of files: convert, check and targets over a tree with a binary and a GBK file in it. */
class BatchTest {

    @TempDir
    Path dir;

    Path archive() throws Exception {
        Path in = dir.resolve("archive");
        Files.createDirectories(in.resolve("2024/sub"));
        List<Document> seeds = Seeds.all();
        for (int i = 0; i < seeds.size(); i++) {
            Path folder = i % 2 == 0 ? in.resolve("2024") : in.resolve("2024/sub");
            Files.writeString(folder.resolve(seeds.get(i).name()), seeds.get(i).text());
        }
        String gbkText = Seeds.text("003_6d1b1e67461f18fc.txt").replace('\u00a0', ' ');
        Files.write(in.resolve("gbk.txt"), gbkText.getBytes(Charset.forName("GBK")));
        Files.write(in.resolve("scan.pdf"), "%PDF-1.4 binary".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve(".hidden.txt"), "一、不是计划");
        return in;
    }

    @Test
    void aFolderGivenThroughALinkIsReadAndItsFilesNamedThroughTheLink() throws Exception {
        Path real = dir.resolve("real");
        Files.createDirectories(real.resolve("sub"));
        Files.writeString(real.resolve("sub/plan.txt"), Seeds.all().get(1).text());
        Path link = dir.resolve("link");
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("convert", link.toString(), "--to", "json", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("sub/plan.json")).exists();
        CliTest.Run check = CliTest.run("check", link.toString());
        assertThat(check.out() + check.err()).doesNotContain("no documents found").doesNotContain(real.toString());
    }

    @Test
    void convertsAFolderMirroringItsTreeAndSkipsTheBadFile() throws Exception {
        Path in = archive();
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("convert", in.toString(), "--to", "json", "-o", out.toString(), "--jobs", "2");
        assertThat(r.code()).as("a file failed").isEqualTo(2);
        assertThat(r.err()).contains("scan.pdf: a damaged PDF").doesNotContain("Exception");
        assertThat(r.err()).containsPattern("converted 6 files: 10 plans, \\d+ items, \\d+ targets \\(\\d+ commitments\\), \\d+ warnings, 0 errors, 1 failed");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')).sorted())
                .containsExactly("2024/000_783c6789df017487.json", "2024/002_a46ad2cbf2e58c42.json",
                    "2024/004_e1830b84eae8331c.json", "2024/sub/001_158d65b1c18562e7.json",
                    "2024/sub/003_6d1b1e67461f18fc.json", "gbk.json");
        }
        JsonNode gbk = new ObjectMapper().readTree(Files.readString(out.resolve("gbk.json")));
        assertThat(gbk.path("source").path("charset").asText()).isEqualTo("GB18030");
        assertThat(gbk.path("plans").get(0).path("title").asText()).isEqualTo("2022年株洲市卫生健康工作要点");
        CliTest.Run again = CliTest.run("convert", in.toString(), "--to", "json", "-o", out.toString(), "-q");
        assertThat(again.err()).contains("exists").contains("--force");
        assertThat(CliTest.run("convert", in.toString(), "--to", "json", "-o", out.toString(), "-q", "--force").err())
            .contains("scan.pdf").doesNotContain("exists");
    }

    @Test
    void severalInputsNeedAnOutputFolder() throws Exception {
        Path in = archive();
        CliTest.Run r = CliTest.run("convert", in.toString(), "--to", "json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("-o FOLDER");
    }

    @Test
    void checkPrintsDiagnosticsLikeACompilerWithExitCodes() throws Exception {
        Path file = dir.resolve("003.txt");
        Files.writeString(file, Seeds.text("003_6d1b1e67461f18fc.txt"));
        CliTest.Run r = CliTest.run("check", file.toString());
        assertThat(r.code()).as("warnings only").isZero();
        assertThat(r.out()).contains(file + ":61:1: warning PD101: number printed again")
            .contains("1 files: 7 warnings, 0 errors");
        assertThat(CliTest.run("check", file.toString(), "--strict").code()).isEqualTo(1);
        Path clean = dir.resolve("clean.txt");
        Files.writeString(clean, "工作要点\n一、总体要求\n（一）加强建设。内容。\n");
        CliTest.Run ok = CliTest.run("check", clean.toString(), "--strict");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).isEqualTo("1 files: 0 warnings, 0 errors\n");
        Path in = archive();
        CliTest.Run folder = CliTest.run("check", in.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains("scan.pdf");
        assertThat(CliTest.run("check", dir.resolve("missing.txt").toString()).code()).isEqualTo(2);
    }

    @Test
    void targetsAreOneRowEachInCsvTsvAndJson() throws Exception {
        Path file = dir.resolve("001.txt");
        Files.writeString(file, Seeds.text("001_158d65b1c18562e7.txt"));
        CliTest.Run tsv = CliTest.run("targets", file.toString());
        List<String> lines = tsv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join("\t", TargetsCommand.COLUMNS));
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo(String.join("\t", file.toString(), "2024年西安市卫生健康工作要点",
            "八、强化卫生健康事业支撑保障", "31.", "全年引进卫生专业人才1500人以上", "commitment", "卫生专业人才", "at-least",
            "1500", "", "人",
            "1500", "人", "", "false", "93")));
        CliTest.Run csv = CliTest.run("targets", file.toString(), "--format", "csv", "--bom");
        assertThat(csv.out()).startsWith("\uFEFFfile,plan,section,item,text,").contains("\r\n");
        CliTest.Run json = CliTest.run("targets", file.toString(), "--format", "json");
        JsonNode rows = new ObjectMapper().readTree(json.out());
        assertThat(rows.size()).isEqualTo(lines.size() - 1);
        JsonNode first = rows.get(0);
        assertThat(first.path("value").isNumber()).isTrue();
        assertThat(first.path("placeholder").isBoolean()).isTrue();
        assertThat(first.path("kind").asText()).isIn("commitment", "result", "baseline", "requirement", "penalty");
        Path out = dir.resolve("t.csv");
        assertThat(CliTest.run("targets", file.toString(), "--format", "csv", "-o", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).startsWith("file,plan");
    }

    @Test
    void aWorkReportsTargetsAreItsCommitmentsNotItsReviewsResults() throws Exception {
        Path file = dir.resolve("report.txt");
        Files.write(file, org.plandoc.seeds.Seeds.realworld().stream()
            .filter(d -> d.name().equals("2026_山东省_政府工作报告.txt")).findFirst().orElseThrow().bytes());
        String commitments = CliTest.run("targets", file.toString()).out();
        // the year's expected targets (预期目标) …
        assertThat(commitments).contains("地区生产总值增长5%以上\tcommitment\t地区生产总值\tat-least\t5")
            .contains("城镇新增就业110万人以上\tcommitment\t城镇新增就业\tat-least\t110")
            .contains("控制在5.5%左右\tcommitment");
        // … and none of the review of 2025 (城镇新增就业124.9万人 was achieved)
        assertThat(commitments).doesNotContain("124.9").doesNotContain("\tresult\t");
        String all = CliTest.run("targets", file.toString(), "--all").out();
        assertThat(all).contains("城镇新增就业124.9万人\tresult\t城镇新增就业");
        assertThat(all.lines().count()).isGreaterThan(commitments.lines().count());
        // a batch's summary counts both, as the two listings do (less their header lines)
        Files.copy(file, dir.resolve("copy.txt"));
        String summary = CliTest.run("convert", dir.resolve("report.txt").toString(), dir.resolve("copy.txt").toString(),
            "--to", "json", "-o", dir.resolve("out").toString()).err();
        assertThat(summary).contains(String.format("%d targets (%d commitments)",
            2 * (all.lines().count() - 1), 2 * (commitments.lines().count() - 1)));
    }
}
