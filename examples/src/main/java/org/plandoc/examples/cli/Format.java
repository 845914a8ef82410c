package org.plandoc.examples.cli;

import org.plandoc.office.DocxRenderer;
import org.plandoc.render.html.HtmlRenderer;
import org.plandoc.render.html.HtmlStyle;
import org.plandoc.render.markdown.MarkdownRenderer;
import org.plandoc.render.text.TextRenderer;
import org.plandoc.render.PlanRenderer;
import org.plandoc.render.data.JsonRenderer;
import org.plandoc.render.data.YamlRenderer;

/** The output formats of {@code plandoc convert --to}. */
enum Format {
    JSON("json"), YAML("yaml"), MARKDOWN("md"), HTML("html"), TEXT("txt"), DOCX("docx");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The file extension of an output in this format. */
    String extension() {
        return extension;
    }

    /** Whether the output is bytes (a .docx), not text. */
    boolean binary() {
        return this == DOCX;
    }

    /** The Word renderer: the screen style keeps the line of units and deadlines under an item, as HTML's does. */
    DocxRenderer docx(String style) {
        return DocxRenderer.builder().assignments(style(style) == HtmlStyle.SCREEN).build();
    }

    /** The renderer for a text format; {@code sourceName} is recorded by the data formats. */
    PlanRenderer renderer(String sourceName, boolean standalone, String style) {
        switch (this) {
            case JSON:
                return JsonRenderer.builder().sourceName(sourceName).build();
            case YAML:
                return YamlRenderer.builder().sourceName(sourceName).build();
            case MARKDOWN:
                return MarkdownRenderer.builder().build();
            case HTML:
                return HtmlRenderer.builder().standalone(standalone).style(style(style)).build();
            default:
                return TextRenderer.builder().build();
        }
    }

    private static HtmlStyle style(String name) {
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "gbt9704":
                return HtmlStyle.GBT9704;
            case "screen":
                return HtmlStyle.SCREEN;
            default:
                throw new Failure("unknown --style '" + name + "': use gbt9704 or screen");
        }
    }
}
