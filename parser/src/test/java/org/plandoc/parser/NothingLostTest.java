package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.ParseResult;

/** Every character of the input is in the model or in a diagnostic, also past the diagnostic limit. */
class NothingLostTest {

    static final PlanParser PARSER = PlanParser.builder().build();

    @Test
    void textSetAsidePastTheDiagnosticLimitIsKeptInTheSummary() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            b.append("来源：网络").append(i).append('\n');
        }
        String text = b + "工作要点\n一、总体要求\n（一）加强建设。\n";
        ParseResult r = PARSER.parse(text);
        List<Diagnostic> limit = r.diagnostics().stream().filter(d -> d.code().equals(DiagnosticCodes.TOO_MANY_DIAGNOSTICS)).toList();
        assertThat(limit).hasSize(1);
        assertThat(limit.get(0).message()).startsWith("500 more diagnostics left out (limit 1000)");
        String all = String.join("\n", r.diagnostics().stream().map(Diagnostic::message).toList());
        for (int i = 0; i < 1500; i++) {
            assertThat(all).as("banner line %d", i).contains("\"来源：网络" + i + "\"");
        }
        assertThat(limit.get(0).message()).contains("1500:1 \"来源：网络1499\"");
        Invariants.check(text, r);
    }

    @Test
    void aSmallLimitKeepsEveryKindOfSetAsideText() {
        PlanParser strict = PlanParser.builder().maxDiagnostics(1).build();
        String text = "[bookmark: a]来源：网络\n目录\n一、总体\n二、任务\n2024年工作要点\n一、总体\n1、继续\n内容，\n2、继续\n内容，\n3、继续\n"
            + "二、任务\n（一）加强\n";
        ParseResult r = strict.parse(text);
        assertThat(r.diagnostics()).hasSize(2);
        Invariants.check(text, r);
    }

    @Test
    void invisibleCharactersAreRemovedWithOneDiagnosticPerRun() {
        String text = "工作要点\n\u200B一、总体\uFEFF\uFEFF要求\n（一）加强\u200B建设\u0007。内容\u00AD。\n";
        ParseResult r = PARSER.parse(text);
        var section = r.plans().get(0).sections().get(0);
        assertThat(section.title()).isEqualTo("总体要求");
        assertThat(section.items().get(0).title()).isEqualTo("加强建设");
        assertThat(section.items().get(0).text()).isEqualTo("内容。");
        List<Diagnostic> removed = r.diagnostics().stream()
            .filter(d -> d.code().equals(DiagnosticCodes.INVISIBLE_REMOVED)).toList();
        assertThat(removed).extracting(Diagnostic::toString).containsExactly(
            "2:1: info PD209: invisible character removed: U+200B",
            "2:6: info PD209: 2 invisible characters removed: U+FEFF U+FEFF",
            "3:6: info PD209: invisible character removed: U+200B",
            "3:9: info PD209: invisible character removed: U+0007",
            "3:13: info PD209: invisible character removed: U+00AD");
        assertThat(removed).allSatisfy(d -> assertThat(d.span().length()).isPositive());
        Invariants.check(text, r);
    }

    @Test
    void aLoneSurrogateIsReplacedAndReported() {
        String text = "一、总体\uD800要求\n（一）加强\uDC00\uDC00。\uD83D\uDE00\n";
        ParseResult r = PARSER.parse(text);
        var section = r.plans().get(0).sections().get(0);
        assertThat(section.title()).isEqualTo("总体\uFFFD要求");
        assertThat(section.items().get(0).title()).isEqualTo("加强\uFFFD\uFFFD");
        assertThat(section.items().get(0).text()).as("a pair is no lone surrogate").isEqualTo("\uD83D\uDE00");
        assertThat(r.diagnostics()).extracting(Diagnostic::toString).contains(
            "1:5: warning PD403: unpaired surrogate replaced with U+FFFD: U+D800",
            "2:6: warning PD403: 2 unpaired surrogates replaced with U+FFFD: U+DC00 U+DC00");
        Invariants.check(text, r);
    }

    @Test
    void manyRunsOfInvisibleCharactersAreBoundedAndStillAccountedFor() {
        String text = "一、总体\n" + "字\u200B".repeat(5000) + "\n";
        ParseResult r = PARSER.parse(text);
        assertThat(r.diagnostics()).hasSize(1001);
        // one more: the text ends mid-sentence (PD301)
        assertThat(r.diagnostics().get(1000).message()).startsWith("4001 more diagnostics left out (limit 1000); "
            + "the text they set aside: 2:2002 \"\\u200B\" 2:2004 \"\\u200B\"");
        assertThat(r.plans().get(0).sections().get(0).body()).containsExactly("字".repeat(5000));
        Invariants.check(text, r);
    }

    static List<String> documents() {
        List<String> names = new java.util.ArrayList<>();
        org.plandoc.seeds.Seeds.all().forEach(d -> names.add(d.name()));
        org.plandoc.seeds.Seeds.corpus().forEach(d -> names.add("corpus/" + d.name()));
        org.plandoc.seeds.Seeds.realworld().stream().filter(d -> !d.format().equals("docx"))
            .forEach(d -> names.add("realworld/" + d.path()));
        return names;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("documents")
    void everyDocumentKeepsEveryCharacter(String name) {
        String text = text(name);
        Invariants.check(text, PARSER.parse(text));
    }

    static String text(String name) {
        if (name.startsWith("realworld/")) {
            String path = name.substring("realworld/".length());
            var doc = org.plandoc.seeds.Seeds.realworld().stream().filter(d -> d.path().equals(path)).findFirst().orElseThrow();
            return new String(doc.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (name.startsWith("corpus/")) {
            String n = name.substring("corpus/".length());
            return org.plandoc.seeds.Seeds.corpus().stream().filter(d -> d.name().equals(n)).findFirst().orElseThrow().text();
        }
        return org.plandoc.seeds.Seeds.text(name);
    }
}
