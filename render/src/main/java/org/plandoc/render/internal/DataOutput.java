package org.plandoc.render.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Plan;
import org.plandoc.render.PlanRenderer;

/**
 * The generator set-up of the two data formats, in one place: the same input
 * always gives the same bytes, Chinese text is not escaped, lines end in LF.
 */
public final class DataOutput {

    private static final JsonFactory JSON = JsonFactory.builder()
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();

    private static final YAMLFactory YAML = YAMLFactory.builder()
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        // long Chinese lines must not be folded: a folded line reads back with a space in it
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .build();

    private DataOutput() {
    }

    /** Writes one schema document as JSON ({@code pretty}: indented, one field a line). */
    public static void json(List<Plan> plans, List<Diagnostic> diagnostics, String sourceName, String charset,
                            boolean spans, boolean pretty, Appendable out) {
        Writer writer = AppendableWriter.of(out);
        try (JsonGenerator g = JSON.createGenerator(writer)) {
            if (pretty) {
                DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
                g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
            }
            new SchemaWriter(g, spans).writeDocument(plans, diagnostics, sourceName, charset);
            g.flush();
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            throw PlanRenderer.outputFailed(e);
        }
    }

    /** Writes one schema document as YAML. */
    public static void yaml(List<Plan> plans, List<Diagnostic> diagnostics, String sourceName, String charset,
                            boolean spans, Appendable out) {
        Writer writer = AppendableWriter.of(out);
        try (JsonGenerator g = YAML.createGenerator(writer)) {
            new SchemaWriter(g, spans).writeDocument(plans, diagnostics, sourceName, charset);
            g.flush();
            writer.flush();
        } catch (IOException e) {
            throw PlanRenderer.outputFailed(e);
        }
    }
}
