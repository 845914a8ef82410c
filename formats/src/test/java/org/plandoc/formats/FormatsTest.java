package org.plandoc.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.plandoc.seeds.Seeds;

/** Telling formats apart by content, the override, and every kind of bad file as one clear line. */
class FormatsTest {

    static final Formats FORMATS = Formats.builder().build();

    static final String PLAN = "2025年工作要点\n一、总体要求\n坚持稳中求进。\n二、重点任务\n抓好落实。\n";

    @Test
    void formatsAreToldByTheirContent() {
        assertThat(SourceFormat.detect(new WordFiles().p("", "x").bytes())).isEqualTo(SourceFormat.DOCX);
        assertThat(SourceFormat.detect("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(SourceFormat.PDF);
        assertThat(SourceFormat.detect(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1, 0})).isEqualTo(SourceFormat.DOC);
        assertThat(SourceFormat.detect("\uFEFF  <!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8))).isEqualTo(SourceFormat.HTML);
        assertThat(SourceFormat.detect("<!-- saved --><HTML><body>".getBytes(StandardCharsets.UTF_8))).isEqualTo(SourceFormat.HTML);
        assertThat(SourceFormat.detect("<meta charset=gbk><p>一、".getBytes(StandardCharsets.UTF_8))).isEqualTo(SourceFormat.HTML);
        assertThat(SourceFormat.detect(PLAN.getBytes(StandardCharsets.UTF_8))).isEqualTo(SourceFormat.TEXT);
        assertThat(SourceFormat.detect("# 工作要点\n<b>一、</b>".getBytes(StandardCharsets.UTF_8))).as("Markdown").isEqualTo(SourceFormat.TEXT);
        assertThat(SourceFormat.detect(PLAN.getBytes(Charset.forName("GBK")))).isEqualTo(SourceFormat.TEXT);
        assertThat(SourceFormat.detect(new byte[] {'P', 'K', 3, 4, 20, 0})).as("a plain zip").isNull();
        assertThat(SourceFormat.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})).isNull();
        assertThat(SourceFormat.describe(new byte[] {'P', 'K', 3, 4, 20, 0})).contains("zip archive that is not a Word file");
        assertThat(SourceFormat.describe("{\\rtf1\\ansi".getBytes(StandardCharsets.US_ASCII))).contains("RTF");
    }

    @Test
    void textGoesToTheParserAsText() {
        ReadResult read = FORMATS.read(PLAN.getBytes(Charset.forName("GB18030")), "plan.txt");
        assertThat(read.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(read.charset()).isEqualTo("GB18030");
        assertThat(read.paragraphs()).isEmpty();
        assertThat(read.sourceMap().isIdentity()).isTrue();
        assertThat(read.result().plans().get(0).sections()).hasSize(2);
        assertThat(read.result()).isEqualTo(org.plandoc.parser.PlanParser.builder().build()
            .parse(PLAN.getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void theOverrideReadsAFileAsTheFormatNamed() {
        byte[] page = ("<html><body><p>" + PLAN.replace("\n", "</p><p>") + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(FORMATS.read(page, "page.html").format()).isEqualTo(SourceFormat.HTML);
        ReadResult asText = Formats.builder().from(SourceFormat.TEXT).build().read(page, "page.html");
        assertThat(asText.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(SourceFormat.fromId("MD")).isEqualTo(SourceFormat.TEXT);
        assertThatThrownBy(() -> SourceFormat.fromId("rtf")).hasMessageContaining("use docx, doc, html, pdf or text");
    }

    @Test
    void whatNoReaderKnowsIsRefusedByName() {
        assertThatThrownBy(() -> FORMATS.read(new byte[] {'P', 'K', 3, 4, 20, 0}, "archive.zip"))
            .isInstanceOf(FormatException.class).hasMessageStartingWith("archive.zip: looks like a zip archive");
        assertThatThrownBy(() -> FORMATS.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}, "photo.png"))
            .hasMessage("photo.png: looks like a binary file; plandoc reads .docx, .doc, web pages, PDF and text");
    }

    @Test
    void anRtfFileIsRefusedNotReadAsText() {
        // RTF is 7-bit text: read as text, its control words ({\fonttbl …) became the plan
        byte[] rtf = "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fnil \\'cb\\'ce\\'cc\\'e5;}}\\par 一、总体要求\\par}"
            .getBytes(StandardCharsets.US_ASCII);
        assertThat(SourceFormat.detect(rtf)).isNull();
        assertThat(SourceFormat.detect(("\uFEFF\r\n" + "{\\rtf1}").getBytes(StandardCharsets.UTF_8))).isNull();
        assertThatThrownBy(() -> FORMATS.read(rtf, "plan.rtf")).isInstanceOf(FormatException.class)
            .hasMessage("plan.rtf: looks like an RTF file; save it as .docx; plandoc reads .docx, .doc, web pages, PDF and text");
        assertThat(SourceFormat.detect("{rtf 是正文}".getBytes(StandardCharsets.UTF_8))).isEqualTo(SourceFormat.TEXT);
    }

    @Test
    void aDiagnosticWithoutAPlaceNamesTheFileAlone() {
        byte[] page = ("<html><body><nav>首页 | 政务公开</nav><div class=article><p>"
            + PLAN.replace("\n", "</p><p>") + "</p></div></body></html>").getBytes(StandardCharsets.UTF_8);
        ReadResult read = FORMATS.read(page, "page.html");
        org.plandoc.core.Diagnostic whole = new org.plandoc.core.Diagnostic(org.plandoc.core.Severity.INFO, "PD504",
            "the article is …", null);
        assertThat(read.describe(whole)).isEqualTo("page.html: info PD504: the article is …");
        assertThat(read.result().diagnostics()).filteredOn(d -> d.span() == null)
            .allSatisfy(d -> assertThat(read.describe(d)).startsWith("page.html: " + d.severity().id() + " "));
    }

    @Test
    void aDamagedFileIsOneLine() {
        byte[] docx = new WordFiles().p("", "一、总体要求").bytes();
        byte[] cut = Arrays.copyOf(docx, docx.length / 2);
        assertOneLine(() -> FORMATS.read(cut, "cut.docx"), "cut.docx: ");
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1);
        assertOneLine(() -> FORMATS.read(pdf, "cut.pdf"), "cut.pdf: ");
        byte[] ole = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1}, 0, ole, 0, 8);
        assertOneLine(() -> FORMATS.read(ole, "cut.doc"), "cut.doc: ");
        assertOneLine(() -> Formats.builder().from(SourceFormat.DOCX).build().read(PLAN.getBytes(StandardCharsets.UTF_8),
            "plan.txt"), "plan.txt: ");
    }

    @Test
    @Timeout(60)
    void aZipBombIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 200; i++) {    // 200 MB of blanks: about 200 KB packed
                zip.write(blanks);
            }
        }
        assertThat(bytes.size()).isLessThan(1_000_000);
        assertThatThrownBy(() -> FORMATS.read(bytes.toByteArray(), "bomb.docx")).isInstanceOf(FormatException.class)
            .hasMessage("bomb.docx: refused: it would expand far beyond its size (a zip bomb?)");
    }

    @Test
    void anEncryptedWordFileIsRefusedSayingSo() throws Exception {
        byte[] docx = new WordFiles().p("", "一、总体要求").bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(out);
        }
        assertThat(SourceFormat.detect(out.toByteArray())).as("an OLE2 file, as .doc is").isEqualTo(SourceFormat.DOC);
        assertThatThrownBy(() -> FORMATS.read(out.toByteArray(), "secret.docx"))
            .hasMessageStartingWith("secret.docx: the file is encrypted");
    }

    @Test
    void everySeedReadsTheSameThroughFormats() {
        Seeds.all().forEach(d -> assertThat(FORMATS.read(d.text().getBytes(StandardCharsets.UTF_8), d.name()).result().plans())
            .isEqualTo(org.plandoc.parser.PlanParser.builder().build().parse(d.text().getBytes(StandardCharsets.UTF_8)).plans()));
    }

    static void assertOneLine(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String prefix) {
        assertThatThrownBy(call).isInstanceOf(FormatException.class).hasMessageStartingWith(prefix)
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception"));
    }
}
