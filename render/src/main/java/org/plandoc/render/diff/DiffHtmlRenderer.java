package org.plandoc.render.diff;

import java.util.List;
import org.plandoc.core.ItemEntry;
import org.plandoc.core.diff.ItemMatch;
import org.plandoc.core.diff.PlanChanges;
import org.plandoc.core.diff.SectionMatch;
import org.plandoc.core.diff.TargetChange;
import org.plandoc.core.diff.TextEdit;
import org.plandoc.render.internal.HtmlWriter;

/**
 * What changed, as an HTML report in two columns, the old plan on the left and the new on the
 * right: added in green, removed in red, changed as old → new with the title's deleted
 * characters struck through ({@code <del>}) and the inserted ones underlined ({@code <ins>}).
 * Everything from the plans is escaped ({@link HtmlWriter}).
 *
 * <pre>{@code
 * String page = DiffHtmlRenderer.builder().standalone(true).build().render(changes);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DiffHtmlRenderer implements DiffRenderer {

    /** The report's style: colours that still read in greyscale print (strike-through and underline carry the meaning too). */
    static final String CSS = String.join("\n",
        "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",sans-serif;margin:2em auto;max-width:72em;padding:0 1em;line-height:1.6;color:#222}",
        "table.plandoc-diff{border-collapse:collapse;width:100%;table-layout:fixed;margin:0 0 2em}",
        ".plandoc-diff th,.plandoc-diff td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}",
        ".plandoc-diff th{background:#f3f3f3}",
        ".plandoc-diff .added td.new,.plandoc-diff ins{background:#e6ffec}",
        ".plandoc-diff .removed td.old,.plandoc-diff .dropped td.old,.plandoc-diff del{background:#ffebe9}",
        ".plandoc-diff .added td.new{border-left:4px solid #1a7f37}",
        ".plandoc-diff .removed td.old,.plandoc-diff .dropped td.old{border-left:4px solid #cf222e}",
        ".plandoc-diff .changed td.what{color:#9a6700}",
        ".plandoc-diff .path{color:#666;margin-right:.5em}",
        ".plandoc-diff td.what{width:14em}",
        "ins{text-decoration:underline}del{text-decoration:line-through}",
        "");

    private final boolean standalone;

    private DiffHtmlRenderer(Builder b) {
        this.standalone = b.standalone;
    }

    /** A builder with the defaults: a fragment. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void render(PlanChanges c, Appendable out) {
        HtmlWriter w = new HtmlWriter(out);
        String title = c.before().title() + " → " + c.after().title();
        if (standalone) {
            w.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"generator\" content=\"plandoc\">\n")
                .element("title", title).raw("\n<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n");
        }
        w.open("article", "class", "plandoc-diff").raw("\n");
        w.element("h1", title).raw("\n<ul class=\"summary\">\n");
        w.element("li", "targets: " + Words.targetCounts(c)).raw("\n");
        w.element("li", "sections: " + Words.sectionCounts(c)).raw("\n");
        w.element("li", "items: " + Words.itemCounts(c)).raw("\n</ul>\n");

        w.element("h2", "Targets").raw("\n");
        table(w, "old", "new", "change");
        for (TargetChange t : c.targets()) {
            w.open("tr", "class", t.kind().id());
            w.open("td", "class", "old");
            if (t.before() != null) {
                w.element("span", Words.indicator(t), "class", "path").text(t.before().text());
            }
            w.close("td").open("td", "class", "new");
            if (t.after() != null) {
                w.element("span", Words.indicator(t), "class", "path").text(t.after().text());
            }
            w.close("td").element("td", Words.what(t), "class", "what").raw("</tr>\n");
        }
        w.raw("</tbody></table>\n");

        w.element("h2", "Sections").raw("\n");
        table(w, "old", "new", "change");
        for (SectionMatch m : c.changedSections()) {
            row(w, "changed", m.before().numbering().label().strip(), m.titleEdits(), m.after().numbering().label().strip(),
                Words.what(m));
        }
        c.removedSections().forEach(s -> one(w, "removed", Words.section(s), null));
        c.addedSections().forEach(s -> one(w, "added", null, Words.section(s)));
        w.raw("</tbody></table>\n");

        w.element("h2", "Items").raw("\n");
        table(w, "old", "new", "change");
        for (ItemMatch m : c.changedItems()) {
            row(w, "changed", m.before().path().printed(), m.titleEdits(), m.after().path().printed(), Words.what(m));
        }
        removedAndAdded(w, c.removedItems(), c.addedItems());
        w.raw("</tbody></table>\n</article>\n");
        if (standalone) {
            w.raw("</body>\n</html>\n");
        }
    }

    private static void removedAndAdded(HtmlWriter w, List<ItemEntry> removed, List<ItemEntry> added) {
        removed.forEach(e -> one(w, "removed", Words.item(e), null));
        added.forEach(e -> one(w, "added", null, Words.item(e)));
    }

    private static void table(HtmlWriter w, String... headings) {
        w.raw("<table class=\"plandoc-diff\"><thead><tr>");
        for (String h : headings) {
            w.element("th", h, "class", h.equals("change") ? "what" : h);
        }
        w.raw("</tr></thead><tbody>\n");
    }

    /** A changed pair: the old title with its deletions marked, the new with its insertions. */
    private static void row(HtmlWriter w, String kind, String oldPath, List<TextEdit> edits, String newPath, String what) {
        w.open("tr", "class", kind).open("td", "class", "old").element("span", oldPath, "class", "path");
        for (TextEdit e : edits) {
            if (e.op() == TextEdit.Op.EQUAL) {
                w.text(e.text());
            } else if (e.op() == TextEdit.Op.DELETE) {
                w.element("del", e.text());
            }
        }
        w.close("td").open("td", "class", "new").element("span", newPath, "class", "path");
        for (TextEdit e : edits) {
            if (e.op() == TextEdit.Op.EQUAL) {
                w.text(e.text());
            } else if (e.op() == TextEdit.Op.INSERT) {
                w.element("ins", e.text());
            }
        }
        w.close("td").element("td", what, "class", "what").raw("</tr>\n");
    }

    /** A row with one side empty: added (new only) or removed (old only). */
    private static void one(HtmlWriter w, String kind, String old, String now) {
        w.open("tr", "class", kind).element("td", old == null ? "" : old, "class", "old")
            .element("td", now == null ? "" : now, "class", "new").element("td", kind, "class", "what").raw("</tr>\n");
    }

    /** Builds a {@link DiffHtmlRenderer}. Not thread-safe. */
    public static final class Builder {
        private boolean standalone;

        private Builder() {
        }

        /** A whole page ({@code <!DOCTYPE html>}, {@code lang="zh-CN"}, its own style) rather than an {@code <article>} (default false). */
        public Builder standalone(boolean standalone) {
            this.standalone = standalone;
            return this;
        }

        public DiffHtmlRenderer build() {
            return new DiffHtmlRenderer(this);
        }
    }
}
