package org.plandoc.render.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plandoc.core.Deadline;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Target;
import org.plandoc.core.TargetKind;

/**
 * Files of every schema version read. {@code data/v1/000_first.*} were written by
 * plandoc when version 1 was first published (no target kinds, target deadlines as
 * text); {@code data/v1/004_snapshot.*} by the 0.1 snapshot that added fields inside
 * version 1. Version 2 files are the golden files. Reading a version-1 file and writing
 * it again gives exactly the version-1 tree upgraded: nothing lost, nothing invented.
 */
class SchemaVersionsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static String resource(String name) throws IOException {
        try (InputStream in = SchemaVersionsTest.class.getResourceAsStream("/data/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static ParseResult read(String name, String text) {
        return (name.endsWith(".yaml") ? DataReader.yaml() : DataReader.json()).read(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1/000_first.json", "v1/000_first.yaml", "v1/004_snapshot.json", "v1/004_snapshot.yaml"})
    void versionOneFilesReadAndUpgradeToExactlyTheSameTree(String name) throws IOException {
        String text = resource(name);
        ParseResult result = read(name, text);
        assertThat(result.plans()).isNotEmpty();
        JsonNode v1 = (name.endsWith(".yaml") ? YAML : JSON).readTree(text);
        assertThat(v1.path("schemaVersion").asInt()).isEqualTo(1);
        JsonNode written = JSON.readTree(JsonRenderer.builder().build().render(result));
        assertThat(written.toString()).isEqualTo(upgrade(v1).toString());
        // and the same data read from JSON and from YAML is the same model
        String twin = name.endsWith(".yaml") ? name.replace(".yaml", ".json") : name.replace(".json", ".yaml");
        assertThat(read(twin, resource(twin))).isEqualTo(result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1/000_first.json"})
    void targetsOfVersionOneAreCommitmentsWithTheirDeadlinePhrase(String name) throws IOException {
        ParseResult result = read(name, resource(name));
        assertThat(result.allTargets()).isNotEmpty().allMatch(t -> t.kind() == TargetKind.COMMITMENT);
        Target withDeadline = result.allTargets().filter(t -> t.deadline() != null).findFirst().orElseThrow();
        assertThat(withDeadline.deadline().precision()).isEqualTo(Deadline.Precision.UNKNOWN);
        assertThat(withDeadline.deadline().date()).isNull();
        assertThat(DataReaderTest.schema(1).validate(JSON.readTree(resource(name)))).as("valid version 1").isEmpty();
    }

    /** What version 2 says where version 1 said less: schemaVersion 2, a kind for every target, deadlines as mappings. */
    static JsonNode upgrade(JsonNode v1) {
        ObjectNode root = v1.deepCopy();
        root.put("schemaVersion", 2);
        upgradeTargets(root);
        return root;
    }

    private static void upgradeTargets(JsonNode node) {
        if (node.isObject() && node.has("comparator") && node.has("text")) {
            ObjectNode target = (ObjectNode) node;
            JsonNode deadline = target.get("deadline");
            if (deadline instanceof TextNode) {
                ObjectNode d = JSON.createObjectNode().put("text", deadline.asText()).put("precision", "unknown");
                target.set("deadline", d);
            }
            if (!target.has("kind")) {
                // kind stands after placeholder and before span, as the writer orders them
                JsonNode span = target.remove("span");
                target.put("kind", "commitment");
                if (span != null) {
                    target.set("span", span);
                }
            }
        }
        node.forEach(SchemaVersionsTest::upgradeTargets);
    }
}
