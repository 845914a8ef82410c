package org.plandoc.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plandoc.render.data.JsonRenderer;
import org.plandoc.render.data.YamlRenderer;
import org.plandoc.render.html.HtmlRenderer;
import org.plandoc.render.html.HtmlStyle;
import org.plandoc.render.markdown.MarkdownRenderer;
import org.plandoc.render.text.TextRenderer;
import org.plandoc.seeds.Seeds;

/**
 * Whole-document golden files: every seed in every format, compared byte for
 * byte with the files in {@code src/test/resources/golden}. Those files were
 * written by plandoc and then read by a person against the seed documents; a
 * change to them is reviewed in the diff. Regenerate with
 * {@code mvn test -pl render -Dtest=GoldenTest -Dgolden.update=true}.
 */
class GoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static final Map<String, PlanRenderer> FORMATS = Map.of(
        "json", JsonRenderer.builder().build(),
        "yaml", YamlRenderer.builder().build(),
        "md", MarkdownRenderer.builder().build(),
        "html", HtmlRenderer.builder().standalone(true).style(HtmlStyle.GBT9704).build(),
        "txt", TextRenderer.builder().build());

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        Seeds.all().forEach(d -> FORMATS.keySet().stream().sorted().forEach(f -> out.add(Arguments.of(d.name(), f))));
        return out;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void outputMatchesTheReviewedGoldenFile(String seed, String format) throws IOException {
        var result = Fixtures.all().stream().filter(p -> p.name().equals(seed)).findFirst().orElseThrow().result();
        String actual = FORMATS.get(format).render(result);
        Path file = GOLDEN.resolve(seed.replace(".txt", "") + "." + format);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file (create it with -Dgolden.update=true, then review it)").exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
