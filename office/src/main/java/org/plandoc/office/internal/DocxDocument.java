package org.plandoc.office.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.plandoc.core.Plan;

/**
 * Writes plans into one .docx: the body in a section with numbered pages and, when there
 * is a 版记, a second section that starts on the next even page and stands the 版记 at
 * its foot. Word and LibreOffice insert the blank odd page that may need; GB/T 9704
 * §7.5 numbers neither it nor the 版记's page.
 */
public final class DocxDocument {

    private DocxDocument() {
    }

    public static void write(List<Plan> plans, Options options, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocumentSetup.apply(doc);
            PlanWriter writer = new PlanWriter(doc, options);
            XWPFParagraph end = null;
            for (int i = 0; i < plans.size(); i++) {
                if (i > 0) {
                    writer.breakPage();
                }
                end = writer.write(plans.get(i), i == plans.size() - 1);
            }
            CTBody body = doc.getDocument().getBody();
            CTSectPr last = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
            if (options.hasRecord()) {
                if (end == null) {
                    end = writer.paragraph();
                }
                // a section ends with the paragraph that holds its properties
                CTSectPr main = Paragraphs.pPr(end).addNewSectPr();
                Page.setUp(main);
                PageNumbers.number(doc, main);
                Imprint.write(doc, options.copyTo(), options.printer(), options.printDate());
                Page.setUp(last);
                last.addNewType().setVal(STSectionMark.EVEN_PAGE);
                last.addNewVAlign().setVal(STVerticalJc.BOTTOM);
                PageNumbers.blank(doc, last);
            } else {
                Page.setUp(last);
                PageNumbers.number(doc, last);
            }
            // POI writes into memory: a failing stream then fails here, as an IOException, rather
            // than inside POI's zip writer, which logs it and throws its own runtime exception
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            doc.write(bytes);
            bytes.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the .docx: " + e.getMessage(), e);
        }
    }
}
