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
            items(s.items(), 2, b);
        }
        plan.closing().forEach(p -> b.append(p).append('\n'));
        append(out, b);
    }

    private void items(List<Item> items, int depth, StringBuilder b) {
        for (Item item : items) {
            b.append(label(item.numbering(), depth)).append(item.title());
            String text = item.text();
            if (!text.isEmpty()) {
                if (!item.title().isEmpty()) {
                    b.append('。');
                }
                b.append(text);
            }
            b.append('\n');
            items(item.items(), depth + 1, b);
        }
    }

    private String label(org.plandoc.core.Numbering n, int depth) {
        return canonicalNumbering && n.style() != org.plandoc.core.NumberingStyle.HEADING
            ? Labels.canonical(depth, n.ordinal()) : Labels.label(n, depth, false);
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

        /** Number in the GB/T 9704 sequence (default) or keep each label as printed. */
        public Builder canonicalNumbering(boolean canonical) {
            this.canonicalNumbering = canonical;
            return this;
        }

        public TextRenderer build() {
            return new TextRenderer(this);
        }
    }
}
