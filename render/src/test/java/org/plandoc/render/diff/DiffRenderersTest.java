package org.plandoc.render.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plandoc.core.Comparison;
import org.plandoc.core.Item;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.core.Target;
import org.plandoc.core.diff.PlanChanges;
import org.plandoc.core.diff.PlanDiff;

class DiffRenderersTest {

    static final String XSS = "<script>alert(1)</script>";

    static Item item(int n, String title, String text, Target... targets) {
        return Item.builder().numbering(new Numbering(NumberingStyle.CHINESE_PAREN, n, "（" + n + "）")).title(title)
            .text(text).targets(List.of(targets)).build();
    }

    static Target target(String text, String indicator, Comparison c, String value) {
        return Target.builder().text(text).indicator(indicator).comparator(c).value(new BigDecimal(value)).unit("%").build();
    }

    /** Last year's plan and this year's: one task reworded, one moved, one dropped, one added, a target lowered; markup in the text. */
    static PlanChanges changes() {
        Section a = Section.builder().numbering(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、")).title("扩大内需")
            .items(List.of(item(1, "提振消费" + XSS, "实施提振消费专项行动，开展以旧换新，扩大服务消费。",
                    target("社会消费品零售总额增长5%", "社会消费品零售总额", Comparison.EXACTLY, "5")),
                item(2, "扩大有效投资", "推进重大项目建设，开工高速公路和铁路，完成年度投资。"))).build();
        Section b = Section.builder().numbering(new Numbering(NumberingStyle.CHINESE_DUN, 2, "二、")).title("民生 *强调* [链接](x)")
            .items(List.of(item(1, "促进就业", "做好高校毕业生就业服务，开展职业技能培训。"),
                item(2, "培育未来产业", "布局人工智能、低空经济、生物制造等未来产业。"))).build();
        Plan old = Plan.builder().title("2025年工作要点").sections(List.of(a, b)).build();
        Section a2 = a.toBuilder().items(List.of(
            item(1, "全方位提振消费" + XSS, "实施提振消费专项行动，开展以旧换新，扩大服务消费。",
                target("社会消费品零售总额增长4%以上", "社会消费品零售总额", Comparison.AT_LEAST, "4")),
            a.items().get(1), item(3, "促进就业", "做好高校毕业生就业服务，开展职业技能培训。"))).build();
        Section b2 = b.toBuilder().items(List.of(item(1, "建设数据要素市场 & 数据" + XSS,
            "推进公共数据授权运营，培育数据交易所和数商企业。"))).build();
        Plan now = Plan.builder().title("2026年工作要点").sections(List.of(a2, b2)).build();
        return PlanDiff.builder().build().compare(old, now);
    }

    @Test
    void htmlIsATwoColumnReportWithEverythingEscaped() {
        String html = DiffHtmlRenderer.builder().standalone(true).build().render(changes());
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").doesNotContain(XSS);
        Document dom = Jsoup.parse(html);
        assertThat(dom.select("script")).isEmpty();
        assertThat(dom.select("h2").eachText()).containsExactly("Targets", "Sections", "Items");
        assertThat(dom.select("tbody tr")).allSatisfy(tr -> {
            assertThat(tr.select("td.old")).hasSize(1);
            assertThat(tr.select("td.new")).hasSize(1);
        });
        assertThat(dom.select("tr.added td.new").eachText()).anySatisfy(t -> assertThat(t).contains("建设数据要素市场 & 数据" + XSS));
        assertThat(dom.select("tr.removed td.old").eachText()).anySatisfy(t -> assertThat(t).contains("培育未来产业"));
        assertThat(dom.select("tr.changed td.new ins").eachText()).contains("全方位");
        assertThat(dom.select("tr.changed td.what").eachText()).contains("reworded", "moved to another section");
        assertThat(dom.select("tr.changed td.what").eachText()).anySatisfy(t -> assertThat(t).startsWith("lowered"));
        assertThat(DiffHtmlRenderer.builder().build().render(changes())).startsWith("<article class=\"plandoc-diff\">");
    }

    @Test
    void markdownIsCommonMarkWithTheTextEscaped() {
        String md = DiffMarkdownRenderer.builder().build().render(changes());
        Node doc = Parser.builder().build().parse(md);
        int[] html = {0};
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                html[0]++;
            }

            @Override
            public void visit(HtmlBlock node) {
                html[0]++;
            }
        });
        assertThat(html[0]).as("markup from the plans read as HTML").isZero();
        assertThat(md).contains("## Targets", "### Changed", "## Items", "### Added", "### Removed", "### Moved or reworded")
            .contains("社会消费品零售总额增长5% → 社会消费品零售总额增长4%以上 (lowered, comparator exactly → at-least)")
            .contains("建设数据要素市场 \\& 数据\\<script\\>");
    }

    @Test
    void jsonHasTheChangesAsData() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DiffJsonRenderer.builder().build().render(changes()));
        assertThat(json.get("before").asText()).isEqualTo("2025年工作要点");
        JsonNode target = json.get("targets").get(0);
        assertThat(target.get("change").asText()).isEqualTo("changed");
        assertThat(target.get("direction").asText()).isEqualTo("lowered");
        assertThat(target.get("before").get("value").decimalValue()).isEqualByComparingTo("5");
        assertThat(target.get("after").get("comparator").asText()).isEqualTo("at-least");
        List<String> items = new java.util.ArrayList<>();
        json.get("items").forEach(i -> items.add(i.get("change").asText() + " " + (i.has("move") ? i.get("move").asText() : "")
            + " " + (i.has("after") ? i.get("after").get("title").asText() : i.get("before").get("title").asText())));
        assertThat(items).containsExactly("changed none 全方位提振消费" + XSS, "changed section 促进就业",
            "removed  培育未来产业", "added  建设数据要素市场 & 数据" + XSS);
        assertThat(json.get("items").get(0).get("titleEdits").get(0).get("op").asText()).isEqualTo("insert");
    }

    @Test
    void textIsALinePerChange() {
        String text = DiffTextRenderer.builder().build().render(changes());
        assertThat(text).startsWith("2025年工作要点 → 2026年工作要点\n")
            .contains("items: 1 added, 1 removed, 1 moved, 1 reworded, 3 paired\n")
            .contains("~ 一.（1） → 一.（1） {+全方位+}提振消费" + XSS + " (reworded)\n")
            .contains("~ 二.（1） → 一.（3） 促进就业 (moved to another section)\n")
            .contains("+ 二.（1） 建设数据要素市场 & 数据" + XSS + "\n")
            .contains("- 二.（2） 培育未来产业\n")
            .contains("~ 社会消费品零售总额: 社会消费品零售总额增长5% → 社会消费品零售总额增长4%以上 (lowered, comparator exactly → at-least)\n");
    }

    @Test
    void nothingChangedSaysSo() {
        PlanChanges none = PlanDiff.builder().build().compare(changes().before(), changes().before());
        assertThat(DiffTextRenderer.builder().build().render(none))
            .contains("targets: 0 changed, 0 added, 0 dropped").doesNotContain("\n~ ").doesNotContain("\n+ ");
    }
}
