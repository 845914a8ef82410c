package org.plandoc.render.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plandoc.render.data.internal.JsonSchemas;

/**
 * The JSON Schema of the current version is generated from the mapping, so the
 * file in the jar cannot drift from what the writers write and the readers read.
 * Regenerate with {@code mvn test -pl render -Dtest=SchemaFilesTest -Dschema.update=true}
 * and review the diff. Older versions' files are frozen: they are never regenerated.
 */
class SchemaFilesTest {

    static String resource(int version) throws IOException {
        try (InputStream in = SchemaFilesTest.class.getClassLoader().getResourceAsStream(Schema.resource(version))) {
            assertThat(in).as(Schema.resource(version)).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCurrentSchemaFileIsTheOneTheMappingGenerates() throws IOException {
        String generated = JsonSchemas.current();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(Path.of("src/main/resources").resolve(Schema.resource(Schema.VERSION)), generated,
                StandardCharsets.UTF_8);
        }
        assertThat(resource(Schema.VERSION)).isEqualTo(generated);
    }

    @Test
    void everyVersionHasItsFileThatNamesItsVersion() throws IOException {
        for (int v = Schema.OLDEST_VERSION; v <= Schema.VERSION; v++) {
            assertThat(resource(v)).contains("\"schemaVersion\"").contains("schema version " + v)
                .contains("plandoc-v" + v + ".schema.json");
        }
    }
}
