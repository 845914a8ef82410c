package org.plandoc.render.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plandoc.core.ParseResult;

/** Untrusted data: each hostile file is refused quickly, with the line and the field, or read safely. */
class HostileDataTest {

    static final String HEAD = "schemaVersion: 2\nplans:\n  - title: 计划\n    targets:\n      - text: 一千家\n"
        + "        comparator: exactly\n";

    static InvalidDataException refused(DataReader reader, String data) {
        InvalidDataException e = catchThrowableOfType(() -> reader.read(data), InvalidDataException.class);
        assertThat(e).as("refused: " + data.substring(0, Math.min(200, data.length()))).isNotNull();
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+2147483647", "1E+2147483648", "1e-999999", "0x1F", ".inf", "-.inf", ".nan",
        "1_000", "+12", "012", "0b11", "1."})
    void numbersThatAreNotPlainDecimalsInRangeAreRefusedWithLineAndField(String number) {
        InvalidDataException e = refused(DataReader.yaml(), HEAD + "        value: " + number + "\n");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.field()).isEqualTo("plans[0].targets[0].value");
        assertThat(e.getMessage()).startsWith("line 7: plans[0].targets[0].value: ")
            .containsAnyOf("must be a number", "out of range", "not well-formed").doesNotContain("Exception");
    }

    @Test
    void hugeExponentsAreRefusedInJsonToo() {
        String json = "{\"schemaVersion\": 2, \"plans\": [{\"title\": \"x\", \"targets\": [{\"text\": \"t\", \"comparator\": \"exactly\","
            + " \"value\": 1e999999999}]}]}";
        assertThat(refused(DataReader.json(), json)).hasMessageContaining("plans[0].targets[0].value: number out of range");
        assertThat(refused(DataReader.json(), json.replace("1e999999999", "1E+2147483647")))
            .hasMessageContaining("number out of range");
    }

    @Test
    void wholeNumbersMustBeDecimalDigits() {
        String yaml = "schemaVersion: 2\nplans:\n  - title: x\n    sections:\n      - title: y\n        numbering: {style: chinese-dun, ordinal: 0x1F}\n";
        InvalidDataException e = refused(DataReader.yaml(), yaml);
        assertThat(e).hasMessage("line 6: plans[0].sections[0].numbering.ordinal: must be a whole number in decimal digits "
            + "(like 12), was 0x1F");
        assertThat(refused(DataReader.yaml(), yaml.replace("0x1F", "99999999999")).getMessage()).contains("whole number");
    }

    @Test
    void duplicateKeysAreRefusedInBothFormats() {
        InvalidDataException yaml = refused(DataReader.yaml(), "schemaVersion: 2\nplans:\n  - title: 甲\n    title: 乙\n");
        assertThat(yaml).hasMessage("line 4: plans[0].title: given twice");
        InvalidDataException json = refused(DataReader.json(), "{\"schemaVersion\": 2,\n\"plans\": [],\n\"plans\": []}");
        assertThat(json.line()).isEqualTo(3);
        assertThat(json.field()).isEqualTo("plans");
    }

    @Test
    void aYamlAliasNeverReadsAsText() {
        InvalidDataException e = refused(DataReader.yaml(), "schemaVersion: 2\nplans:\n  - title: &t 计划\n    preamble: [*t]\n");
        assertThat(e).hasMessage("line 4: plans[0].preamble[0]: must be text, was a YAML alias (*t): plandoc data has none");
        assertThat(refused(DataReader.yaml(), "schemaVersion: 2\nplans:\n  - &p {title: 甲}\n  - *p\n").field())
            .isEqualTo("plans[1]");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBillionLaughsFileIsRefusedAtItsFirstAlias() {
        StringBuilder b = new StringBuilder("schemaVersion: 2\nlol0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            b.append("lol").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                b.append(j == 0 ? "" : ",").append("*a").append(i - 1);
            }
            b.append("]\n");
        }
        String skipped = b + "plans: []\n";
        // as unknown fields the aliases are skipped as tokens, never expanded
        assertThat(DataReader.yaml().read(skipped).plans()).isEmpty();
        String expanded = b.toString().replace("lol9:", "plans:");
        assertThat(refused(DataReader.yaml(), expanded)).hasMessageContaining("plans[0]: must be a plan (a mapping), was a YAML alias");
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        assertThat(DataReader.json().read("\uFEFF{\"schemaVersion\": 2, \"plans\": [{\"title\": \"计划\"}]}").plans())
            .singleElement().satisfies(p -> assertThat(p.title()).isEqualTo("计划"));
        assertThat(DataReader.yaml().read("\uFEFFschemaVersion: 2\nplans: []\n").plans()).isEmpty();
    }

    @Test
    void deepNestingIsRefusedEvenWhereItWouldBeSkipped() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        assertThat(refused(DataReader.json(), "{\"schemaVersion\": 2, \"extra\": " + deep + ", \"plans\": []}"))
            .hasMessageContaining("nesting depth");
        assertThat(refused(DataReader.yaml(), "schemaVersion: 2\nextra: " + deep + "\nplans: []\n"))
            .hasMessageContaining("nesting depth");
    }

    @Test
    void itemsNestedDeeperThanTheLimitAreRefusedAndWithinItRead() {
        String item = "{\"numbering\": {\"style\": \"arabic-dot\", \"ordinal\": 1}, \"items\": [";
        String section = "{\"schemaVersion\": 2, \"plans\": [{\"title\": \"x\", \"sections\": [{\"title\": \"s\", "
            + "\"numbering\": {\"style\": \"chinese-dun\", \"ordinal\": 1}, \"items\": [";
        String deep = section + item.repeat(120) + "]}".repeat(120) + "]}]}]}";
        assertThat(refused(DataReader.json(), deep)).hasMessageContaining("nesting depth");
        String within = section + item.repeat(90) + "]}".repeat(90) + "]}]}]}";
        assertThat(DataReader.json().read(within).items().mapToInt(org.plandoc.core.ItemEntry::depth).max()).hasValue(90);
        assertThat(DataReader.builder(DataReader.Format.JSON).maxNestingDepth(300).build().read(deep).items()).hasSize(120);
    }

    @Test
    void aDocumentOverTheLimitIsRefusedWithoutReadingTheRest() {
        DataReader small = DataReader.builder(DataReader.Format.JSON).maxDocumentLength(1_000).build();
        String big = "{\"schemaVersion\": 2, \"plans\": [{\"title\": \"" + "计".repeat(5_000) + "\"}]}";
        assertThat(refused(small, big)).hasMessageContaining("longer than 1000 characters");
        assertThat(DataReader.json().read(big).plans().get(0).title()).hasSize(5_000);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSixteenMegabyteYamlLineIsRefusedAtOnce() {
        String line = "schemaVersion: 2\nplans:\n  - title: " + "计划".repeat(8 << 20) + "\n";
        InvalidDataException e = refused(DataReader.yaml(), line);
        assertThat(e).hasMessage("line 3: line 3 is longer than 65536 characters: not data plandoc writes");
    }

    @Test
    void trailingDocumentsAndWrongTopLevelsAreRefused() {
        assertThat(refused(DataReader.json(), "{\"schemaVersion\": 2, \"plans\": []} {}")).hasMessageContaining("more than one document");
        assertThat(refused(DataReader.yaml(), "schemaVersion: 2\nplans: []\n---\nschemaVersion: 2\nplans: []\n"))
            .hasMessageContaining("more than one document");
        assertThat(refused(DataReader.yaml(), "just text\n")).hasMessageContaining("must be a mapping with schemaVersion and plans");
        assertThat(refused(DataReader.json(), "")).hasMessage("line 1: empty: plandoc data is a mapping with schemaVersion and plans");
    }

    @Test
    void typesTheDataNamesAreNeverBuilt() {
        InvalidDataException tagged = refused(DataReader.yaml(), "schemaVersion: 2\nplans:\n  - !!javax.script.ScriptEngineManager [x]\n");
        assertThat(tagged.field()).isEqualTo("plans[0]");
        ParseResult ok = DataReader.yaml().read("schemaVersion: 2\nplans:\n  - !!map {title: !!str 计划}\n");
        assertThat(ok.plans().get(0).title()).isEqualTo("计划");
    }
}
