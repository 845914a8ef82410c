package org.plandoc.render;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.plandoc.core.Comparison;
import org.plandoc.core.Deadline;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Item;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Quantity;
import org.plandoc.core.Section;
import org.plandoc.core.Severity;
import org.plandoc.core.SourceSpan;
import org.plandoc.core.Target;
import org.plandoc.core.TargetKind;
import org.plandoc.render.data.JsonRenderer;
import org.plandoc.render.data.YamlRenderer;
import org.plandoc.render.html.HtmlRenderer;
import org.plandoc.render.html.HtmlStyle;
import org.plandoc.render.markdown.MarkdownRenderer;
import org.plandoc.render.text.TextRenderer;

/**
 * No model that the public constructors accept makes a renderer throw: generated
 * plans with any text (empty, a lone line break, controls, unpaired surrogates,
 * Markdown and HTML syntax), any numbering, targets, deadlines and diagnostics, in
 * every renderer and every option.
 */
class RendererFuzzTest {

    static final List<PlanRenderer> RENDERERS = List.of(
        MarkdownRenderer.builder().build(),
        MarkdownRenderer.builder().itemsAsList(true).canonicalNumbering(true).listTargets(true).build(),
        MarkdownRenderer.builder().listTargets(true).build(),
        HtmlRenderer.builder().build(),
        HtmlRenderer.builder().standalone(true).style(HtmlStyle.GBT9704).sourceSpans(true).diagnostics(true).build(),
        HtmlRenderer.builder().standalone(true).style(HtmlStyle.SCREEN).tableOfContents(true).build(),
        TextRenderer.builder().build(),
        TextRenderer.builder().canonicalNumbering(false).build(),
        JsonRenderer.builder().sourceName("plan.txt").build(),
        JsonRenderer.builder().pretty(false).spans(false).build(),
        YamlRenderer.builder().sourceName("plan.txt").build());

    @Property
    void noRendererThrowsOnAnyModel(@ForAll("results") ParseResult result) {
        for (PlanRenderer renderer : RENDERERS) {
            assertThatCode(() -> renderer.render(result, new StringBuilder())).as("%s", renderer.getClass().getSimpleName())
                .doesNotThrowAnyException();
            for (Plan plan : result.plans()) {
                assertThatCode(() -> renderer.render(plan)).as("%s", renderer.getClass().getSimpleName())
                    .doesNotThrowAnyException();
            }
        }
    }

    /** Text as plans and hostile input hold it, short. */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of("", "\n", "\n\n", "\r\n", " ", "\u3000", "\t", "。", "1.", "一、", "（一）", "#", "- ", "* ",
                "<script>alert(1)</script>", "&amp;", "\"'", "\\", "`", "[x](y)", "\u0000", "\u0007", "\u2028", "\u0085",
                "\uD800", "\uDC00", "\uFEFF", "\u200B", "\uFFFF", "😀", "---", "===", "> ", "|a|b|", "{{x}}", "null", "~")),
            Tuple.of(1, Arbitraries.strings().ofMaxLength(12)),
            Tuple.of(1, Arbitraries.strings().withCharRange('\u4e00', '\u4e20').withChars("\n 。，、（）1.#*-<>&\\")
                .ofMaxLength(30)));
    }

    static Arbitrary<String> nonEmpty() {
        return text().filter(t -> !t.isEmpty());
    }

    static Arbitrary<SourceSpan> span() {
        return Combinators.combine(Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(1, 100_000), Arbitraries.integers().between(1, 1000))
            .as((start, length, line, column) -> new SourceSpan(start, start + length, line, column)).injectNull(0.3);
    }

    static Arbitrary<Numbering> numbering() {
        return Combinators.combine(Arbitraries.of(NumberingStyle.class),
                Arbitraries.oneOf(Arbitraries.integers().between(1, 30), Arbitraries.integers().between(1, Integer.MAX_VALUE)),
                text())
            .as(Numbering::new);
    }

    static Arbitrary<BigDecimal> number() {
        return Combinators.combine(Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
            Arbitraries.integers().between(-6, 6)).as(BigDecimal::valueOf);
    }

    static Arbitrary<Target> target() {
        return Combinators.combine(nonEmpty(), text(), Arbitraries.of(Comparison.class), number().injectNull(0.2),
                number(), text(), Arbitraries.of(TargetKind.class), span())
            .as((text, indicator, comparator, value, upper, unit, kind, span) -> new Target(text, indicator, comparator,
                value, comparator == Comparison.BETWEEN ? upper : null, unit,
                value == null ? null : new Quantity(value, unit), text.length() % 2 == 0 ? null : Deadline.ofText(text), value == null,
                kind, span));
    }

    static Arbitrary<Deadline> deadline() {
        return Combinators.combine(nonEmpty(), Arbitraries.of(Deadline.Precision.class),
                Arbitraries.integers().between(-100_000, 100_000))
            .as((text, precision, day) -> new Deadline(text,
                precision == Deadline.Precision.OPEN || precision == Deadline.Precision.UNKNOWN ? null
                    : LocalDate.of(2024, 1, 1).plusDays(day), precision))
            .injectNull(0.5);
    }

    static Arbitrary<Item> item(int depth) {
        Arbitrary<List<Item>> children = depth == 0 ? Arbitraries.just(List.of())
            : Arbitraries.lazy(() -> item(depth - 1)).list().ofMaxSize(3);
        return Combinators.combine(numbering(), text(), text(), children, target().list().ofMaxSize(2),
                text().list().ofMaxSize(2), text().list().ofMaxSize(2), deadline())
            .as((n, title, text, items, targets, lead, supporting, deadline) ->
                new Item(n, title, text, items, targets, lead, supporting, deadline, null));
    }

    static Arbitrary<Section> section() {
        return Combinators.combine(numbering(), text(), text().list().ofMaxSize(2), item(3).list().ofMaxSize(3),
                target().list().ofMaxSize(2), text().list().ofMaxSize(1), deadline(), span())
            .as((n, title, body, items, targets, lead, deadline, span) ->
                new Section(n, title, body, items, targets, lead, List.of(), deadline, span));
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(-1_000_000, 1_000_000).map(d -> LocalDate.of(2024, 1, 1).plusDays(d))
            .injectNull(0.5);
    }

    static Arbitrary<Plan> plan() {
        Arbitrary<PlanMetadata> metadata = Combinators.combine(text().injectNull(0.5), date(), text().injectNull(0.5),
            text().injectNull(0.5), date(), text().injectNull(0.5)).as(PlanMetadata::new);
        return Combinators.combine(text(), metadata, text().list().ofMaxSize(3), section().list().ofMaxSize(3),
                text().list().ofMaxSize(2), target().list().ofMaxSize(2), span())
            .as(Plan::new);
    }

    @Provide
    Arbitrary<ParseResult> results() {
        Arbitrary<Diagnostic> diagnostic = Combinators.combine(Arbitraries.of(Severity.class),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), text(), span())
            .as(Diagnostic::new);
        return Combinators.combine(plan().list().ofMaxSize(2), diagnostic.list().ofMaxSize(3),
                Arbitraries.of("UTF-8", "GB18030").injectNull(0.5))
            .as(ParseResult::new);
    }
}
