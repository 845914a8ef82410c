package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.seeds.RealDocument;
import org.plandoc.seeds.Seeds;

/**
 * A whole plan on one line (a web page scraped without its line breaks) gives the outline the
 * text gives with them: the same plans, titles and sections, each heading its own words and no
 * more. Measured on the real-world texts; the floor only rises.
 */
class OneLineTest {

    static final PlanParser PARSER = PlanParser.builder().build();

    static List<String> outline(ParseResult r) {
        List<String> out = new ArrayList<>();
        for (Plan p : r.plans()) {
            out.add(squeeze(p.title()));
            for (Section s : p.sections()) {
                out.add(squeeze(s.numbering().label() + s.title()) + " " + s.items().size());
            }
        }
        return out;
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s", "");
    }

    static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (String line : text.replace("\r", "").split("\n")) {
            b.append(line.strip());
        }
        return b.toString();
    }

    @Test
    void aPlanWithoutItsLineBreaksHasTheOutlineItHadWithThem() {
        List<String> same = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (RealDocument d : Seeds.realworld()) {
            if (d.format().equals("text")) {
                texts.add(d.name());
                if (outline(PARSER.parse(d.text())).equals(outline(PARSER.parse(oneLine(d.text()))))) {
                    same.add(d.name());
                }
            }
        }
        assertThat(texts).hasSize(35);
        // 10 before headings run into their first sentence were ended where it begins
        assertThat(same).as("texts whose one-line copy has their outline").hasSizeGreaterThanOrEqualTo(27);
    }
}
