package org.plandoc.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.plandoc.core.Item;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;

/**
 * The Markdown writer's escaping, proven against commonmark-java: whatever the
 * text (any Unicode, Markdown syntax of every kind), a title comes back as the
 * heading's text and a paragraph as the paragraph's text — changed only as
 * the writer documents (line breaks become spaces, outer whitespace is dropped)
 * and as CommonMark must (NUL becomes U+FFFD).
 */
class MarkdownEscapingTest {

    static final Parser COMMONMARK = Parser.builder().build();

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(20),
            Arbitraries.strings().withChars("#*_`[]()<>!&\\|~-+=.:;1234567890 \t\n\r\u3000\u00a0\u0000\u000b\u000cabcx一").ofMaxLength(16),
            Arbitraries.of("# 工作要点 #", "工作要点 #", "工作要点#", "#", "##", " # ", "\\", "1. 一", "- 一", "> 一", "```", "~~~",
                "***", "---", "===", "<div>", "&amp;", "&#35;", "[a]: /u", "<http://x.y>", "**粗**", "`码`", "    缩进",
                "a  ", "\\#", "# ", "![x](y)", "| a | b |", "1) 一", "+ 一", "* 一", "_ _ _"));
    }

    /** What a reader may see of {@code s}: one line, no outer whitespace, NUL replaced as CommonMark requires. */
    static String visible(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip().replace('\u0000', '\uFFFD');
    }

    static List<String> blocks(String markdown) {
        List<String> out = new ArrayList<>();
        Node doc = COMMONMARK.parse(markdown);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            StringBuilder b = new StringBuilder();
            n.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    b.append(text.getLiteral());
                }
            });
            String kind = n instanceof Heading ? "h" + ((Heading) n).getLevel() : n instanceof Paragraph ? "p"
                : n.getClass().getSimpleName();
            out.add(kind + " " + b);
        }
        return out;
    }

    @Property(tries = 1000)
    void titlesAndTextsComeBackAsTheyWere(@ForAll("texts") String title, @ForAll("texts") String itemTitle,
                                           @ForAll("texts") String text) {
        Item item = Item.builder().numbering(new Numbering(NumberingStyle.ARABIC_DOT, 1, "1.")).title(itemTitle).text(text).build();
        Section section = Section.builder().numbering(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、")).title(title)
            .items(List.of(item)).build();
        Plan plan = Plan.builder().title(title).preamble(List.of(text)).sections(List.of(section)).build();
        String md = MarkdownRenderer.builder().build().render(plan);

        List<String> expected = new ArrayList<>();
        if (!visible(title).isEmpty()) {
            expected.add("h1 " + visible(title));
        }
        if (!visible(text).isEmpty()) {
            expected.add("p " + visible(text));
        }
        expected.add("h2 " + visible("一、" + title));
        if (!itemTitle.isEmpty()) {
            expected.add("h3 " + visible("1." + itemTitle));
            for (String p : text.split("\n", -1)) {
                if (!visible(p).isEmpty()) {
                    expected.add("p " + visible(p));
                }
            }
        } else {
            String[] paragraphs = text.split("\n", -1);
            expected.add("p " + visible("1." + paragraphs[0]));
            for (int i = 1; i < paragraphs.length; i++) {
                if (!visible(paragraphs[i]).isEmpty()) {
                    expected.add("p " + visible(paragraphs[i]));
                }
            }
        }
        assertThat(blocks(md)).as(md).isEqualTo(expected);
    }

    @Example
    void aTitleEndingInHashesKeepsThem() {
        Plan plan = Plan.builder().title("# 工作要点 #").build();
        assertThat(blocks(MarkdownRenderer.builder().build().render(plan))).containsExactly("h1 # 工作要点 #");
    }
}
