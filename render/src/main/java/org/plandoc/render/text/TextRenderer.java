package org.plandoc.render.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.plandoc.core.ChineseNumerals;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.render.PlanRenderer;
import org.plandoc.render.internal.Labels;
import org.plandoc.render.internal.MetadataLines;

/**
 * A formatter for plans: prints a plan back as plain text, numbered in the
 * GB/T 9704 sequence 一、（一）1.（1） (or as printed, on request), with damaged
 * numbers repaired, and its metadata where a document states it (文号 and
 * 主送机关 under the title, the 落款 — issuer, then date — at the end). Formatting its own output again
 * changes nothing, and parsing it gives the same outline and metadata.
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

    /**
     * Writes one block a paragraph (the title, each paragraph, each numbered line) with a
     * blank line between blocks. A blank line is what ends a paragraph in plain text: with
     * one line break only, a paragraph that opens with ，or follows one ending in a digit
     * reads as a line that extraction broke, and is joined to the one before.
     */
    @Override
    public void render(Plan plan, Appendable out) {
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(out, "out must not be null");
        List<String> blocks = new ArrayList<>();
        if (!plan.title().isEmpty()) {
            blocks.add(textLine(plan.title()));
        }
        paragraphs(MetadataLines.head(plan), blocks);
        paragraphs(plan.preamble(), blocks);
        for (Section s : plan.sections()) {
            blocks.add(numbered(label(s.numbering(), 1), s.title()));
            paragraphs(s.body(), blocks);
            items(s.items(), Labels.below(1, s.numbering()), blocks);
        }
        paragraphs(plan.closing(), blocks);
        paragraphs(MetadataLines.signature(plan), blocks);
        StringBuilder b = new StringBuilder();
        for (String block : blocks) {
            b.append(b.length() == 0 ? "" : "\n").append(block).append('\n');
        }
        append(out, b);
    }

    /** {@code level}: the canonical numbering level. */
    private void items(List<Item> items, int level, List<String> blocks) {
        for (Item item : items) {
            String[] text = item.text().split("\n", -1);
            // text that opens as a number would stands on a line of its own, escaped: after 。 on the
            // numbered line it would read as the next number
            int rest = text[0].isEmpty() || opensNumber(text[0]) ? 0 : 1;
            String head = item.title() + (item.title().isEmpty() || rest == 0 ? "" : "。") + (rest == 0 ? "" : text[0]);
            blocks.add(numbered(label(item.numbering(), level), head));
            paragraphs(List.of(text).subList(rest, text.length), blocks);
            items(item.items(), Labels.below(level, item.numbering()), blocks);
        }
    }

    private static void paragraphs(List<String> paragraphs, List<String> blocks) {
        for (String p : paragraphs) {
            for (String line : p.split("\n")) {
                if (!line.isBlank()) {
                    blocks.add(textLine(line));
                }
            }
        }
    }

    /**
     * A paragraph of text that opens as a number would (三、…, （十一）…, 2.…): a backslash
     * before it says it is text, as in Markdown, and a reader drops the backslash again.
     * Without it, a line the parser kept as text because its number did not fit (a number
     * printed twice, out of order) could fit the repaired numbers of the formatted plan,
     * and formatting the output again would make it a numbered line.
     */
    static String textLine(String line) {
        return opensNumber(line) ? "\\" + line : line;
    }

    private static boolean opensNumber(String s) {
        char c = s.charAt(0);
        if ((c >= '①' && c <= '⑳') || c == '、' || c == '\\') {
            return true;        // a backslash of the text's own: written as is, it would be read as an escape
        }
        int i = c == '（' || c == '(' || c == '第' ? 1 : 0;
        int digits = 0;
        int numerals = 0;
        while (i < s.length() && (ChineseNumerals.isArabicDigit(s.charAt(i)) || NUMERALS.indexOf(s.charAt(i)) >= 0)) {
            digits += ChineseNumerals.isArabicDigit(s.charAt(i)) ? 1 : 0;
            numerals += ChineseNumerals.isArabicDigit(s.charAt(i)) ? 0 : 1;
            i++;
        }
        if (digits + numerals == 0 || digits > 3 || numerals > 5) {
            return false;
        }
        if (c == '（' || c == '(') {
            return true;
        }
        char after = i < s.length() ? s.charAt(i) : '\n';
        if (c == '第') {
            return "篇章节条部".indexOf(after) >= 0;
        }
        return ".．、)）是 \u3000\t".indexOf(after) >= 0;
    }

    /**
     * A label and the text after it, kept apart by an ideographic space where the text
     * would otherwise read as part of the number: 一、 then 三提人 reads 一、三 as a list of
     * numbers (一、二、三产业), 1. then 5项 reads 1.5. A reader drops the space again. Text that
     * opens as a number would is escaped as a text line is ({@link #textLine}).
     */
    static String numbered(String label, String text) {
        if (label.isEmpty() || text.isEmpty()) {
            return label + text;
        }
        if (opensNumber(text)) {
            return label + "\u3000\\" + text;     // 1.　\\2.: a title that opens as the next number would
        }
        char last = label.charAt(label.length() - 1);
        char first = text.charAt(0);
        boolean merges = (last == '、' || last == '.' || last == '．')
            && (NUMERALS.indexOf(first) >= 0 || ChineseNumerals.isArabicDigit(first));
        return merges ? label + '\u3000' + text : label + text;
    }

    /** The numerals of numbering (not 两 or 千, which count). */
    private static final String NUMERALS = "〇零一二三四五六七八九十百";

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
