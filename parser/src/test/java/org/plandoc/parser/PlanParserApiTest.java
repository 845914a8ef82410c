package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.core.ParseResult;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.Seeds;

/** Every way in gives the same result; the parser is shared safely; the default locale does not matter. */
class PlanParserApiTest {

    static final PlanParser PARSER = PlanParser.builder().build();

    @Test
    void stringReaderBytesStreamAndPathAgree(@TempDir Path dir) throws Exception {
        Document seed = Seeds.all().get(1);
        ParseResult fromString = PARSER.parse(seed.text());
        assertThat(PARSER.parse(new StringReader(seed.text())).plans()).isEqualTo(fromString.plans());
        ParseResult fromStream = PARSER.parse(new ByteArrayInputStream(seed.text().getBytes(StandardCharsets.UTF_8)));
        assertThat(fromStream.plans()).isEqualTo(fromString.plans());
        assertThat(fromStream.charset()).isEqualTo("UTF-8");
        Path file = dir.resolve("plan.txt");
        Files.write(file, seed.text().replace('\u00a0', ' ').getBytes(Charset.forName("GBK")));
        ParseResult fromPath = PARSER.parse(file);
        assertThat(fromPath.charset()).isEqualTo("GB18030");
        assertThat(fromPath.diagnostics()).anyMatch(d -> d.code().equals(DiagnosticCodes.DECODED_AS_GB18030));
        assertThat(fromString.charset()).isNull();
    }

    @Test
    void paragraphsOfAFileParseAsTheirTextAndAreNeverRejoined() {
        Document seed = Seeds.all().get(1);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String line : seed.text().split("\n", -1)) {
            paragraphs.add(Paragraph.of(line));
        }
        assertThat(PARSER.parse(paragraphs).plans()).isEqualTo(PARSER.parse(seed.text()).plans());

        // as text, a line ending in 的 continues on the next; a file's paragraph does not
        String text = "工作要点\n一、任务\n（一）提高服务的\n（二）水平。\n";
        assertThat(PARSER.parse(text).plans().get(0).sections().get(0).items()).hasSize(2);
        List<Paragraph> broken = List.of(Paragraph.of("工作要点"), Paragraph.of("一、任务"), Paragraph.of("提高服务的"),
            Paragraph.of("水平。"));
        assertThat(PARSER.parse(broken).plans().get(0).sections().get(0).body()).containsExactly("提高服务的", "水平。");
        assertThat(PARSER.parse(String.join("\n", "工作要点", "一、任务", "提高服务的", "水平。")).plans().get(0)
            .sections().get(0).body()).containsExactly("提高服务的水平。");
        assertThatThrownBy(() -> PARSER.parse((List<Paragraph>) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Paragraph.of("x").headingLevel(10)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A page may hold one plan after another: the seeds one after the other, four
     * times over, give four times the plans and items of one round (a rule that
     * ends a page — its related links, a report's closing — must not swallow what
     * follows). The benchmark's corpora are made this way.
     */
    @Test
    void documentsOneAfterAnotherParseAsEachAlone() {
        StringBuilder once = new StringBuilder();
        Seeds.all().forEach(d -> once.append(d.text()).append("\n\n"));
        ParseResult one = PARSER.parse(once.toString());
        ParseResult four = PARSER.parse(once.toString().repeat(4));
        assertThat(four.plans()).hasSize(4 * one.plans().size());
        assertThat(four.items().count()).isEqualTo(4 * one.items().count());
    }

    /** Markdown's heading marks are markup: no plan text, before the first section as before any other. */
    @Test
    void markdownHeadingMarksAreNotText() {
        ParseResult r = PARSER.parse("# 某市2025年工作要点\n\n## 一、总体要求\n\n坚持稳中求进。\n\n## 二、重点任务\n\n抓好落实。\n");
        assertThat(r.plans().get(0).title()).isEqualTo("某市2025年工作要点");
        assertThat(r.plans().get(0).preamble()).isEmpty();
        assertThat(r.plans().get(0).sections().get(0).body()).containsExactly("坚持稳中求进。");
        assertThat(r.diagnostics()).isEmpty();
    }

    /** An attachment line names the next plan's title, which Markdown writes as a heading: the line is the closing. */
    @Test
    void anAttachmentLineBeforeAMarkdownTitleIsTheClosing() {
        ParseResult r = PARSER.parse("# 关于推广改革举措的通知\n\n## 一、充分认识意义\n\n抓好落实。\n\n"
            + "附件：改革举措推广清单\n\n（本文有删减）\n\n# 改革举措推广清单\n\n## 一、知识产权保护方面\n\n## 二、科技金融创新方面\n");
        assertThat(r.plans()).extracting(org.plandoc.core.Plan::title).containsExactly("关于推广改革举措的通知", "改革举措推广清单");
        assertThat(r.plans().get(0).closing()).containsExactly("附件：改革举措推广清单", "（本文有删减）");
    }

    @Test
    void programmerErrorsAndIoAreTheOnlyExceptions(@TempDir Path dir) {
        assertThatThrownBy(() -> PARSER.parse((String) null)).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> PARSER.parse(dir.resolve("missing.txt"))).isInstanceOf(java.io.UncheckedIOException.class)
            .hasMessageContaining("missing.txt");
        assertThatThrownBy(() -> PlanParser.builder().maxDiagnostics(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void diagnosticsAreBounded() {
        StringBuilder b = new StringBuilder("工作计划\n一、总体\n（一）第一项。\n（二）第二项。\n");
        for (int i = 0; i < 500; i++) {
            b.append("（二）又一个第二项。\n");      // printed again, each a PD101
        }
        ParseResult r = PlanParser.builder().maxDiagnostics(10).build().parse(b.toString());
        assertThat(r.diagnostics()).hasSize(11);
        assertThat(r.diagnostics().get(10).code()).isEqualTo(DiagnosticCodes.TOO_MANY_DIAGNOSTICS);
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        List<Document> docs = Seeds.all();
        List<ParseResult> expected = new ArrayList<>();
        docs.forEach(d -> expected.add(PARSER.parse(d.text())));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int k = i % docs.size();
                checks.add(pool.submit(() -> PARSER.parse(docs.get(k).text()).equals(expected.get(k))));
            }
            for (Future<Boolean> f : checks) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theDefaultLocaleDoesNotMatter() {
        Locale before = Locale.getDefault();
        try {
            Document seed = Seeds.all().get(3);
            ParseResult root = PARSER.parse(seed.text());
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(PARSER.parse(seed.text())).isEqualTo(root);
        } finally {
            Locale.setDefault(before);
        }
    }
}
