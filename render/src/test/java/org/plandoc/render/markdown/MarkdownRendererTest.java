package org.plandoc.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.BulletList;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plandoc.core.Item;
import org.plandoc.core.Numbering;
import org.plandoc.core.ParseResult;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Section;
import org.plandoc.render.Fixtures;

class MarkdownRendererTest {

    static final Parser COMMONMARK = Parser.builder().build();

    static List<Fixtures.Parsed> documents() {
        return Fixtures.all();
    }

    /** What commonmark-java sees: headings with their level and text. */
    static List<String> headings(String markdown) {
        List<String> out = new ArrayList<>();
        COMMONMARK.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                out.add(heading.getLevel() + " " + text(heading));
            }

            @Override
            public void visit(BulletList list) {
                out.add("LIST");
                visitChildren(list);
            }

            @Override
            public void visit(OrderedList list) {
                out.add("ORDERED LIST");
                visitChildren(list);
            }
        });
        return out;
    }

    static String text(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }
        });
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void commonmarkSeesThePlanAsHeadings(Fixtures.Parsed doc) {
        String md = MarkdownRenderer.builder().build().render(doc.result());
        List<String> expected = new ArrayList<>();
        for (Plan p : doc.result().plans()) {
            if (!p.title().isEmpty()) {
                expected.add("1 " + p.title());
            }
            for (Section s : p.sections()) {
                expected.add("2 " + Fixtures.display(s.numbering()) + s.title());
                items(s.items(), 3, expected);
            }
        }
        assertThat(headings(md)).as(doc.name()).isEqualTo(expected);
    }

    static void items(List<Item> items, int level, List<String> out) {
        for (Item i : items) {
            // an item without a title opens a paragraph instead of a heading
            if (level <= 6 && !i.title().isEmpty()) {
                out.add(level + " " + Fixtures.display(i.numbering()) + i.title());
            }
            items(i.items(), level + 1, out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void plandocReadsItsOwnMarkdownBackToTheSameOutline(Fixtures.Parsed doc) {
        String md = MarkdownRenderer.builder().build().render(doc.result());
        ParseResult back = Fixtures.PARSER.parse(md);
        assertThat(Fixtures.outline(back)).as(doc.name()).isEqualTo(Fixtures.outline(doc.result()));
        assertThat(Fixtures.front(back)).as(doc.name() + ": metadata and preamble").isEqualTo(Fixtures.front(doc.result()));
    }

    @Test
    void textThatLooksLikeMarkdownIsEscaped() {
        Item item = new Item(new Numbering(NumberingStyle.ARABIC_DOT, 1, "1."), "加强*建设*",
            "1. 不是列表\n# 不是标题\n- 不是列表\n<b>不是标签</b> [不是链接](x) _不是强调_ `不是代码`", null);
        Section s = new Section(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、"), "任务", List.of(), List.of(item), null);
        Plan plan = new Plan("计划", PlanMetadata.EMPTY, List.of("> 不是引用"), List.of(s), List.of(), null);
        String md = MarkdownRenderer.builder().build().render(plan);
        Node doc = COMMONMARK.parse(md);
        List<String> kinds = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            kinds.add(n.getClass().getSimpleName());
        }
        assertThat(kinds).containsExactly("Heading", "Paragraph", "Heading", "Heading", "Paragraph", "Paragraph",
            "Paragraph", "Paragraph");
        List<String> paragraphs = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph p) {
                paragraphs.add(text(p));
            }
        });
        assertThat(paragraphs).containsExactly("> 不是引用", "1. 不是列表", "# 不是标题", "- 不是列表",
            "<b>不是标签</b> [不是链接](x) _不是强调_ `不是代码`");
        assertThat(headings(md)).contains("3 1.加强*建设*");
    }

    @Test
    void itemsCanBeAListAndNumberingCanonical() {
        var result = Fixtures.all().get(3).result();   // numbered (一) and 一、 as printed
        String md = MarkdownRenderer.builder().itemsAsList(true).canonicalNumbering(true).build().render(result);
        assertThat(md).contains("## 一、").contains("- （一）").doesNotContain("### ");
        assertThat(headings(md)).contains("LIST");
    }

    @Test
    void unitsAreWrittenUnderAnItemOnlyWhenItsTextDoesNotSayThem() {
        Item said = Item.builder().numbering(new Numbering(NumberingStyle.ARABIC_DOT, 1, "1.")).title("建设体系")
            .text("由市卫健委牵头。").leadUnits(List.of("市卫健委")).build();
        Item built = Item.builder().numbering(new Numbering(NumberingStyle.ARABIC_DOT, 2, "2.")).title("完善机制")
            .text("推进改革。").leadUnits(List.of("市医保局")).build();
        Section section = Section.builder().numbering(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、")).title("总体要求")
            .items(List.of(said, built)).build();
        String md = MarkdownRenderer.builder().build().render(Plan.builder().title("工作要点").sections(List.of(section)).build());
        assertThat(md).doesNotContain("牵头单位：市卫健委").contains("\n牵头单位：市医保局\n");
    }

    @Test
    void anItemWithNoTitleAndOnlyALineBreakForTextIsWrittenWhole() {
        Item item = new Item(new Numbering(NumberingStyle.ARABIC_DOT, 1, "1."), "", "\n", null);
        Section section = new Section(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、"), "总体要求", List.of(),
            List.of(item), null);
        Plan plan = new Plan("工作要点", PlanMetadata.EMPTY, List.of(), List.of(section), List.of("结语"), null);
        assertThat(MarkdownRenderer.builder().build().render(plan))
            .isEqualTo("# 工作要点\n\n## 一、总体要求\n\n1\\.\n\n结语\n");
    }

    @Test
    void metadataIsWrittenWhereADocumentStatesItAndReadsBack() {
        PlanMetadata meta = PlanMetadata.builder().issuer("西安市卫生健康委员会").date(java.time.LocalDate.of(2024, 3, 1))
            .documentNumber("市卫健发〔2024〕12号").recipients("各区县卫生健康局，委直属各单位").build();
        Section section = new Section(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、"), "总体要求",
            List.of("坚持稳中求进。"), List.of(), null);
        Plan plan = new Plan("2024年工作要点", meta, List.of("现将工作要点印发给你们。"), List.of(section), List.of(), null);
        String md = MarkdownRenderer.builder().build().render(plan);
        assertThat(md).isEqualTo("# 2024年工作要点\n\n市卫健发〔2024〕12号\n\n各区县卫生健康局，委直属各单位：\n\n"
            + "现将工作要点印发给你们。\n\n## 一、总体要求\n\n坚持稳中求进。\n\n西安市卫生健康委员会\n\n2024年3月1日\n");
        Plan back = Fixtures.PARSER.parse(md).plans().get(0);
        assertThat(back.metadata()).isEqualTo(meta);
        assertThat(back.preamble()).isEqualTo(plan.preamble());
        assertThat(back.closing()).isEmpty();

        // no sections: no 落款 is read after a preamble alone, so issuer and date stand under the title
        Plan notice = new Plan("关于做好2024年工作的通知", meta, List.of("请认真贯彻落实。"), List.of(), List.of(), null);
        Plan noticeBack = Fixtures.PARSER.parse(MarkdownRenderer.builder().build().render(notice)).plans().get(0);
        assertThat(noticeBack.metadata()).isEqualTo(meta);
        assertThat(noticeBack.preamble()).isEqualTo(notice.preamble());
    }

    @Test
    void unnumberedPartsReadBackAsThePartsTheyWere() {
        // a report whose parts have no number (2024年工作回顾 / 2025年工作安排) and no preamble before them
        Numbering none = new Numbering(NumberingStyle.HEADING, 1, "");
        Item first = new Item(new Numbering(NumberingStyle.CHINESE_PAREN, 1, "（一）"), "扩大有效需求", "实施提振消费专项行动。", null);
        Section review = new Section(none, "2024年工作回顾", List.of("过去一年，经济运行稳中向好。"), List.of(), null);
        Section tasks = new Section(new Numbering(NumberingStyle.HEADING, 2, ""), "2025年工作安排", List.of(),
            List.of(first), null);
        Section self = new Section(new Numbering(NumberingStyle.HEADING, 3, ""), "加强政府自身建设", List.of("坚持依法行政。"),
            List.of(), null);
        Plan plan = new Plan("2025年某市政府工作报告", PlanMetadata.EMPTY, List.of(), List.of(review, tasks, self),
            List.of(), null);
        String md = MarkdownRenderer.builder().build().render(plan);
        var back = Fixtures.PARSER.parse(md);
        assertThat(Fixtures.outline(back)).as(md).isEqualTo(Fixtures.outline(
            new org.plandoc.core.ParseResult(List.of(plan), List.of(), null)));
        assertThat(back.plans().get(0).sections()).extracting(Section::title)
            .containsExactly("2024年工作回顾", "2025年工作安排", "加强政府自身建设");
    }
}
