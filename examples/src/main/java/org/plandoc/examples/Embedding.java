package org.plandoc.examples;

import java.nio.file.Path;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.parser.PlanParser;
import org.plandoc.render.data.DataReader;
import org.plandoc.render.data.JsonRenderer;
import org.plandoc.render.data.YamlRenderer;
import org.plandoc.render.html.HtmlRenderer;
import org.plandoc.render.html.HtmlStyle;
import org.plandoc.render.markdown.MarkdownRenderer;
import org.plandoc.render.text.TextRenderer;

/** The README's embedding example as a program: {@code Embedding plan.txt}. */
public final class Embedding {

    private Embedding() {
    }

    /** Parses a file, prints its outline and diagnostics, and returns every rendering of it. */
    public static String[] run(Path file, StringBuilder out) {
        PlanParser parser = PlanParser.builder().build();          // immutable, thread-safe: build once
        ParseResult result = parser.parse(file);                   // UTF-8 or GBK/GB18030, detected
        for (Plan plan : result.plans()) {
            out.append(plan.title()).append('\n');
            for (Section section : plan.sections()) {
                out.append(section.numbering().label()).append(section.title())
                    .append(" (").append(section.items().size()).append(" items)\n");
            }
        }
        result.diagnostics().forEach(d -> out.append(d).append('\n'));

        String json = JsonRenderer.builder().sourceName("plan.txt").build().render(result);
        String page = HtmlRenderer.builder().standalone(true).style(HtmlStyle.GBT9704).build().render(result);
        String markdown = MarkdownRenderer.builder().build().render(result);
        String formatted = TextRenderer.builder().build().render(result);
        ParseResult back = DataReader.yaml().read(YamlRenderer.builder().build().render(result));
        return new String[] {json, page, markdown, formatted, String.valueOf(back.equals(result))};
    }

    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        run(Path.of(args[0]), out);
        System.out.print(out);
    }
}
