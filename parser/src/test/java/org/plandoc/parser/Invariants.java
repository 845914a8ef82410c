package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plandoc.core.ChineseNumerals;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Item;
import org.plandoc.core.Node;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.PlanVisitor;
import org.plandoc.core.Section;
import org.plandoc.core.SourceSpan;
import org.plandoc.core.Target;

/**
 * What must hold for any input: spans inside the text, consistent and nested;
 * no character lost.
 */
final class Invariants {

    private Invariants() {
    }

    static void check(String text, ParseResult result) {
        spansAreValid(text, result);
        nothingIsLost(text, result);
    }

    /**
     * Every span of the result — of each diagnostic, plan, section, item and target —
     * lies inside the text with the line:column its start has there, and the span of
     * each node lies inside the span of its parent.
     */
    static void spansAreValid(String text, ParseResult result) {
        int[] lineStarts = lineStarts(text);
        for (Diagnostic d : result.diagnostics()) {
            if (d.span() != null) {
                spanIsValid(text, lineStarts, d.span());
            }
        }
        for (Plan plan : result.plans()) {
            try {
                check(text, lineStarts, plan, null);
            } catch (AssertionError e) {
                throw new AssertionError("in " + visible(text) + ": " + e.getMessage(), e);
            }
        }
    }

    private static void check(String text, int[] lineStarts, Node node, SourceSpan parent) {
        SourceSpan span = span(node);
        if (span != null) {
            spanIsValid(text, lineStarts, span);
            if (parent != null) {
                assertThat(span.start()).as("%s starts inside its parent %s", describe(node), parent)
                    .isGreaterThanOrEqualTo(parent.start());
                assertThat(span.end()).as("%s ends inside its parent %s", describe(node), parent)
                    .isLessThanOrEqualTo(parent.end());
            }
        }
        for (Node child : node.children()) {
            check(text, lineStarts, child, span != null ? span : parent);
        }
    }

    private static SourceSpan span(Node node) {
        if (node instanceof Plan p) {
            return p.span();
        }
        if (node instanceof Section s) {
            return s.span();
        }
        if (node instanceof Item i) {
            return i.span();
        }
        return ((Target) node).span();
    }

    private static String describe(Node node) {
        if (node instanceof Target t) {
            return "target " + t.text();
        }
        if (node instanceof Item i) {
            return "item " + i.numbering().label() + i.title();
        }
        if (node instanceof Section s) {
            return "section " + s.numbering().label() + s.title();
        }
        return "plan " + ((Plan) node).title();
    }

    /** Offsets of the first char of each line, counted the slow and obvious way (LF, CR LF, CR). */
    static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Offsets inside the text, and line:column computed from the text agree with the span's. */
    static void spanIsValid(String text, int[] lineStarts, SourceSpan span) {
        assertThat(span.end()).isLessThanOrEqualTo(text.length());
        int i = java.util.Arrays.binarySearch(lineStarts, span.start());
        int line = i >= 0 ? i : -i - 2;
        assertThat(span.line()).as("line of %s", span).isEqualTo(line + 1);
        assertThat(span.column()).as("column of %s", span).isEqualTo(span.start() - lineStarts[line] + 1);
    }

    /**
     * Nothing is lost: every character of the input that is not white space is kept,
     * as many times as the input holds it. Kept means: in the text the model holds
     * (each plan's title, issuer, document number, recipients, source, preamble and
     * closing; each section's and item's label, title, body and text), or in a quote of
     * a diagnostic ({@code "…"} in its message, escapes read back), or inside the span
     * of a diagnostic that removed it (PD209 invisible chars, PD403 unpaired
     * surrogates).
     *
     * <p>What the model keeps in another form counts as kept in that form, and nothing
     * else is exempt: Markdown markup read as structure (heading marks and list bullets
     * at a line start, the backslash of an escape); the punctuation that ends a title's
     * lead ({@code 。；：} … between the title and the text); the colon after the
     * recipients; a date read as the plan's date, kept as a date (counted in the forms
     * 2024年3月1日, 2024-03-01 and 二〇二四年三月一日).
     */
    static void nothingIsLost(String text, ParseResult result) {
        Map<Character, Integer> lost = lost(text, result);
        assertThat(lost).as("characters of %s in neither the model nor a diagnostic", visible(text)).isEmpty();
    }

    /** The text for a failure message: invisible chars made visible (U+3000 □, tab →, line break ⏎), cut at 300 chars. */
    static String visible(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < Math.min(text.length(), 300); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u3000' -> b.append('□');
                case '\t' -> b.append('→');
                case '\n' -> b.append("⏎");
                case '\r' -> b.append("␍");
                default -> b.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return b.append(text.length() > 300 ? "…\" (" + text.length() + " chars)" : "\"").toString();
    }

    /** Each char the input holds more often than the kept text, with how many copies are missing. */
    static Map<Character, Integer> lost(String text, ParseResult result) {
        boolean[] aside = new boolean[text.length()];
        for (Diagnostic d : result.diagnostics()) {
            if (d.span() != null && d.code().startsWith("PD2") && !d.code().equals(DiagnosticCodes.LINES_JOINED)) {
                java.util.Arrays.fill(aside, d.span().start(), d.span().end(), true);
            }
        }
        int[] count = new int[65536];
        String input = markupRemoved(text, aside);
        for (int i = 0; i < input.length(); i++) {
            count[input.charAt(i)]++;
        }
        StringBuilder kept = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) {
            quotes(d.message(), kept);
            boolean removal = d.code().equals(DiagnosticCodes.INVISIBLE_REMOVED)
                || d.code().equals(DiagnosticCodes.LONE_SURROGATE);
            if (removal) {
                kept.append(text, d.span().start(), d.span().end());
            }
        }
        for (Plan plan : result.plans()) {
            model(new Source(text, aside), plan, kept);
        }
        for (int i = 0; i < kept.length(); i++) {
            count[kept.charAt(i)]--;
        }
        Map<Character, Integer> lost = new TreeMap<>();
        for (int c = 0; c < count.length; c++) {
            if (count[c] > 0 && !blank((char) c)) {
                lost.put((char) c, count[c]);
            }
        }
        return lost;
    }

    static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The input, and which of its chars a diagnostic set aside or removed. */
    private record Source(String text, boolean[] aside) {
    }

    private static void model(Source text, Plan plan, StringBuilder kept) {
        kept.append(plan.title());
        PlanMetadata m = plan.metadata();
        append(kept, m.issuer());
        append(kept, m.documentNumber());
        if (m.recipients() != null) {
            kept.append(m.recipients()).append("：:");     // the colon that ended the recipients line, either form
        }
        append(kept, m.source());
        if (m.date() != null) {
            date(m.date(), kept);
        }
        plan.preamble().forEach(kept::append);
        plan.closing().forEach(kept::append);
        plan.accept(new PlanVisitor() {
            @Override
            public void visit(Section s) {
                kept.append(s.numbering().label()).append(s.title());
                leadEnd(text, s.numbering().label(), s.title(), s.span(), kept);
                s.body().forEach(kept::append);
                visitChildren(s);
            }

            @Override
            public void visit(Item i) {
                kept.append(i.numbering().label()).append(i.title());
                leadEnd(text, i.numbering().label(), i.title(), i.span(), kept);
                kept.append(i.text());
                visitChildren(i);
            }
        });
    }

    private static void append(StringBuilder b, String s) {
        if (s != null) {
            b.append(s);
        }
    }

    /** A date in the forms a document prints it. */
    private static void date(LocalDate d, StringBuilder kept) {
        kept.append(d).append(d.getYear()).append('年').append(d.getMonthValue()).append('月')
            .append(d.getDayOfMonth()).append('日');
        String year = Integer.toString(d.getYear());
        for (int i = 0; i < year.length(); i++) {
            kept.append("〇一二三四五六七八九".charAt(year.charAt(i) - '0'));
        }
        kept.append('年').append(ChineseNumerals.format(d.getMonthValue())).append('月')
            .append(ChineseNumerals.format(d.getDayOfMonth())).append('日');
    }

    /**
     * The punctuation that ends the lead of a title in the input (the 。 or the ：。 after
     * 加强建设), which the title leaves out: the run of such marks after the label and
     * the title at the start of the node's span; and a colon or comma after the label (第一章：, 第一，).
     */
    private static void leadEnd(Source source, String label, String title, SourceSpan span, StringBuilder kept) {
        String text = source.text();
        if (span == null) {
            return;
        }
        int afterLabel = match(source, span.start(), span.end(), label);
        if (afterLabel < 0) {
            return;
        }
        // 第一章：总则, 第一，推进…: the colon or comma after a label of words is no part of the
        // heading; the title starts after none, some or all of the marks and blanks after the label
        int i = -1;
        int j = afterLabel;
        while (true) {
            i = title.isEmpty() ? -1 : match(source, j, span.end(), title);
            if (i >= 0 || j >= span.end() || !(AFTER_LABEL.indexOf(text.charAt(j)) >= 0 || skippable(source, j))) {
                break;
            }
            j++;
        }
        if (i < 0) {
            j = afterLabel;
            while (j < span.end() && (AFTER_LABEL.indexOf(text.charAt(j)) >= 0 || skippable(source, j))) {
                j++;
            }
        }
        for (int k = afterLabel; k < j; k++) {
            if (!source.aside()[k]) {
                kept.append(text.charAt(k));
            }
        }
        // a title taken from a later line of the node (a heading line with no text of its own)
        for (int p = j; i < 0 && !title.isEmpty() && p < span.end(); p++) {
            if (!source.aside()[p] && same(text, p, title.charAt(0))) {
                i = match(source, p, span.end(), title);
            }
        }
        if (i < 0) {
            return;
        }
        for (; i < span.end() && (LEAD_END.indexOf(text.charAt(i)) >= 0 || skippable(source, i)); i++) {
            if (!source.aside()[i]) {
                kept.append(text.charAt(i));
            }
        }
    }

    /**
     * Where {@code s} ends when it stands at {@code from}, the chars the model leaves out
     * (blanks, line breaks of joined lines, invisible chars, escape backslashes, text a
     * diagnostic set aside such as a page number) skipped; -1 when it does not.
     */
    private static int match(Source source, int from, int end, String s) {
        String text = source.text();
        int i = from;
        for (int k = 0; k < s.length(); k++) {
            while (i < end && (source.aside()[i] || (!same(text, i, s.charAt(k)) && skippable(source, i)))) {
                i++;
            }
            if (i >= end || source.aside()[i] || !same(text, i, s.charAt(k))) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /** Whether the input char at {@code i} is {@code c} in the model (an unpaired surrogate became U+FFFD). */
    private static boolean same(String text, int i, char c) {
        return text.charAt(i) == c || (c == '\uFFFD' && Character.isSurrogate(text.charAt(i)));
    }

    private static boolean skippable(Source source, int i) {
        char c = source.text().charAt(i);
        return source.aside()[i] || blank(c) || c == '\\' || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL;
    }

    /** What may separate a label from its heading: 第一章：总则, 第一，推进…. */
    private static final String AFTER_LABEL = "：:，,";

    // a half-width full stop after Han text (加强建设. 推动…) ends a lead as 。 does
    private static final String LEAD_END = "。；;：:！？!?，,、.";

    /** Appends the text of each {@code "…"} in a message, escapes read back. */
    static void quotes(String message, StringBuilder out) {
        int i = message.indexOf('"');
        while (i >= 0 && i + 1 < message.length()) {
            int j = i + 1;
            while (j < message.length() && message.charAt(j) != '"') {
                char c = message.charAt(j);
                if (c == '\\' && j + 1 < message.length()) {
                    char e = message.charAt(j + 1);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(message.substring(j + 2, j + 6), 16));
                            j += 4;
                        }
                        default -> out.append(e);
                    }
                    j += 2;
                } else {
                    out.append(c);
                    j++;
                }
            }
            i = j + 1 < message.length() ? message.indexOf('"', j + 1) : -1;
        }
    }

    /**
     * The input less the Markdown markup plandoc reads as structure: heading marks and
     * list bullets at a line start (after what was set aside there), the backslash of an escape
     * (before ASCII punctuation, or at a line start or after a blank before what could open a number).
     */
    static String markupRemoved(String text, boolean[] aside) {
        StringBuilder b = new StringBuilder(text.length());
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = true;
                b.append(c);
                continue;
            }
            if (lineStart && !aside[i] && !blank(c) && Character.getType(c) != Character.FORMAT
                    && Character.getType(c) != Character.CONTROL) {
                lineStart = false;
                int j = i;
                while (j < text.length() && text.charAt(j) == '#') {
                    j++;
                }
                boolean heading = j > i && j - i <= 6 && j < text.length() && text.charAt(j) == ' ';
                boolean bullet = "-*+>•".indexOf(c) >= 0 && (c == '•' || (i + 1 < text.length() && text.charAt(i + 1) == ' '));
                if (heading) {
                    i = j;
                    continue;
                }
                if (bullet) {
                    continue;
                }
            }
            if (c == '\\' && i + 1 < text.length() && (isAsciiPunctuation(text.charAt(i + 1))
                    || ((lineStartChar(text, i) || (i > 0 && blank(text.charAt(i - 1)))) && mayOpen(text.charAt(i + 1))))) {
                b.append(text.charAt(++i));
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Whether {@code text[i]} is the first char of its line that is not blank. */
    private static boolean lineStartChar(String text, int i) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) != '\n' && text.charAt(j) != '\r' && (blank(text.charAt(j))
                || Character.getType(text.charAt(j)) == Character.FORMAT)) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n' || text.charAt(j) == '\r';
    }

    /** What can open a number: the escape \\三、 at a line start makes it text. */
    private static boolean mayOpen(char c) {
        return "（(第、〇零一二三四五六七八九十百".indexOf(c) >= 0 || ChineseNumerals.isArabicDigit(c) || (c >= '①' && c <= '⑳');
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
