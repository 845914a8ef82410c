package org.plandoc.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Section;
import org.plandoc.core.SourceSpan;
import org.plandoc.core.Target;
import org.plandoc.render.PlanRenderer;
import org.plandoc.render.internal.HtmlWriter;
import org.plandoc.render.internal.Labels;

/**
 * Writes plans as semantic HTML: {@code article}, {@code section}, headings,
 * {@code ol}, targets as {@code <data value>}. A fragment by default, or a
 * standalone page ({@code <!DOCTYPE html>}, {@code lang="zh-CN"}, UTF-8) in one
 * of the {@link HtmlStyle}s. Everything from the input is escaped.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder().standalone(true).style(HtmlStyle.GBT9704).build();
 * Files.writeString(Path.of("plan.html"), html.render(result));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlRenderer implements PlanRenderer {

    private static final Map<HtmlStyle, String> CSS = new EnumMap<>(HtmlStyle.class);

    private final boolean standalone;
    private final HtmlStyle style;
    private final String css;
    private final boolean tableOfContents;
    private final boolean sourceSpans;
    private final boolean diagnostics;

    private HtmlRenderer(Builder b) {
        this.standalone = b.standalone;
        this.style = b.style;
        this.css = b.css;
        this.tableOfContents = b.tableOfContents;
        this.sourceSpans = b.sourceSpans;
        this.diagnostics = b.diagnostics;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void render(Plan plan, Appendable out) {
        Objects.requireNonNull(plan, "plan must not be null");
        page(List.of(plan), List.of(), new HtmlWriter(Objects.requireNonNull(out, "out must not be null")));
    }

    @Override
    public void render(ParseResult result, Appendable out) {
        Objects.requireNonNull(result, "result must not be null");
        page(result.plans(), result.diagnostics(), new HtmlWriter(Objects.requireNonNull(out, "out must not be null")));
    }

    private void page(List<Plan> plans, List<Diagnostic> diags, HtmlWriter w) {
        if (standalone) {
            String title = plans.isEmpty() ? "plandoc" : plans.get(0).title();
            w.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"generator\" content=\"plandoc\">\n")
                .element("title", title.isEmpty() ? "plandoc" : title).raw("\n<style>\n").raw(css(style));
            if (css != null) {
                // custom CSS is the user's own markup: only a closing style tag could break out
                w.raw(css.replace("</", "<\\/"));
            }
            w.raw("</style>\n</head>\n").open("body", "class", "plandoc " + style.name().toLowerCase(java.util.Locale.ROOT))
                .raw("\n");
        }
        for (int p = 0; p < plans.size(); p++) {
            plan(plans.get(p), "p" + (p + 1), w);
        }
        if (diagnostics && !diags.isEmpty()) {
            w.raw("<aside class=\"diagnostics\">\n<h2>诊断</h2>\n<ul>\n");
            for (Diagnostic d : diags) {
                w.open("li", "class", d.severity().id()).text(d.toString()).raw("</li>\n");
            }
            w.raw("</ul>\n</aside>\n");
        }
        if (standalone) {
            w.raw("</body>\n</html>\n");
        }
    }

    private void plan(Plan plan, String id, HtmlWriter w) {
        w.open("article", "class", "plan", "id", id, "data-source-span", span(plan.span())).raw("\n<header>\n");
        if (!plan.title().isEmpty()) {
            w.element("h1", plan.title(), "class", "plan-title").raw("\n");
        }
        metadata(plan.metadata(), w);
        w.raw("</header>\n");
        if (tableOfContents && !plan.sections().isEmpty()) {
            w.raw("<nav class=\"toc\" aria-label=\"目录\">\n<ol>\n");
            for (int s = 0; s < plan.sections().size(); s++) {
                Section section = plan.sections().get(s);
                w.raw("<li>").open("a", "href", "#" + id + "-s" + (s + 1))
                    .text(Labels.label(section.numbering(), 1, false) + section.title()).raw("</a></li>\n");
            }
            w.raw("</ol>\n</nav>\n");
        }
        paragraphs("preamble", plan.preamble(), plan.targets(), w);
        for (int s = 0; s < plan.sections().size(); s++) {
            Section section = plan.sections().get(s);
            String sid = id + "-s" + (s + 1);
            w.open("section", "class", "section", "id", sid, "data-source-span", span(section.span())).raw("\n<h2>");
            label(Labels.label(section.numbering(), 1, false), w);
            w.text(section.title()).raw("</h2>\n");
            int next = 0;
            for (String p : section.body()) {
                w.raw("<p>");
                next = withTargets(p, section.targets(), next, w);
                w.raw("</p>\n");
            }
            items(section.items(), sid, 3, w);
            w.raw("</section>\n");
        }
        paragraphs("closing", plan.closing(), List.of(), w);
        w.raw("</article>\n");
    }

    private void items(List<Item> items, String parentId, int level, HtmlWriter w) {
        if (items.isEmpty()) {
            return;
        }
        w.raw("<ol class=\"items\">\n");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String iid = parentId + "-" + (i + 1);
            String h = "h" + Math.min(level, 6);
            w.open("li", "class", "item", "id", iid, "data-source-span", span(item.span())).raw("\n").open(h);
            label(Labels.label(item.numbering(), level - 1, false), w);
            w.text(item.title()).close(h).raw("\n");
            int next = 0;
            for (String p : item.text().split("\n")) {
                if (!p.isEmpty()) {
                    w.raw("<p>");
                    next = withTargets(p, item.targets(), next, w);
                    w.raw("</p>\n");
                }
            }
            String who = Labels.assignment(item);
            if (!who.isEmpty()) {
                w.element("p", who, "class", "assignment").raw("\n");
            }
            items(item.items(), iid, level + 1, w);
            w.raw("</li>\n");
        }
        w.raw("</ol>\n");
    }

    /** Writes {@code text} with each of {@code targets} (from {@code next} on) marked up where it stands. */
    private static int withTargets(String text, List<Target> targets, int next, HtmlWriter w) {
        int at = 0;
        int t = next;
        while (t < targets.size()) {
            Target target = targets.get(t);
            int k = text.indexOf(target.text(), at);
            if (k < 0) {
                break;
            }
            w.text(text.substring(at, k));
            BigDecimal value = target.normalized() != null ? target.normalized().value() : target.value();
            // the kind as a class: a page can style commitments apart from past results or requirements
            w.open("data", "class", "target " + target.kind().id() + " " + target.comparator().id(), "value",
                value == null ? "" : value.toPlainString()).text(target.text()).close("data");
            at = k + target.text().length();
            t++;
        }
        w.text(text.substring(at));
        return t;
    }

    private static void label(String label, HtmlWriter w) {
        w.open("span", "class", "label").text(label).close("span");
    }

    private static void paragraphs(String cls, List<String> paragraphs, List<Target> targets, HtmlWriter w) {
        if (paragraphs.isEmpty()) {
            return;
        }
        w.open("div", "class", cls).raw("\n");
        int next = 0;
        for (String p : paragraphs) {
            w.raw("<p>");
            next = withTargets(p, targets, next, w);
            w.raw("</p>\n");
        }
        w.raw("</div>\n");
    }

    private static void metadata(PlanMetadata m, HtmlWriter w) {
        if (m.isEmpty()) {
            return;
        }
        w.raw("<dl class=\"plan-meta\">\n");
        entry("发文机关", m.issuer(), w);
        entry("文号", m.documentNumber(), w);
        entry("主送机关", m.recipients(), w);
        entry("成文日期", m.date() == null ? null : m.date().toString(), w);
        entry("发布日期", m.published() == null ? null : m.published().toString(), w);
        entry("信息来源", m.source(), w);
        w.raw("</dl>\n");
    }

    private static void entry(String name, String value, HtmlWriter w) {
        if (value != null) {
            w.element("dt", name).element("dd", value).raw("\n");
        }
    }

    private String span(SourceSpan s) {
        return sourceSpans && s != null ? s.start() + "-" + s.end() : null;
    }

    private static synchronized String css(HtmlStyle style) {
        return CSS.computeIfAbsent(style, s -> {
            try (InputStream in = HtmlRenderer.class.getResourceAsStream(s.resource)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Builds an {@link HtmlRenderer}. */
    public static final class Builder {
        private boolean standalone;
        private HtmlStyle style = HtmlStyle.SCREEN;
        private String css;
        private boolean tableOfContents = true;
        private boolean sourceSpans;
        private boolean diagnostics;

        private Builder() {
        }

        /** A whole page with head and styles (default: a fragment of {@code article} elements). */
        public Builder standalone(boolean standalone) {
            this.standalone = standalone;
            return this;
        }

        /** The built-in style of a standalone page (default {@link HtmlStyle#SCREEN}). */
        public Builder style(HtmlStyle style) {
            this.style = Objects.requireNonNull(style, "style must not be null");
            return this;
        }

        /** CSS added after the built-in style of a standalone page (default none). */
        public Builder css(String css) {
            this.css = css;
            return this;
        }

        /** A table of contents of the sections (default on). */
        public Builder tableOfContents(boolean toc) {
            this.tableOfContents = toc;
            return this;
        }

        /** {@code data-source-span="start-end"} on plans, sections and items (default off). */
        public Builder sourceSpans(boolean sourceSpans) {
            this.sourceSpans = sourceSpans;
            return this;
        }

        /** The diagnostics, in an {@code aside} after the plans (default off). */
        public Builder diagnostics(boolean diagnostics) {
            this.diagnostics = diagnostics;
            return this;
        }

        public HtmlRenderer build() {
            return new HtmlRenderer(this);
        }
    }
}
