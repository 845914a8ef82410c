package org.plandoc.render.text;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.render.PlanRenderer;
import org.plandoc.render.internal.Labels;

/**
 * A formatter for plans: prints a plan back as plain text, numbered in the
 * GB/T 9704 sequence 一、（一）1.（1） (or as printed, on request), with damaged
 * numbers repaired. Formatting its own output again changes nothing, and
 * parsing it gives the same outline.
 *
 * <pre>{@code
 * String clean = TextRenderer.builder().build().render(parser.parse(messyText));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextRenderer implements PlanRenderer {

    private final boolean canonicalNumbering;

    private TextRenderer(Builder b) {
        this.canonicalNumbering = b.canonicalNumbering;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void render(ParseResult result, Appendable out) {
        Objects.requireNonNull(result, "result must not be null");
        for (int i = 0; i < result.plans().size(); i++) {
            if (i > 0) {
                append(out, "\n");
            }
            render(result.plans().get(i), out);
        }
    }

    @Override
    public void render(Plan plan, Appendable out) {
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(out, "out must not be null");
        StringBuilder b = new StringBuilder();
        if (!plan.title().isEmpty()) {
            b.append(plan.title()).append("\n\n");
        }
        plan.preamble().forEach(p -> b.append(p).append('\n'));
        for (Section s : plan.sections()) {
            b.append(label(s.numbering(), 1)).append(s.title()).append('\n');
            s.body().forEach(p -> b.append(p).append('\n'));
            items(s.items(), Labels.below(1, s.numbering()), b);
        }
        plan.closing().forEach(p -> b.append(p).append('\n'));
        append(out, b);
    }

    /** {@code level}: the canonical numbering level. */
    private void items(List<Item> items, int level, StringBuilder b) {
        for (Item item : items) {
            b.append(label(item.numbering(), level)).append(item.title());
            String text = item.text();
            if (!text.isEmpty()) {
                if (!item.title().isEmpty()) {
                    b.append('。');
                }
                b.append(text);
            }
            b.append('\n');
            items(item.items(), Labels.below(level, item.numbering()), b);
        }
    }

    private String label(org.plandoc.core.Numbering n, int depth) {
        return Labels.label(n, depth, canonicalNumbering);
    }

    private static void append(Appendable out, CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw PlanRenderer.outputFailed(e);
        }
    }

    /** Builds a {@link TextRenderer}. */
    public static final class Builder {
        private boolean canonicalNumbering = true;

        private Builder() {
        }

        /**
         * Number lists in the GB/T 9704 sequence 一、（一）1.（1） (default) or keep each label as
         * printed. A regulation's 第X章 and 第X条 and a decimal 1.1 keep their form (renumbered);
         * lists under an article or a decimal number start at （一）.
         */
        public Builder canonicalNumbering(boolean canonical) {
            this.canonicalNumbering = canonical;
            return this;
        }

        public TextRenderer build() {
            return new TextRenderer(this);
        }
    }
}
