package org.plandoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.seeds.Seeds;

/** Keeps the README's embedding example working. */
class EmbeddingTest {

    @Test
    void theReadmeExampleRuns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.txt");
        Files.writeString(file, Seeds.text("003_6d1b1e67461f18fc.txt"));
        StringBuilder out = new StringBuilder();
        String[] outputs = Embedding.run(file, out);
        assertThat(out.toString()).startsWith("2022年株洲市卫生健康工作要点\n一、全面加强党对卫生健康工作的领导 (4 items)\n")
            .contains("61:1: warning PD101");
        assertThat(outputs[0]).contains("\"schemaVersion\": 2");
        assertThat(outputs[1]).startsWith("<!DOCTYPE html>");
        assertThat(outputs[2]).startsWith("# 2022年株洲市卫生健康工作要点");
        assertThat(outputs[3]).contains("\n（二十一）");
        assertThat(outputs[4]).isEqualTo("true");
    }
}
