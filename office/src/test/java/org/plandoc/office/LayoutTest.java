package org.plandoc.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plandoc.core.ParseResult;
import org.plandoc.formats.Formats;
import org.plandoc.parser.PlanParser;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.RealDocument;
import org.plandoc.seeds.Seeds;

/**
 * Every seed, corpus and real-world document (texts, and the Word files and web pages read
 * with the formats module), written as .docx and laid out by LibreOffice (all in one run: it
 * takes seconds to start), keeps the GB/T 9704 layout:
 * A4, at most 22 lines a page and 28 characters a line, numbered pages, the whole text in order.
 */
class LayoutTest {

    static final PlanParser PARSER = PlanParser.builder().build();
    static final DocxRenderer DOCX = DocxRenderer.builder().build();

    record Doc(String name, ParseResult result) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    static Path dir;
    static final List<Doc> DOCS = load();
    static final List<PdfPages> PDFS = new ArrayList<>();

    static List<Doc> documents() {
        return DOCS;
    }

    private static List<Doc> load() {
        List<Doc> docs = new ArrayList<>();
        List<Document> texts = new ArrayList<>(Seeds.all());
        texts.addAll(Seeds.corpus());
        for (Document d : texts) {
            docs.add(new Doc(d.name(), PARSER.parse(d.text())));
        }
        Formats formats = Formats.builder().build();
        for (RealDocument d : Seeds.realworld()) {
            ParseResult result = d.format().equals("text") ? PARSER.parse(d.bytes()) : formats.read(d.bytes(), d.name()).result();
            docs.add(new Doc("realworld/" + d.name(), result));
        }
        return docs;
    }

    @BeforeAll
    static void layOut() throws Exception {
        LibreOffice office = LibreOffice.find();
        assumeTrue(office != null, LibreOffice.MISSING);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < DOCS.size(); i++) {
            Path file = dir.resolve(String.format("%03d.docx", i));
            Files.write(file, DOCX.render(DOCS.get(i).result()));
            files.add(file);
        }
        for (Path pdf : office.toPdf(files, dir)) {
            PDFS.add(PdfPages.read(pdf));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void libreOfficeLaysItOutAsTheStandardAsks(Doc doc) {
        PdfPages pdf = PDFS.get(DOCS.indexOf(doc));
        System.out.println(doc.name() + ": " + Layout.summary(pdf));
        assertThat(Layout.problems(doc.result().plans(), pdf, 0)).as(doc.name()).isEmpty();
    }
}
