package org.plandoc.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.core.Plan;
import org.plandoc.seeds.Seeds;

/** The README's snippet for reading Word files, web pages and PDFs, run as written. */
class FormatsUsageTest {

    @TempDir
    Path dir;

    @Test
    void theReadmeSnippetWorks() throws Exception {
        Path file = dir.resolve("2025年工作要点.docx");
        Files.write(file, Seeds.realworld().stream().filter(d -> d.name().equals("2025年北京市政府工作报告.docx"))
            .findFirst().orElseThrow().bytes());
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();

        Formats formats = Formats.builder().build();                   // immutable, thread-safe: build once
        ReadResult read = formats.read(Path.of(file.toString()));     // .docx, .doc, web page, PDF or text: by content
        for (Plan plan : read.result().plans()) {
            out.add(plan.title() + ": " + plan.sections().size() + " sections");
        }
        read.result().diagnostics().forEach(d -> err.add(read.describe(d)));

        assertThat(out).containsExactly("2025年北京市政府工作报告: 2 sections");
        assertThat(err).allMatch(l -> l.startsWith("2025年工作要点.docx:"));
        assertThat(err).anyMatch(l -> l.startsWith("2025年工作要点.docx:¶2: info PD207"));
        assertThat(read.format()).isEqualTo(SourceFormat.DOCX);
    }
}
