package org.plandoc.render.diff;

import java.util.List;
import org.plandoc.core.diff.ItemMatch;
import org.plandoc.core.diff.PlanChanges;
import org.plandoc.core.diff.SectionMatch;
import org.plandoc.core.diff.TargetChange;
import org.plandoc.render.internal.MarkdownWriter;

/**
 * What changed, as CommonMark: a heading per kind of change and a list entry per change. Text
 * from the plans is escaped as the plan renderer escapes it ({@link MarkdownWriter}), so a title
 * never turns into Markdown syntax. Reworded titles are written old → new in full; the
 * character-level edits are the HTML report's (CommonMark has no markup for insertions).
 *
 * <pre>{@code
 * String md = DiffMarkdownRenderer.builder().build().render(changes);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DiffMarkdownRenderer implements DiffRenderer {

    private DiffMarkdownRenderer() {
    }

    /** A builder (no options yet). */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void render(PlanChanges c, Appendable out) {
        MarkdownWriter md = new MarkdownWriter(out);
        md.heading(1, c.before().title() + " → " + c.after().title());
        md.bullet(0, "sections: " + Words.sectionCounts(c));
        md.bullet(0, "items: " + Words.itemCounts(c));
        md.bullet(0, "targets: " + Words.targetCounts(c));
        md.endList();

        md.heading(2, "Targets");
        list(md, "Changed", Words.of(c, TargetChange.Kind.CHANGED), true);
        list(md, "Added", Words.of(c, TargetChange.Kind.ADDED), false);
        list(md, "Dropped", Words.of(c, TargetChange.Kind.DROPPED), false);

        md.heading(2, "Sections");
        c.addedSections().forEach(s -> md.bullet(0, "added: " + Words.section(s)));
        c.removedSections().forEach(s -> md.bullet(0, "removed: " + Words.section(s)));
        for (SectionMatch m : c.changedSections()) {
            md.bullet(0, Words.section(m.before()) + " → " + Words.section(m.after()) + " (" + Words.what(m) + ")");
        }
        md.endList();

        md.heading(2, "Items");
        if (!c.addedItems().isEmpty()) {
            md.heading(3, "Added");
            c.addedItems().forEach(e -> md.bullet(0, Words.item(e)));
            md.endList();
        }
        if (!c.removedItems().isEmpty()) {
            md.heading(3, "Removed");
            c.removedItems().forEach(e -> md.bullet(0, Words.item(e)));
            md.endList();
        }
        List<ItemMatch> changed = c.changedItems();
        if (!changed.isEmpty()) {
            md.heading(3, "Moved or reworded");
            for (ItemMatch m : changed) {
                md.bullet(0, Words.item(m.before()) + " → " + Words.item(m.after()) + " (" + Words.what(m) + ")");
            }
            md.endList();
        }
    }

    private static void list(MarkdownWriter md, String title, java.util.List<TargetChange> changes, boolean both) {
        if (changes.isEmpty()) {
            return;
        }
        md.heading(3, title);
        for (TargetChange t : changes) {
            String text = both ? t.before().text() + " → " + t.after().text()
                : (t.after() != null ? t.after() : t.before()).text();
            md.bullet(0, Words.indicator(t) + ": " + text + (both ? " (" + Words.what(t) + ")" : ""));
        }
        md.endList();
    }

    /** Builds a {@link DiffMarkdownRenderer}. Not thread-safe. */
    public static final class Builder {
        private Builder() {
        }

        public DiffMarkdownRenderer build() {
            return new DiffMarkdownRenderer();
        }
    }
}
