package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.PlanVisitor;
import org.plandoc.core.Section;
import org.plandoc.core.SourceSpan;

/** What must hold for any input: spans inside the text and consistent, no text lost. */
final class Invariants {

    private Invariants() {
    }

    static void check(String text, ParseResult result) {
        spansAreValid(text, result);
        nothingIsLost(text, result);
    }

    static void spansAreValid(String text, ParseResult result) {
        int[] lineStarts = lineStarts(text);
        for (Diagnostic d : result.diagnostics()) {
            if (d.span() != null) {
                spanIsValid(text, lineStarts, d.span());
            }
        }
        for (Plan plan : result.plans()) {
            plan.accept(new PlanVisitor() {
                @Override
                public void visit(Plan p) {
                    check(p.span());
                    visitChildren(p);
                }

                @Override
                public void visit(Section s) {
                    check(s.span());
                    visitChildren(s);
                }

                @Override
                public void visit(Item i) {
                    check(i.span());
                    visitChildren(i);
                }

                void check(SourceSpan span) {
                    if (span != null) {
                        spanIsValid(text, lineStarts, span);
                    }
                }
            });
        }
    }

    /** Offsets of the first char of each line, counted the slow and obvious way (LF, CR LF, CR). */
    static int[] lineStarts(String text) {
        java.util.List<Integer> starts = new java.util.ArrayList<>();
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
     * Every Han character of the input is somewhere in the model or quoted in a
     * diagnostic. Date characters are exempt: a date is kept as a date.
     */
    static void nothingIsLost(String text, ParseResult result) {
        Map<Character, Integer> in = hanCount(text);
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) {
            out.append(d.message());
        }
        for (Plan plan : result.plans()) {
            out.append(plan.title());
            PlanMetadata m = plan.metadata();
            out.append(m.issuer()).append(m.documentNumber()).append(m.recipients()).append(m.source());
            plan.preamble().forEach(out::append);
            plan.closing().forEach(out::append);
            plan.accept(new PlanVisitor() {
                @Override
                public void visit(Section s) {
                    out.append(s.numbering().label()).append(s.title());
                    s.body().forEach(out::append);
                    visitChildren(s);
                }

                @Override
                public void visit(Item i) {
                    out.append(i.numbering().label()).append(i.title()).append(i.text());
                    visitChildren(i);
                }
            });
        }
        Map<Character, Integer> kept = hanCount(out);
        for (Map.Entry<Character, Integer> e : in.entrySet()) {
            assertThat(kept.getOrDefault(e.getKey(), 0)).as("copies of %s kept", e.getKey())
                .isGreaterThanOrEqualTo(e.getValue());
        }
    }

    private static Map<Character, Integer> hanCount(CharSequence s) {
        Map<Character, Integer> count = new HashMap<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean han = c >= '\u4e00' && c <= '\u9fff';
            if (han && "年月日号〇零一二三四五六七八九十".indexOf(c) < 0) {
                count.merge(c, 1, Integer::sum);
            }
        }
        return count;
    }
}
