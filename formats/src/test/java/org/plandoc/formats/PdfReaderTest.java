package org.plandoc.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.plandoc.parser.Paragraph;

/**
 * PDFs made with PDFBox: running text removed and reported, a long file read in
 * bounded time, scans, encryption and the page limit refused. (PDFs of Chinese plans,
 * made by LibreOffice, are in {@code LibreOfficeTest}; the joining rules on their
 * own in {@code PdfParagraphsTest}.)
 */
class PdfReaderTest {

    static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** A report of {@code pages} A4 pages: a running header, two paragraphs a page, a page number - N - at the foot. */
    static byte[] report(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    line(cs, 200, 800, "CITY GOVERNMENT WORK PLAN 2025");
                    line(cs, 72, 720, "Section " + n + " keep growing steadily and make sure that every district");
                    line(cs, 72, 704, "reports on time to the office in charge of the plan.");
                    line(cs, 100, 688, "A second paragraph starts indented and is short.");
                    line(cs, 290, 40, "- " + n + " -");
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream cs, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(FONT, 12);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    @Test
    @Timeout(60)
    void aLongReportLosesItsRunningTextAndKeepsItsParagraphs() throws IOException {
        byte[] pdf = report(500);
        ReadResult read = Formats.builder().build().read(pdf, "report.pdf");
        assertThat(read.format()).isEqualTo(SourceFormat.PDF);
        assertThat(read.paragraphs()).hasSize(1000);
        assertThat(read.paragraphs().get(0).text())
            .isEqualTo("Section 1 keep growing steadily and make sure that every district reports on time to the office in charge of the plan.");
        assertThat(read.paragraphs().get(1).text()).isEqualTo("A second paragraph starts indented and is short.");
        assertThat(read.paragraphs()).noneMatch(p -> p.text().contains("CITY GOVERNMENT") || p.text().matches("- \\d+ -"));
        assertThat(read.result().diagnostics()).anyMatch(d -> d.code().equals(FormatCodes.RUNNING_TEXT_REMOVED)
            && d.message().contains("\"-#-\" (500×)") && d.message().contains("CITYGOVERNMENTWORKPLAN#"));
        // positions: page and line on the page, the header counted as line 1
        assertThat(read.sourceMap().locate(3, 1)).isEqualTo(Location.pageLine(2, 2));
    }

    @Test
    void aScanWithoutTextIsRefusedSayingSo() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
            PDImageXObject x = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 50, 50);
            }
            doc.save(out);
            assertThatThrownBy(() -> Formats.builder().build().read(out.toByteArray(), "scan.pdf"))
                .isInstanceOf(FormatException.class)
                .hasMessage("scan.pdf: the PDF has no text layer (1 page of images: a scan?); run OCR on it first");
        }
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        try (PDDocument doc = PDDocumentLoader.load(report(1)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            doc.protect(policy);
            doc.save(out);
            assertThatThrownBy(() -> Formats.builder().build().read(out.toByteArray(), "locked.pdf"))
                .isInstanceOf(FormatException.class).hasMessage("locked.pdf: the PDF is encrypted with a password; remove it first");
        }
    }

    @Test
    void thePageLimitBoundsTheWork() throws IOException {
        byte[] pdf = report(3);
        assertThatThrownBy(() -> Formats.builder().maxPages(2).build().read(pdf, "big.pdf"))
            .hasMessage("big.pdf: the PDF has 3 pages, more than the limit of 2 (Formats.Builder.maxPages)");
        assertThat(Formats.builder().maxPages(3).build().read(pdf, "big.pdf").paragraphs()).extracting(Paragraph::text)
            .hasSize(6);
    }

    /** Loads a PDF from bytes, for the tests that change one. */
    static final class PDDocumentLoader {
        static PDDocument load(byte[] bytes) throws IOException {
            return org.apache.pdfbox.Loader.loadPDF(bytes);
        }
    }
}
