package org.plandoc.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.formats.Formats;
import org.plandoc.parser.PlanParser;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.Seeds;

/**
 * A plan written as .docx and read back with plandoc's own Word reader has the outline
 * it was written from (the seeds, the corpus and the real-world texts): the same plans
 * and titles, and every section and item with its ordinal and title.
 */
class ReadBackTest {

    static final PlanParser PARSER = PlanParser.builder().build();
    static final Formats FORMATS = Formats.builder().build();

    static Stream<Document> documents() {
        Stream<Document> realworld = Seeds.realworld().stream().filter(d -> d.format().equals("text"))
            .map(d -> new Document(d.name(), d.text(), ""));
        return Stream.concat(Stream.concat(Seeds.all().stream(), Seeds.corpus().stream()), realworld);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void aWrittenWordFileReadsBackToItsOutline(Document doc) {
        ParseResult written = PARSER.parse(doc.text());
        byte[] docx = DocxRenderer.builder().build().render(written);
        ParseResult read = FORMATS.read(docx, doc.name().replace(".txt", ".docx")).result();
        assertThat(outline(read)).as(doc.name()).isEqualTo(outline(written));
    }

    /** Each plan's title, then each node as depth, ordinal and title. */
    static List<String> outline(ParseResult result) {
        List<String> out = new ArrayList<>();
        for (Plan p : result.plans()) {
            if (p.sections().isEmpty()) {
                continue;
            }
            out.add("plan " + p.title());
            for (Section s : p.sections()) {
                out.add("1 " + s.numbering().ordinal() + " " + s.title());
                items(s.items(), 2, out);
            }
        }
        return out;
    }

    static void items(List<Item> items, int depth, List<String> out) {
        for (Item i : items) {
            out.add(depth + " " + i.numbering().ordinal() + " " + i.title());
            items(i.items(), depth + 1, out);
        }
    }
}
