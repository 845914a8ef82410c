package org.plandoc.render.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plandoc.core.Item;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;

/** Every string plandoc writes as YAML reads back as the same string, in time linear in its length. */
class YamlStringsTest {

    static ParseResult titled(String title, String text) {
        Item item = Item.builder().numbering(new Numbering(NumberingStyle.ARABIC_DOT, 1, "1.")).title(title).text(text).build();
        Section s = Section.builder().numbering(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、")).title(title)
            .items(List.of(item)).build();
        return new ParseResult(List.of(Plan.builder().title(title).sections(List.of(s)).build()), List.of(), null);
    }

    static ParseResult roundTrip(ParseResult result) {
        return DataReader.yaml().read(YamlRenderer.builder().build().render(result));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a:\u2028b", "a:\u2029b", "a:\u0085b", "\u0085", "x\u0085y", ":\u0085", "\ud800", "x\ud800y",
        "\ud800:", "a\udc00b", "\udfff\ud800", "\ud83d\ude00", "\ufeff计划", "计划\ufffe", "# 工作要点 #", "- 一", "yes", "No", "~",
        "null", "1.", "0x1F", ".inf", "1_000", "12:30", "2024-03-01", "@x", "`x", "'x", "\"x\"", "a #b", "a: b", "a:", " 前", "后 ",
        "\t", "\u0000\u0007\u001b\u007f\u0080\u009f", "a\nb", "a\n\u0085b", "a\n\u2028b", " a\nb", "a\n\n", "\na", "a\r\nb",
        "a\\b", "\\", "{x}", "[x]", "*a", "&a", "!x", "%x", "|x", ">x", "?", "=", "<<"})
    void awkwardStringsReadBackAsTheyWere(String s) {
        ParseResult result = titled(s, s + "。" + s);
        assertThat(roundTrip(result)).isEqualTo(result);
    }

    @Test
    void yamlCarriesSeparatorsAndUnpairedSurrogatesAsEscapes() {
        String yaml = YamlRenderer.builder().build().render(titled("a:\u2028b\ud800", ""));
        assertThat(yaml).contains("title: \"a:\\Lb\\uD800\"").doesNotContain("\u2028").doesNotContain("\ud800");
    }

    /**
     * Before: 29 s for one 16 MB line (SnakeYAML rescans a line for every 1,024 chars it reads,
     * quadratic); folded, linear. Compared as processor time of 4 MB and 16 MB, so that a busy
     * machine makes no difference: linear gives about 4, quadratic 16.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aSixteenMegabyteStringReadsBackInLinearTime() {
        readBack(1 << 20);      // warm up
        long small = readBack(4 << 20);
        long large = readBack(16 << 20);
        assertThat((double) large / Math.max(1, small)).as("processor time of 16 MB ÷ 4 MB").isLessThan(10);
    }

    /** Writes a title of {@code chars} chars as YAML and reads it back; the processor time it took, in ns. */
    private static long readBack(int chars) {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        StringBuilder b = new StringBuilder();
        while (b.length() < chars) {
            b.append("全市卫生健康工作要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻");
        }
        ParseResult result = titled("计划", b.toString());
        long before = bean.getCurrentThreadCpuTime();
        String yaml = YamlRenderer.builder().build().render(result);
        assertThat(yaml.lines().mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(4_200);
        assertThat(DataReader.yaml().read(yaml)).isEqualTo(result);
        return bean.getCurrentThreadCpuTime() - before;
    }

    @Test
    void aPlanOfSeveralMegabytesReadsBack() {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 20_000; i++) {
            items.add(Item.builder().numbering(new Numbering(NumberingStyle.ARABIC_DOT, i, i + ".")).title("加强建设" + i)
                .text("深入学习贯彻党的二十大精神，推动卫生健康事业高质量发展，".repeat(4)).build());
        }
        Section s = Section.builder().numbering(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、")).title("总体").items(items).build();
        ParseResult result = new ParseResult(List.of(Plan.builder().title("计划").sections(List.of(s)).build()), List.of(), null);
        String yaml = YamlRenderer.builder().build().render(result);
        assertThat(yaml.codePointCount(0, yaml.length())).as("past SnakeYAML's default 3 MiB").isGreaterThan(3 << 20);
        assertThat(DataReader.yaml().read(yaml)).isEqualTo(result);
        assertThat(DataReader.json().read(JsonRenderer.builder().build().render(result))).isEqualTo(result);
    }
}
