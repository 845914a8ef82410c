package org.plandoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.seeds.Seeds;

/** The plandoc command run in-process, with its streams captured. */
class CliTest {

    static final String SEED = "001_158d65b1c18562e7.txt";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run(new byte[0], args);
    }

    Path seedFile() throws Exception {
        Path file = dir.resolve(SEED);
        Files.writeString(file, Seeds.text(SEED), StandardCharsets.UTF_8);
        return file;
    }

    static void oneCleanLine(Run r) {
        assertThat(r.err().strip().lines()).hasSize(2).first().asString().startsWith("plandoc: ");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: plandoc").contains("convert");
        Run sub = run("convert", "--help");
        assertThat(sub.out()).contains("--to").contains("Examples:");
        assertThat(run("--version").out()).startsWith("plandoc ");
    }

    @Test
    void convertsAFileToJson() throws Exception {
        Run r = run("convert", seedFile().toString(), "--to", "json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("schemaVersion").asInt()).isEqualTo(2);
        assertThat(root.path("source").path("name").asText()).isEqualTo(SEED);
        assertThat(root.path("source").path("charset").asText()).isEqualTo("UTF-8");
        JsonNode plan = root.path("plans").get(0);
        assertThat(plan.path("title").asText()).isEqualTo("2024年西安市卫生健康工作要点");
        assertThat(plan.path("sections")).hasSize(8);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void readsStandardInputAndWritesYaml() {
        Run r = run(Seeds.text(SEED).getBytes(StandardCharsets.UTF_8), "convert", "-", "--to", "yaml");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("schemaVersion: 2\n").contains("title: 2024年西安市卫生健康工作要点");
        assertThat(r.out()).doesNotContain("name:");
    }

    @Test
    void gbkInputGivesTheSameDataAsUtf8() throws Exception {
        Path gbk = dir.resolve("gbk.txt");
        String text = Seeds.text(SEED).replace('\u00a0', ' ');
        Files.write(gbk, text.getBytes(Charset.forName("GBK")));
        Path utf8 = dir.resolve("utf8.txt");
        Files.writeString(utf8, text);
        JsonNode a = new ObjectMapper().readTree(run("convert", gbk.toString(), "--to", "json").out());
        JsonNode b = new ObjectMapper().readTree(run("convert", utf8.toString(), "--to", "json").out());
        assertThat(a.path("source").path("charset").asText()).isEqualTo("GB18030");
        assertThat(a.path("plans")).isEqualTo(b.path("plans"));
        Run verbose = run("convert", gbk.toString(), "--to", "json", "-v");
        assertThat(verbose.err()).contains("charset GB18030");
        Run forced = run("convert", gbk.toString(), "--to", "json", "--charset", "UTF-8");
        assertThat(forced.code()).as("undecodable bytes are an error").isEqualTo(1);
        assertThat(forced.err()).contains("PD402");
    }

    @Test
    void writesOutputAtomicallyAndNeverOverTheInput() throws Exception {
        Path input = seedFile();
        Path out = dir.resolve("out/plan.json");
        Run r = run("convert", input.toString(), "--to", "json", "-o", out.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(out)).contains("\"schemaVersion\": 2");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
            .as("a new output is readable by others, not private like a temporary file").isEqualTo("rw-r--r--");
        try (var files = Files.list(out.getParent())) {
            assertThat(files).as("no temporary file left").hasSize(1);
        }
        Run again = run("convert", input.toString(), "--to", "json", "-o", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("exists").contains("--force");
        assertThat(run("convert", input.toString(), "--to", "yaml", "-o", out.toString(), "--force").code()).isZero();
        assertThat(Files.readString(out)).startsWith("schemaVersion: 2");

        String before = Files.readString(input);
        Path sneaky = dir.resolve("out/../" + SEED);
        Run self = run("convert", input.toString(), "--to", "json", "-o", sneaky.toString(), "--force");
        assertThat(self.code()).isEqualTo(2);
        assertThat(self.err()).contains("input file");
        Path link = dir.resolve("link.txt");
        Files.createSymbolicLink(link, input);
        assertThat(run("convert", link.toString(), "--to", "json", "-o", input.toString(), "--force").code()).isEqualTo(2);
        assertThat(Files.readString(input)).isEqualTo(before);
    }

    @Test
    void badInputGetsOneLineAndExitCodeTwo() throws Exception {
        Run missing = run("convert", dir.resolve("nope.txt").toString(), "--to", "json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file").doesNotContain("Exception");

        Path pdf = dir.resolve("plan.pdf");
        Files.write(pdf, "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("convert", pdf.toString(), "--to", "json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("PDF").doesNotContain("Exception");

        Path docx = dir.resolve("plan.docx");
        Files.write(docx, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        assertThat(run("convert", docx.toString(), "--to", "json").err()).contains(".docx");

        assertThat(run("convert", dir.toString(), "--to", "json").err()).as("a folder converts into a folder").contains("-o FOLDER");

        Run format = run("convert", seedFile().toString(), "--to", "pdf");
        assertThat(format.code()).isEqualTo(2);
        oneCleanLine(format);
        Run noArgs = run("convert");
        assertThat(noArgs.code()).isEqualTo(2);
    }

    @Test
    void anEmptyFileIsAWarningNotACrash() throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Run r = run("convert", empty.toString(), "--to", "json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("empty");
        assertThat(new ObjectMapper().readTree(r.out()).path("plans")).isEmpty();
    }

    @Test
    void diagnosticsArePrintedLikeACompiler() throws Exception {
        Path file = dir.resolve("003.txt");
        Files.writeString(file, Seeds.text("003_6d1b1e67461f18fc.txt"));
        Run r = run("convert", file.toString(), "--to", "json");
        assertThat(r.err().lines()).contains(file + ":61:1: warning PD101: number printed again: \"(二十)\" read as number 21 (chinese-paren)");
        assertThat(run("convert", file.toString(), "--to", "json", "-q").err()).isEmpty();
        assertThat(run("convert", file.toString(), "--to", "json", "-v").err()).contains("info PD207");
    }

    @Test
    void rendersHandEditedYamlToHtmlAndRefusesWhatIsNotPlandocData() throws Exception {
        Path yaml = dir.resolve("plan.yaml");
        Files.writeString(yaml, run("convert", seedFile().toString(), "--to", "yaml").out()
            .replace("title: 2024年西安市卫生健康工作要点", "title: 2024年西安市卫生健康工作要点（修订稿）"));
        Run html = run("convert", yaml.toString(), "--to", "html", "--standalone", "--style", "screen");
        assertThat(html.code()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<h1 class=\"plan-title\">2024年西安市卫生健康工作要点（修订稿）</h1>")
            .contains("body class=\"plandoc screen\"");
        Run fragment = run("convert", yaml.toString(), "--to", "html");
        assertThat(fragment.out()).startsWith("<article");
        Run json = run(Files.readAllBytes(yaml), "convert", "-", "--from", "yaml", "--to", "json");
        assertThat(json.out()).contains("\"title\": \"2024年西安市卫生健康工作要点（修订稿）\"");

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "schemaVersion: 1\nplans:\n  - title: x\n    colour: red\n");
        Run r = run("convert", bad.toString(), "--to", "html");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("plandoc: " + bad + ": not plandoc data: line 4: plans[0].colour: unknown field");
        assertThat(run("convert", seedFile().toString(), "--to", "html", "--style", "pink").err()).contains("gbt9704 or screen");
        assertThat(run("convert", seedFile().toString(), "--to", "html", "--from", "rtf").err()).contains("unknown --from");
    }

    @Test
    void everyOutputFormatWorksFromTheCommandLine() throws Exception {
        Path input = seedFile();
        assertThat(run("convert", input.toString(), "--to", "markdown").out()).startsWith("# 2024年西安市卫生健康工作要点\n");
        assertThat(run("convert", input.toString(), "--to", "md").out()).contains("\n## 一、加强党的全面领导\n");
        assertThat(run("convert", input.toString(), "--to", "text").out()).contains("\n（一）突出抓好政治建设。");
        assertThat(run("convert", input.toString(), "--to", "html", "-s").out()).contains("<html lang=\"zh-CN\">");
    }

    @Test
    void utf16WithAByteOrderMarkIsDetected() throws Exception {
        for (String charset : List.of("UTF-16LE", "UTF-16BE")) {
            Path file = dir.resolve(charset + ".txt");
            byte[] bom = charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] body = Seeds.text(SEED).getBytes(Charset.forName(charset));
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            Files.write(file, all);
            JsonNode root = new ObjectMapper().readTree(run("convert", file.toString(), "--to", "json").out());
            assertThat(root.path("source").path("charset").asText()).isEqualTo(charset);
            assertThat(root.path("plans").get(0).path("sections")).hasSize(8);
        }
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsOneLine() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        Run r = run("convert", seedFile().toString(), "--to", "json", "-o", blocker.resolve("sub/out.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1).first().asString().startsWith("plandoc: cannot create the output folder ");
        assertThat(r.err()).doesNotContain("Exception");
    }
}
