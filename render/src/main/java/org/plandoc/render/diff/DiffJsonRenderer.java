package org.plandoc.render.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.plandoc.core.ItemEntry;
import org.plandoc.core.Section;
import org.plandoc.core.Target;
import org.plandoc.core.diff.ItemMatch;
import org.plandoc.core.diff.PlanChanges;
import org.plandoc.core.diff.SectionMatch;
import org.plandoc.core.diff.TargetChange;
import org.plandoc.core.diff.TextEdit;
import org.plandoc.render.PlanRenderer;
import org.plandoc.render.internal.AppendableWriter;

/**
 * What changed, as JSON: {@code targets}, {@code sections} and {@code items}, each a list of
 * changes with a {@code change} field ({@code added}, {@code removed}/{@code dropped},
 * {@code changed}), the old and new sides, and for reworded titles the character edits
 * ({@code [{"op": "delete", "text": "有效"}, …]}). Numbers are numbers; pairs that did not change are left out.
 *
 * <pre>{@code
 * String json = DiffJsonRenderer.builder().build().render(changes);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DiffJsonRenderer implements DiffRenderer {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private DiffJsonRenderer() {
    }

    /** A builder (no options yet). */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void render(PlanChanges c, Appendable out) {
        try {
            Writer writer = AppendableWriter.of(out);
            try (JsonGenerator g = JSON.createGenerator(writer)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("before", c.before().title());
                g.writeStringField("after", c.after().title());
                g.writeArrayFieldStart("targets");
                for (TargetChange t : c.targets()) {
                    target(g, t);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("sections");
                for (SectionMatch m : c.changedSections()) {
                    g.writeStartObject();
                    g.writeStringField("change", "changed");
                    g.writeBooleanField("moved", m.moved());
                    g.writeBooleanField("reworded", m.reworded());
                    section(g, "before", m.before());
                    section(g, "after", m.after());
                    g.writeNumberField("similarity", round(m.similarity()));
                    edits(g, m.titleEdits());
                    g.writeEndObject();
                }
                sides(g, c.removedSections(), "removed", "before");
                sides(g, c.addedSections(), "added", "after");
                g.writeEndArray();
                g.writeArrayFieldStart("items");
                for (ItemMatch m : c.changedItems()) {
                    g.writeStartObject();
                    g.writeStringField("change", "changed");
                    g.writeStringField("move", m.move().id());
                    g.writeBooleanField("reworded", m.reworded());
                    item(g, "before", m.before());
                    item(g, "after", m.after());
                    g.writeNumberField("similarity", round(m.similarity()));
                    edits(g, m.titleEdits());
                    g.writeEndObject();
                }
                items(g, c.removedItems(), "removed", "before");
                items(g, c.addedItems(), "added", "after");
                g.writeEndArray();
                g.writeEndObject();
            }
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            throw PlanRenderer.outputFailed(e);
        }
    }

    private static void target(JsonGenerator g, TargetChange t) throws IOException {
        g.writeStartObject();
        g.writeStringField("change", t.kind().id());
        if (t.kind() == TargetChange.Kind.CHANGED) {
            g.writeStringField("direction", t.direction().id());
            g.writeBooleanField("valueChanged", t.valueChanged());
            g.writeBooleanField("comparatorChanged", t.comparatorChanged());
            g.writeBooleanField("deadlineChanged", t.deadlineChanged());
        }
        side(g, "before", t.before());
        side(g, "after", t.after());
        g.writeEndObject();
    }

    private static void side(JsonGenerator g, String name, Target t) throws IOException {
        if (t == null) {
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("text", t.text());
        g.writeStringField("indicator", t.indicator());
        g.writeStringField("comparator", t.comparator().id());
        if (t.value() != null) {
            g.writeNumberField("value", t.value());
        }
        if (t.upper() != null) {
            g.writeNumberField("upper", t.upper());
        }
        g.writeStringField("unit", t.unit());
        if (t.deadline() != null) {
            g.writeStringField("deadline", t.deadline().text());
        }
        g.writeEndObject();
    }

    private static void section(JsonGenerator g, String name, Section s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("label", s.numbering().label().strip());
        g.writeStringField("title", s.title());
        g.writeEndObject();
    }

    private static void sides(JsonGenerator g, List<Section> sections, String change, String side) throws IOException {
        for (Section s : sections) {
            g.writeStartObject();
            g.writeStringField("change", change);
            section(g, side, s);
            g.writeEndObject();
        }
    }

    private static void item(JsonGenerator g, String name, ItemEntry e) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("path", e.path().printed());
        g.writeStringField("section", Words.section(e.section()));
        g.writeStringField("title", Words.heading(e.item()));
        g.writeEndObject();
    }

    private static void items(JsonGenerator g, List<ItemEntry> entries, String change, String side) throws IOException {
        for (ItemEntry e : entries) {
            g.writeStartObject();
            g.writeStringField("change", change);
            item(g, side, e);
            g.writeEndObject();
        }
    }

    private static void edits(JsonGenerator g, List<TextEdit> edits) throws IOException {
        g.writeArrayFieldStart("titleEdits");
        for (TextEdit e : edits) {
            g.writeStartObject();
            g.writeStringField("op", e.op().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("text", e.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Three decimals: enough to compare with a threshold, and the same text on every JVM. */
    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    /** Builds a {@link DiffJsonRenderer}. Not thread-safe. */
    public static final class Builder {
        private Builder() {
        }

        public DiffJsonRenderer build() {
            return new DiffJsonRenderer();
        }
    }
}
