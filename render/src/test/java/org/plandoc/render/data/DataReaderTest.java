package org.plandoc.render.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
import org.plandoc.core.SourceSpan;
import org.plandoc.core.Target;
import org.plandoc.render.Fixtures;

class DataReaderTest {

    static final JsonSchema SCHEMA = schema(Schema.VERSION);

    static JsonSchema schema(int version) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(DataReaderTest.class.getClassLoader().getResourceAsStream(Schema.resource(version)));
    }

    static List<Fixtures.Parsed> documents() {
        return Fixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void jsonAndYamlReadBackToTheSameModel(Fixtures.Parsed doc) {
        ParseResult result = doc.result().withCharset("UTF-8");
        String json = JsonRenderer.builder().sourceName(doc.name()).build().render(result);
        String yaml = YamlRenderer.builder().sourceName(doc.name()).build().render(result);
        assertThat(DataReader.json().read(json)).isEqualTo(result);
        assertThat(DataReader.yaml().read(yaml)).isEqualTo(result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void outputValidatesAgainstThePublishedJsonSchema(Fixtures.Parsed doc) throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonRenderer.builder().sourceName(doc.name()).build().render(doc.result()));
        Set<ValidationMessage> errors = SCHEMA.validate(json);
        assertThat(errors).as(doc.name()).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatIsNotPlandocData() throws Exception {
        JsonNode bad = new ObjectMapper().readTree("{\"schemaVersion\": 1, \"plans\": [{\"title\": 3}], \"extra\": true}");
        assertThat(SCHEMA.validate(bad)).hasSizeGreaterThanOrEqualTo(2);
    }

    static InvalidDataException rejectYaml(String yaml) {
        try {
            DataReader.yaml().read(yaml);
        } catch (InvalidDataException e) {
            return e;
        }
        throw new AssertionError("accepted: " + yaml);
    }

    static final DataReader STRICT_YAML = DataReader.builder(DataReader.Format.YAML).rejectUnknownFields(true).build();

    @Test
    void unknownFieldsAreSkippedByDefaultAndRefusedWhenStrictNamingLineAndField() {
        String yaml = "schemaVersion: 1\nplans:\n  - title: 计划\n    colour: red\n    review: {by: [甲, 乙], note: {deep: 1}}\n"
            + "    sections: []\n";
        ParseResult tolerant = DataReader.yaml().read(yaml);
        assertThat(tolerant.plans()).singleElement().satisfies(p -> assertThat(p.title()).isEqualTo("计划"));
        InvalidDataException unknown = org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> STRICT_YAML.read(yaml), InvalidDataException.class);
        assertThat(unknown.line()).isEqualTo(4);
        assertThat(unknown.field()).isEqualTo("plans[0].colour");
        assertThat(unknown).hasMessage("line 4: plans[0].colour: unknown field");
        assertThatThrownBy(() -> DataReader.builder(DataReader.Format.JSON).rejectUnknownFields(true).build()
            .read("{\"schemaVersion\": 2, \"plans\": [], \"extra\": 1}"))
            .isInstanceOf(InvalidDataException.class).hasMessage("line 1: extra: unknown field");
        assertThat(DataReader.json().read("{\"schemaVersion\": 2, \"plans\": [], \"extra\": [1, {\"a\": 2}]}").plans())
            .isEmpty();
    }

    @Test
    void rejectsWhatIsNotPlandocDataNamingLineAndField() {

        InvalidDataException type = rejectYaml("schemaVersion: 1\nplans:\n  - title: 计划\n    sections:\n"
            + "      - numbering: {style: chinese-dun, ordinal: first, label: 一、}\n        title: 总体\n");
        assertThat(type.field()).isEqualTo("plans[0].sections[0].numbering.ordinal");
        assertThat(type.getMessage()).startsWith("line 5: ").contains("whole number");

        assertThat(rejectYaml("plans: []\n").getMessage()).contains("schemaVersion").contains("missing");
        assertThat(rejectYaml("schemaVersion: 3\nplans: []\n").getMessage())
            .isEqualTo("line 1: schemaVersion: is 3, newer than this plandoc reads (2); upgrade plandoc");
        assertThat(rejectYaml("schemaVersion: 0\nplans: []\n").getMessage()).contains("must be 1 or more");
        assertThat(rejectYaml("schemaVersion: 1\n").getMessage()).contains("plans");
        assertThat(rejectYaml("- just\n- a list\n").getMessage()).contains("must be a mapping");
        assertThat(rejectYaml("schemaVersion: 1\nplans:\n  - title: 计划\n    sections:\n      - title: 无编号\n").field())
            .isEqualTo("plans[0].sections[0].numbering");
        assertThat(rejectYaml("schemaVersion: 1\nplans: [{title: x, sections: [{numbering: {style: roman, ordinal: 1},"
            + " title: y}]}]\n").getMessage()).contains("unknown numbering style 'roman'");
        assertThat(rejectYaml("schemaVersion: 1\nplans:\n  - title: \"计划\n").getMessage()).contains("not well-formed");
        assertThatThrownBy(() -> DataReader.json().read("{\"schemaVersion\": 1, \"plans\": []} {}"))
            .isInstanceOf(InvalidDataException.class).hasMessageContaining("more than one document");
    }

    @Test
    void instantiatesNoArbitraryTypesAndBoundsNesting() {
        InvalidDataException tagged = rejectYaml("schemaVersion: 1\nplans:\n  - !!javax.script.ScriptEngineManager [x]\n");
        assertThat(tagged.field()).isEqualTo("plans[0]");
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        assertThatThrownBy(() -> DataReader.json().read("{\"schemaVersion\": 1, \"plans\": " + deep + "}"))
            .isInstanceOf(InvalidDataException.class);
    }

    @Provide
    Arbitrary<ParseResult> plans() {
        // any char at all, lone surrogates and line separators included, with the ones YAML finds hard made common
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u4e00', '\u4e20').ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars(":#-'\" \n\t\r\\\u0085\u2028\u2029\ufeff\ud800\udc00\u0000xy1.").ofMaxLength(8))
            .injectDuplicates(0.1);
        Arbitrary<SourceSpan> span = Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 500), Arbitraries.integers().between(1, 80))
            .as((s, len, line, col) -> new SourceSpan(s, s + len, line, col)).injectNull(0.3);
        Arbitrary<Numbering> numbering = Combinators.combine(Arbitraries.of(NumberingStyle.class),
            Arbitraries.integers().between(1, 120), text).as(Numbering::new);
        Arbitrary<Target> target = Combinators.combine(text.filter(t -> !t.isEmpty()), Arbitraries.of(Comparison.class),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2), text, span)
            .as((t, c, v, unit, s) -> new Target(t, "指标", c, v, c == Comparison.BETWEEN ? v.add(BigDecimal.ONE) : null,
                unit, new Quantity(v.movePointRight(4), unit), t.length() % 2 == 0 ? null : t, false, s))
            .map(t -> t.text().length() % 3 == 0 ? t.withKind(org.plandoc.core.TargetKind.REQUIREMENT) : t);
        Arbitrary<org.plandoc.core.Deadline> deadline = Combinators.combine(text.filter(t -> !t.isEmpty()),
                Arbitraries.of(org.plandoc.core.Deadline.Precision.class), Arbitraries.integers().between(1, 28))
            .as((t, p, d) -> new org.plandoc.core.Deadline(t, p == org.plandoc.core.Deadline.Precision.OPEN
                || p == org.plandoc.core.Deadline.Precision.UNKNOWN ? null : java.time.LocalDate.of(2024, 6, d), p))
            .injectNull(0.5);
        Arbitrary<Item> leaf = Combinators.combine(numbering, text, text, target.list().ofMaxSize(2),
                text.list().ofMaxSize(2), text.list().ofMaxSize(2), deadline, span)
            .as((n, t, x, ts, lead, sup, dl, s) -> new Item(n, t, x, List.of(), ts, lead, sup, dl, s));
        Arbitrary<Item> item = Combinators.combine(numbering, text, text, leaf.list().ofMaxSize(3), span)
            .as((n, t, x, cs, s) -> new Item(n, t, x, cs, List.of(), s));
        Arbitrary<Section> section = Combinators.combine(numbering, text, text.list().ofMaxSize(2), item.list().ofMaxSize(3), span)
            .as(Section::new)
            .map(s -> s.title().length() % 2 == 0 ? s : s.toBuilder().leadUnits(List.of(s.title())).build());
        Arbitrary<Plan> plan = Combinators.combine(text, text.injectNull(0.5), text.list().ofMaxSize(2),
                section.list().ofMaxSize(3), text.list().ofMaxSize(1), span)
            .as((t, issuer, pre, ss, cl, s) -> new Plan(t, new PlanMetadata(issuer, null, null, null, null, null), pre, ss, cl, s));
        return plan.list().ofMaxSize(2).map(ps -> new ParseResult(new ArrayList<>(ps), List.of(), null));
    }

    @Property(tries = 300)
    void generatedPlansRoundTrip(@ForAll("plans") ParseResult result) {
        assertThat(DataReader.json().read(JsonRenderer.builder().build().render(result))).isEqualTo(result);
        assertThat(DataReader.yaml().read(YamlRenderer.builder().build().render(result))).isEqualTo(result);
    }
}
