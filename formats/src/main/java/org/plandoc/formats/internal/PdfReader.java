package org.plandoc.formats.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.plandoc.formats.FormatCodes;
import org.plandoc.formats.FormatException;

/**
 * Reads a PDF with PDFBox: its text lines with their positions, running headers,
 * footers and page numbers removed and reported, the rest joined into paragraphs.
 * A PDF without a text layer (a scan) is refused with a message saying so.
 */
public final class PdfReader {

    private PdfReader() {
    }

    public static Extraction read(byte[] bytes, String name, int maxPages) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages > maxPages) {
                throw new FormatException(name, "the PDF has " + pages + " pages, more than the limit of " + maxPages
                    + " (Formats.Builder.maxPages)", null);
            }
            PdfLines all = PdfLines.of(doc);
            if (all.lines().isEmpty()) {
                throw new FormatException(name, "the PDF has no text layer (" + pages + (pages == 1 ? " page" : " pages")
                    + " of images: a scan?); run OCR on it first", null);
            }
            RunningText.Found running = RunningText.find(all.lines(), all);
            List<PdfLine> body = new ArrayList<>();
            for (PdfLine l : all.lines()) {
                if (!running.lines().contains(l)) {
                    body.add(l);
                }
            }
            Extraction out = new Extraction();
            new PdfParagraphs(body).addTo(out);
            if (!running.pagesByText().isEmpty()) {
                List<String> quoted = new ArrayList<>();
                for (Map.Entry<String, Integer> e : running.pagesByText().entrySet()) {
                    quoted.add("\"" + e.getKey() + "\" (" + e.getValue() + "×)");
                }
                out.note(FormatCodes.RUNNING_TEXT_REMOVED, "removed the running headers, footers and page numbers "
                    + "(digits shown as #): " + String.join(", ", quoted));
            }
            int textless = pages - (int) all.lines().stream().mapToInt(PdfLine::page).distinct().count();
            if (textless > 0) {
                out.note(FormatCodes.RUNNING_TEXT_REMOVED, textless + " of " + pages
                    + " pages have no text layer (images or scans): their content is not read");
            }
            return out;
        } catch (InvalidPasswordException e) {
            throw new FormatException(name, "the PDF is encrypted with a password; remove it first", e);
        } catch (IOException e) {
            throw new FormatException(name, "a damaged PDF: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("")), e);
        }
    }
}
