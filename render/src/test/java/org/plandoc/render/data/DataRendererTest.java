package org.plandoc.render.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandoc.core.Comparison;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Item;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Quantity;
import org.plandoc.core.Section;
import org.plandoc.core.Severity;
import org.plandoc.core.SourceSpan;
import org.plandoc.core.Target;
import org.plandoc.parser.PlanParser;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.Seeds;

class DataRendererTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static ParseResult sample() {
        Target t = new Target("癌症风险评估1.2万例以上", "癌症风险评估", Comparison.AT_LEAST, new BigDecimal("1.2"), null, "万例",
            new Quantity(new BigDecimal("12000"), "例"), "年底前", false, new SourceSpan(40, 52, 3, 9));
        Item item = new Item(new Numbering(NumberingStyle.ARABIC_DOT, 1, "1."), "突出抓好政治建设", "学懂弄通做实。",
            List.of(), List.of(t), new SourceSpan(30, 60, 3, 1));
        Section section = new Section(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、"), "加强党的全面领导",
            List.of(), List.of(item), new SourceSpan(20, 60, 2, 1));
        PlanMetadata meta = new PlanMetadata("西安市卫生健康委员会", LocalDate.of(2024, 3, 1), "市卫健发〔2024〕12号", null, null, null);
        Plan plan = new Plan("2024年西安市卫生健康工作要点", meta, List.of("总体要求"), List.of(section), List.of(), new SourceSpan(0, 60, 1, 1));
        Diagnostic d = new Diagnostic(Severity.WARNING, "PD101", "number printed again", new SourceSpan(30, 32, 3, 1));
        return new ParseResult(List.of(plan), List.of(d), "GB18030");
    }

    @Test
    void writesTheSchemaFieldsWithNumbersAsNumbersAndChineseAsIs() throws Exception {
        String json = JsonRenderer.builder().sourceName("plan.txt").build().render(sample());
        assertThat(json).contains("\"title\": \"2024年西安市卫生健康工作要点\"").doesNotContain("\\u");
        assertThat(json).endsWith("}\n");
        JsonNode root = JSON.readTree(json);
        assertThat(root.path("schemaVersion").isInt()).isTrue();
        assertThat(root.path("schemaVersion").asInt()).isEqualTo(Schema.VERSION);
        assertThat(root.path("source").path("name").asText()).isEqualTo("plan.txt");
        assertThat(root.path("source").path("charset").asText()).isEqualTo("GB18030");
        JsonNode plan = root.path("plans").get(0);
        assertThat(plan.path("metadata").path("date").asText()).isEqualTo("2024-03-01");
        assertThat(plan.path("metadata").path("documentNumber").asText()).isEqualTo("市卫健发〔2024〕12号");
        assertThat(plan.path("metadata").has("recipients")).as("nulls are left out").isFalse();
        assertThat(plan.has("closing")).as("empty lists are left out").isFalse();
        JsonNode section = plan.path("sections").get(0);
        assertThat(section.path("numbering").path("style").asText()).isEqualTo("chinese-dun");
        assertThat(section.path("numbering").path("ordinal").isInt()).isTrue();
        assertThat(section.path("numbering").path("label").asText()).isEqualTo("一、");
        JsonNode target = section.path("items").get(0).path("targets").get(0);
        assertThat(target.path("comparator").asText()).isEqualTo("at-least");
        assertThat(target.path("value").isNumber()).isTrue();
        assertThat(target.path("value").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(target.path("normalized").path("value").asText()).isEqualTo("12000");
        assertThat(target.path("normalized").path("unit").asText()).isEqualTo("例");
        assertThat(target.path("placeholder").isBoolean()).isTrue();
        assertThat(target.path("span").path("line").asInt()).isEqualTo(3);
        assertThat(target.path("span").path("column").asInt()).isEqualTo(9);
        JsonNode diag = root.path("diagnostics").get(0);
        assertThat(diag.path("severity").asText()).isEqualTo("warning");
        assertThat(diag.path("code").asText()).isEqualTo("PD101");
    }

    @Test
    void jsonAndYamlCarryTheSameTree() throws Exception {
        for (Document seed : Seeds.all()) {
            ParseResult result = PlanParser.builder().build().parse(seed.text());
            JsonNode fromJson = JSON.readTree(JsonRenderer.builder().build().render(result));
            JsonNode fromYaml = YAML.readTree(YamlRenderer.builder().build().render(result));
            // YAML has no number types of its own beyond int/float: compare as text trees
            assertThat(fromYaml.toString()).as(seed.name()).isEqualTo(fromJson.toString());
        }
    }

    @Test
    void outputIsStable() {
        ParseResult result = PlanParser.builder().build().parse(Seeds.all().get(0).text());
        JsonRenderer json = JsonRenderer.builder().build();
        YamlRenderer yaml = YamlRenderer.builder().build();
        assertThat(json.render(result)).isEqualTo(json.render(result));
        assertThat(yaml.render(result)).isEqualTo(yaml.render(result));
        StringWriter w = new StringWriter();
        json.render(result, w);
        assertThat(w.toString()).isEqualTo(json.render(result));
    }

    @Test
    void yamlQuotesWhatWouldReadBackAsAnotherType() throws Exception {
        ParseResult result = PlanParser.builder().build().parse("计划\n一、总体\n1.加强建设。内容。\n2.做好工作。内容。\n");
        String yaml = YamlRenderer.builder().build().render(result);
        JsonNode root = YAML.readTree(yaml);
        JsonNode label = root.path("plans").get(0).path("sections").get(0).path("items").get(1).path("numbering").path("label");
        assertThat(label.isTextual()).as(yaml).isTrue();
        assertThat(label.asText()).isEqualTo("2.");
        assertThat(yaml).doesNotContain("---").doesNotContain("\\u");
    }

    @Test
    void spansCanBeLeftOut() {
        String json = JsonRenderer.builder().spans(false).pretty(false).build().render(sample());
        assertThat(json).doesNotContain("\"span\"").doesNotContain("\n  ");
        String one = JsonRenderer.builder().build().render(sample().plans().get(0));
        assertThat(one).contains("\"plans\"").doesNotContain("\"diagnostics\"");
    }
}
