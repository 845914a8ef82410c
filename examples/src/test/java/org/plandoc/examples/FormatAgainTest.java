package org.plandoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plandoc.core.ParseResult;
import org.plandoc.formats.Formats;
import org.plandoc.parser.PlanParser;
import org.plandoc.render.PlanRenderer;
import org.plandoc.render.markdown.MarkdownRenderer;
import org.plandoc.render.text.TextRenderer;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.RealDocument;
import org.plandoc.seeds.Seeds;

/**
 * plandoc's text and Markdown of every seed, corpus and real-world document (Word files and
 * web pages read as plandoc reads them) read back to what was written: formatted again, the
 * output does not change. A user who formats an archive once and again gets the same files.
 */
class FormatAgainTest {

    static final PlanParser PARSER = PlanParser.builder().build();

    static Map<String, ParseResult> documents() {
        Map<String, ParseResult> docs = new LinkedHashMap<>();
        List<Document> texts = new ArrayList<>(Seeds.all());
        texts.addAll(Seeds.corpus());
        for (Document d : texts) {
            docs.put(d.name(), PARSER.parse(d.text()));
        }
        Formats formats = Formats.builder().build();
        for (RealDocument d : Seeds.realworld()) {
            docs.put(d.name(), d.format().equals("text") ? PARSER.parse(d.bytes()) : formats.read(d.bytes(), d.name()).result());
        }
        return docs;
    }

    /** The documents whose output changes when it is formatted again. */
    static List<String> changed(PlanRenderer renderer) {
        List<String> changed = new ArrayList<>();
        documents().forEach((name, result) -> {
            String once = renderer.render(result);
            if (!renderer.render(PARSER.parse(once)).equals(once)) {
                changed.add(name);
            }
        });
        return changed;
    }

    @Test
    void textFormattedAgainDoesNotChange() {
        assertThat(changed(TextRenderer.builder().build())).isEmpty();
    }

    @Test
    void markdownFormattedAgainDoesNotChange() {
        assertThat(changed(MarkdownRenderer.builder().build())).isEmpty();
    }
}
