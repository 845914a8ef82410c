package org.plandoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.seeds.RealDocument;
import org.plandoc.seeds.Seeds;

/** Keeps the README's {@code plandoc diff} snippet ({@link Diffing}) working. */
class DiffingTest {

    @TempDir
    Path dir;

    Path real(String path) throws Exception {
        RealDocument doc = Seeds.realworld().stream().filter(d -> d.path().equals(path)).findFirst().orElseThrow();
        return Files.write(dir.resolve(doc.name()), doc.bytes());
    }

    @Test
    void theReadmeSnippet() throws Exception {
        String out = Diffing.run(real("docx/2025年重庆市政府工作报告.docx"), real("text/2026_重庆市_政府工作报告.txt"));
        assertThat(out).contains("地区生产总值增长6%左右 → 地区生产总值增长5%以上 LOWERED\n")
            .contains("+ 二.（一） 在推动高质量发展中积厚成势、整体跃升\n")
            .contains("- 三.（三） 以改革创新提效增能\n")
            .contains(" SECTION\n")
            .containsPattern("html \\d{4,}\n");
    }
}
