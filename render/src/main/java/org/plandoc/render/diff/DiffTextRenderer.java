package org.plandoc.render.diff;

import java.io.IOException;
import org.plandoc.core.diff.ItemMatch;
import org.plandoc.core.diff.PlanChanges;
import org.plandoc.core.diff.SectionMatch;
import org.plandoc.core.diff.TargetChange;
import org.plandoc.core.diff.TextEdit;
import org.plandoc.render.PlanRenderer;
import org.plandoc.render.internal.MarkdownWriter;

/**
 * What changed, as plain text for a terminal: a line per change, {@code +} added, {@code -}
 * removed, {@code ~} changed, and reworded titles as {@code [-deleted-]{+inserted+}} (the
 * notation of {@code git diff --word-diff}).
 *
 * <pre>{@code
 * System.out.print(DiffTextRenderer.builder().build().render(changes));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DiffTextRenderer implements DiffRenderer {

    private DiffTextRenderer() {
    }

    /** A builder (no options yet: kept so that options can come without breaking callers). */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void render(PlanChanges c, Appendable out) {
        try {
            out.append(c.before().title()).append(" → ").append(c.after().title()).append('\n');
            out.append("sections: ").append(Words.sectionCounts(c)).append('\n');
            out.append("items: ").append(Words.itemCounts(c)).append('\n');
            out.append("targets: ").append(Words.targetCounts(c)).append('\n');
            heading(out, "Sections");
            for (var s : c.addedSections()) {
                out.append("+ ").append(MarkdownWriter.oneLine(Words.section(s))).append('\n');
            }
            for (var s : c.removedSections()) {
                out.append("- ").append(MarkdownWriter.oneLine(Words.section(s))).append('\n');
            }
            for (SectionMatch m : c.changedSections()) {
                out.append("~ ").append(m.before().numbering().label().strip()).append(" → ")
                    .append(m.after().numbering().label().strip()).append(' ')
                    .append(edits(m.titleEdits())).append(" (").append(Words.what(m)).append(")\n");
            }
            heading(out, "Items");
            for (var e : c.addedItems()) {
                out.append("+ ").append(MarkdownWriter.oneLine(Words.item(e))).append('\n');
            }
            for (var e : c.removedItems()) {
                out.append("- ").append(MarkdownWriter.oneLine(Words.item(e))).append('\n');
            }
            for (ItemMatch m : c.changedItems()) {
                out.append("~ ").append(m.before().path().printed()).append(" → ").append(m.after().path().printed())
                    .append(' ').append(edits(m.titleEdits())).append(" (").append(Words.what(m)).append(")\n");
            }
            heading(out, "Targets");
            for (TargetChange t : c.targets()) {
                String mark = switch (t.kind()) {
                    case ADDED -> "+ ";
                    case DROPPED -> "- ";
                    default -> "~ ";
                };
                out.append(mark).append(MarkdownWriter.oneLine(Words.indicator(t))).append(": ");
                if (t.before() != null) {
                    out.append(MarkdownWriter.oneLine(t.before().text()));
                }
                if (t.kind() == TargetChange.Kind.CHANGED) {
                    out.append(" → ");
                }
                if (t.after() != null) {
                    out.append(MarkdownWriter.oneLine(t.after().text()));
                }
                out.append(" (").append(Words.what(t)).append(")\n");
            }
        } catch (IOException e) {
            throw PlanRenderer.outputFailed(e);
        }
    }

    private static void heading(Appendable out, String title) throws IOException {
        out.append('\n').append(title).append('\n');
    }

    /** {@code 扩大[-有效-]{+高质量+}投资}. */
    static String edits(java.util.List<TextEdit> edits) {
        StringBuilder b = new StringBuilder();
        for (TextEdit e : edits) {
            String t = MarkdownWriter.oneLine(e.text());
            switch (e.op()) {
                case DELETE -> b.append("[-").append(t).append("-]");
                case INSERT -> b.append("{+").append(t).append("+}");
                default -> b.append(t);
            }
        }
        return b.toString();
    }

    /** One change, one line: a line break inside a title would read as another change. */
    /** Builds a {@link DiffTextRenderer}. Not thread-safe. */
    public static final class Builder {
        private Builder() {
        }

        public DiffTextRenderer build() {
            return new DiffTextRenderer();
        }
    }
}
