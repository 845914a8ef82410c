package org.plandoc.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.parser.Paragraph;
import org.plandoc.parser.PlanParser;
import org.plandoc.seeds.Seeds;

/**
 * Files made by a real office suite: LibreOffice (headless) turns a seed plan's text
 * into .docx, .doc and PDF, the numbering test's .docx into .doc, and renders both as text, once for
 * the class. Each must read to what the text reads to. Without LibreOffice (Debian's
 * libreoffice-writer-nogui, which .ci/run installs) the tests say they are skipped.
 */
class LibreOfficeTest {

    static final String SEED = "001_158d65b1c18562e7.txt";

    @TempDir
    static Path dir;

    static boolean converted;

    @BeforeAll
    static void convertOnce() throws Exception {
        if (!available()) {
            return;
        }
        Files.writeString(dir.resolve("plan.txt"), Seeds.text(SEED), StandardCharsets.UTF_8);
        Files.write(dir.resolve("numbered.docx"), DocxNumberingTest.document());
        // one office process per target format, all files at once: starting LibreOffice is the slow part
        converted = soffice("docx:MS Word 2007 XML", "out", "plan.txt")
            && soffice("doc:MS Word 97", "out", "plan.txt", "numbered.docx")
            && soffice("pdf:writer_pdf_Export", "out", "plan.txt") && soffice("txt:Text (encoded):UTF8", "out", "numbered.docx")
            && soffice("txt:Text (encoded):UTF8", "doc-text", "out/numbered.doc");
    }

    private static boolean available() {
        try {
            Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean soffice(String to, String outdir, String... files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
            "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", to, "--outdir", dir.resolve(outdir).toString()));
        for (String f : files) {
            cmd.add(dir.resolve(f).toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    private static byte[] out(String name) throws IOException {
        assumeTrue(converted, "skipped: LibreOffice (soffice) is not installed or could not convert; .ci/run installs "
            + "libreoffice-writer-nogui");
        Path f = dir.resolve(name.contains("/") ? name : "out/" + name);
        assumeTrue(Files.exists(f), "skipped: LibreOffice made no " + name);
        return Files.readAllBytes(f);
    }

    static ParseResult text() {
        return PlanParser.builder().build().parse(Seeds.text(SEED));
    }

    @Test
    void aDocxMadeByLibreOfficeReadsAsItsText() throws IOException {
        ReadResult read = Formats.builder().build().read(out("plan.docx"), "plan.docx");
        assertThat(read.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(HtmlReaderTest.outline(read.result().plans())).containsExactlyElementsOf(HtmlReaderTest.outline(text().plans()));
    }

    @Test
    void aDocMadeByLibreOfficeReadsAsItsText() throws IOException {
        ReadResult read = Formats.builder().build().read(out("plan.doc"), "plan.doc");
        assertThat(read.format()).isEqualTo(SourceFormat.DOC);
        assertThat(HtmlReaderTest.outline(read.result().plans())).containsExactlyElementsOf(HtmlReaderTest.outline(text().plans()));
    }

    @Test
    void aPdfMadeByLibreOfficeHasTheOutlineOfItsText() throws IOException {
        ReadResult read = Formats.builder().build().read(out("plan.pdf"), "plan.pdf");
        assertThat(read.format()).isEqualTo(SourceFormat.PDF);
        Plan pdf = read.result().plans().get(0);
        Plan txt = text().plans().get(0);
        assertThat(pdf.title()).isEqualTo(txt.title());
        assertThat(headings(pdf)).containsExactlyElementsOf(headings(txt));
        assertThat(HtmlReaderTest.outline(read.result().plans())).containsExactlyElementsOf(HtmlReaderTest.outline(text().plans()));
    }

    /** The lines LibreOffice shows for a file it rendered as text, blanks removed. */
    private static List<String> shown(String txt) throws IOException {
        List<String> shown = new ArrayList<>();
        for (String line : new String(out(txt), StandardCharsets.UTF_8).replace("\uFEFF", "").split("\n")) {
            if (!line.isBlank()) {
                shown.add(line.replaceAll("[\\s\u3000]", ""));
            }
        }
        return shown;
    }

    private static List<String> ours(byte[] file, String name) {
        return Formats.builder().build().read(file, name).paragraphs().stream().map(Paragraph::text)
            .map(t -> t.replaceAll("[\\s\u3000]", "")).toList();
    }

    @Test
    void listNumbersOfADocAreWhatLibreOfficeShows() throws IOException {
        List<String> shown = shown("doc-text/numbered.txt");
        List<String> ours = ours(out("numbered.doc"), "numbered.doc");
        assertThat(shown.get(10)).isEqualTo("二、三、重点任务");
        shown.set(10, "三、重点任务");
        assertThat(shown.get(21)).isEqualTo("•要点不编号");
        shown.set(21, "要点不编号");
        assertThat(ours).containsExactlyElementsOf(shown);
    }

    @Test
    void wordNumbersAreWhatLibreOfficeShows() throws IOException {
        List<String> shown = shown("numbered.txt");
        List<String> ours = ours(DocxNumberingTest.document(), "numbered.docx");
        // where plandoc differs on purpose: a number typed after Word's is printed once, a bullet is not a number
        assertThat(shown.get(10)).isEqualTo("二、三、重点任务");
        shown.set(10, "三、重点任务");
        assertThat(shown.get(21)).isEqualTo("•要点不编号");
        shown.set(21, "要点不编号");
        // and where LibreOffice differs from Word: it restarts a level whose w:lvlRestart is 0 (never restart)
        assertThat(shown.get(30)).isEqualTo("(1)子项续");
        shown.set(30, "(2)子项续");
        assertThat(ours).containsExactlyElementsOf(shown);
    }

    private static List<String> headings(Plan p) {
        List<String> out = new ArrayList<>();
        p.sections().forEach(s -> {
            out.add(s.numbering().label() + s.title());
            s.items().forEach(i -> out.add("  " + i.numbering().label() + i.title()));
        });
        return out;
    }
}
