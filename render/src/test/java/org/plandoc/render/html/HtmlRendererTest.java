package org.plandoc.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plandoc.core.Comparison;
import org.plandoc.core.Item;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Quantity;
import org.plandoc.core.Section;
import org.plandoc.core.Target;
import org.plandoc.render.Fixtures;

class HtmlRendererTest {

    static final HtmlRenderer PAGE = HtmlRenderer.builder().standalone(true).style(HtmlStyle.GBT9704)
        .sourceSpans(true).diagnostics(true).build();

    static List<Fixtures.Parsed> documents() {
        return Fixtures.all();
    }

    static Document parseStrictly(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(html, "", parser);
        ParseErrorList errors = parser.getErrors();
        assertThat(errors).as("HTML parse errors").isEmpty();
        return doc;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void standalonePagesAreValidAndSemantic(Fixtures.Parsed doc) {
        String html = PAGE.render(doc.result());
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">");
        Document page = parseStrictly(html);
        assertThat(page.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(page.select("article.plan")).hasSize(doc.result().plans().size());
        int sections = doc.result().plans().stream().mapToInt(p -> p.sections().size()).sum();
        assertThat(page.select("article > section.section")).hasSize(sections);
        assertThat(page.select("section > h2")).hasSize(sections);
        for (int p = 0; p < doc.result().plans().size(); p++) {
            Plan plan = doc.result().plans().get(p);
            Element article = page.select("article.plan").get(p);
            if (!plan.title().isEmpty()) {
                assertThat(article.select("h1").text()).isEqualTo(plan.title());
            }
            for (int s = 0; s < plan.sections().size(); s++) {
                Section section = plan.sections().get(s);
                Element el = article.select("> section").get(s);
                assertThat(el.selectFirst("h2").text()).isEqualTo(Fixtures.display(section.numbering()) + section.title());
                assertThat(el.select("> ol.items > li.item")).hasSize(section.items().size());
                assertThat(el.attr("data-source-span")).isEqualTo(section.span().start() + "-" + section.span().end());
            }
        }
    }

    static final List<String> XSS = List.of(
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
        "&lt;script&gt;", "<a href=\"javascript:alert(1)\">点我</a>", "'><svg onload=alert(1)>", "</style><script>x</script>",
        "&amp; &#x3C; \u0000\u0007");

    @Test
    void everythingFromTheInputIsEscaped() {
        for (String payload : XSS) {
            Target target = new Target(payload + "600家", payload, Comparison.AT_LEAST, new BigDecimal("600"), null, "家",
                new Quantity(new BigDecimal("600"), "家"), (String) null, false, null);
            Item item = new Item(new Numbering(NumberingStyle.ARABIC_DOT, 1, payload), payload,
                "完成" + payload + "600家。", List.of(), List.of(target), null);
            Section section = new Section(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、"), payload,
                List.of(payload), List.of(item), null);
            PlanMetadata meta = new PlanMetadata(payload, null, payload, payload, null, payload);
            Plan plan = new Plan(payload, meta, List.of(payload), List.of(section), List.of(payload), null);
            String html = PAGE.render(new ParseResult(List.of(plan), List.of(), null));
            Document page = parseStrictly(html);
            assertThat(page.select("script")).as(payload).isEmpty();
            assertThat(page.select("img, svg, a[href^=javascript]")).as(payload).isEmpty();
            assertThat(page.getAllElements()).allSatisfy(e -> e.attributes().forEach(a ->
                assertThat(a.getKey()).as(payload).doesNotStartWith("on")));
            String visible = payload.replace("\u0000", "").replace("\u0007", "");
            assertThat(page.selectFirst("h1").text()).isEqualTo(visible.strip().replaceAll("\\s+", " "));
            assertThat(page.select("data.target").text()).contains("600家");
        }
    }

    @Test
    void targetsAreMarkedUpWithTheirValue() {
        Target t = new Target("1.2万例以上", "癌症风险评估", Comparison.AT_LEAST, new BigDecimal("1.2"), null, "万例",
            new Quantity(new BigDecimal("12000"), "例"), (String) null, false, null);
        Item item = new Item(new Numbering(NumberingStyle.ARABIC_DOT, 1, "1."), "加强筛查", "完成癌症风险评估1.2万例以上。",
            List.of(), List.of(t), null);
        Section s = new Section(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、"), "任务", List.of(), List.of(item), null);
        Plan plan = new Plan("计划", PlanMetadata.EMPTY, List.of(), List.of(s), List.of(), null);
        Document doc = Jsoup.parse(HtmlRenderer.builder().build().render(plan));
        Element data = doc.selectFirst("data.target");
        assertThat(data.attr("value")).isEqualTo("12000");
        assertThat(data.text()).isEqualTo("1.2万例以上");
        assertThat(data.className()).contains("at-least");
        assertThat(doc.selectFirst("li.item p").text()).isEqualTo("完成癌症风险评估1.2万例以上。");
    }

    @Test
    void aFragmentIsJustTheArticles() {
        String html = HtmlRenderer.builder().tableOfContents(false).build().render(Fixtures.all().get(1).result());
        assertThat(html).startsWith("<article").doesNotContain("<html").doesNotContain("<nav");
        String page = HtmlRenderer.builder().standalone(true).css("h1 { color: red }").build().render(Fixtures.all().get(1).result());
        assertThat(page).contains("h1 { color: red }").contains("<nav class=\"toc\"");
    }
}
