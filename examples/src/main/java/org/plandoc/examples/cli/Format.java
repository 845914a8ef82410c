package org.plandoc.examples.cli;

import java.util.Locale;
import org.plandoc.render.PlanRenderer;
import org.plandoc.render.data.JsonRenderer;
import org.plandoc.render.data.YamlRenderer;

/** The output formats of {@code plandoc convert --to}. */
enum Format {
    JSON, YAML, MARKDOWN, HTML, TEXT;

    /** The renderer for this format; {@code sourceName} is recorded by the data formats. */
    PlanRenderer renderer(String sourceName) {
        switch (this) {
            case JSON:
                return JsonRenderer.builder().sourceName(sourceName).build();
            case YAML:
                return YamlRenderer.builder().sourceName(sourceName).build();
            default:
                throw new Failure("--to " + name().toLowerCase(Locale.ROOT) + " is not available yet; use json or yaml");
        }
    }
}
