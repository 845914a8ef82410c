package org.plandoc.render.markdown;

import java.util.List;
import java.util.Objects;
import org.plandoc.core.Item;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.core.Target;
import org.plandoc.render.PlanRenderer;
import org.plandoc.render.internal.Labels;
import org.plandoc.render.internal.MarkdownWriter;
import org.plandoc.render.internal.MetadataLines;

/**
 * Writes a plan as CommonMark: the title as {@code #}, sections as {@code ##},
 * items as deeper headings (or as a list), preamble and text as paragraphs;
 * the metadata as a document states it (文号 and 主送机关 under the title, the
 * 落款 — issuer, then date — after the sections), so that it reads back too.
 * Text that Markdown would read as syntax is escaped. plandoc reads its own
 * Markdown back to the same outline.
 *
 * <pre>{@code
 * String md = MarkdownRenderer.builder().build().render(plan);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkdownRenderer implements PlanRenderer {

    private final boolean itemsAsList;
    private final boolean canonicalNumbering;
    private final boolean listTargets;

    private MarkdownRenderer(Builder b) {
        this.itemsAsList = b.itemsAsList;
        this.canonicalNumbering = b.canonicalNumbering;
        this.listTargets = b.listTargets;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void render(Plan plan, Appendable out) {
        Objects.requireNonNull(plan, "plan must not be null");
        MarkdownWriter w = new MarkdownWriter(Objects.requireNonNull(out, "out must not be null"));
        if (!plan.title().isBlank()) {     // a heading of whitespace alone would be an empty heading
            w.heading(1, plan.title());
        }
        MetadataLines.head(plan).forEach(w::paragraph);
        plan.preamble().forEach(w::paragraph);
        for (Section s : plan.sections()) {
            w.heading(2, Labels.label(s.numbering(), 1, canonicalNumbering) + s.title());
            s.body().forEach(w::paragraph);
            items(w, s.items(), 2, Labels.below(1, s.numbering()), 0);
            if (itemsAsList) {
                w.endList();
            }
        }
        // the 落款 before the closing paragraphs, not after as in a document: a list of attachments
        // (附件：X) followed by a date is read as the notice's list, whose attachment X must then stand
        // alone on a line to open the next plan, and here it stands as a heading (# X)
        MetadataLines.signature(plan).forEach(w::paragraph);
        plan.closing().forEach(w::paragraph);
    }

    /** {@code depth}: the heading level less one; {@code level}: the canonical numbering level. */
    private void items(MarkdownWriter w, List<Item> items, int depth, int level, int indent) {
        for (Item item : items) {
            String label = Labels.label(item.numbering(), level, canonicalNumbering);
            int below = Labels.below(level, item.numbering());
            if (itemsAsList) {
                String head = label + item.title() + (item.title().isEmpty() || item.text().isEmpty() ? "" : "。");
                w.bullet(indent, head + item.text());
                items(w, item.items(), depth + 1, below, indent + 2);
                continue;
            }
            if (depth + 1 <= 6 && !item.title().isEmpty()) {
                w.heading(depth + 1, label + item.title());
                for (String p : item.text().split("\n", -1)) {
                    w.paragraph(p);
                }
            } else if (item.title().isEmpty()) {
                // no heading to give: the number opens the item's first paragraph, as it was printed
                // -1: a text of line breaks alone still has a first paragraph (empty) to open with the number
                String[] paragraphs = item.text().split("\n", -1);
                w.paragraph(label + paragraphs[0]);
                for (int i = 1; i < paragraphs.length; i++) {
                    w.paragraph(paragraphs[i]);
                }
            } else {
                w.paragraph(label + item.title() + (item.title().isEmpty() ? "" : "。") + item.text());
            }
            String who = Labels.unstatedAssignment(item);
            if (!who.isEmpty()) {
                w.paragraph(who);
            }
            if (listTargets && !item.targets().isEmpty()) {
                for (Target t : item.targets()) {
                    w.bullet(0, "目标：" + t.text());
                }
                w.endList();
            }
            items(w, item.items(), depth + 1, below, indent);
        }
    }

    /** Builds a {@link MarkdownRenderer}. */
    public static final class Builder {
        private boolean itemsAsList;
        private boolean canonicalNumbering;
        private boolean listTargets;

        private Builder() {
        }

        /** Items as nested list entries instead of headings (default: headings). */
        public Builder itemsAsList(boolean itemsAsList) {
            this.itemsAsList = itemsAsList;
            return this;
        }

        /**
         * Number lists in the GB/T 9704 sequence 一、（一）1.（1） instead of as printed (default: as
         * printed). A regulation's 第X章 and 第X条 and a decimal 1.1 keep their form (renumbered);
         * lists under an article or a decimal number start at （一）.
         */
        public Builder canonicalNumbering(boolean canonical) {
            this.canonicalNumbering = canonical;
            return this;
        }

        /** List each item's targets under it (default: no). */
        public Builder listTargets(boolean listTargets) {
            this.listTargets = listTargets;
            return this;
        }

        public MarkdownRenderer build() {
            return new MarkdownRenderer(this);
        }
    }
}
