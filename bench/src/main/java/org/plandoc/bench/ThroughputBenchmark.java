package org.plandoc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.plandoc.core.ParseResult;
import org.plandoc.parser.PlanParser;
import org.plandoc.render.data.JsonRenderer;
import org.plandoc.render.data.YamlRenderer;
import org.plandoc.render.html.HtmlRenderer;
import org.plandoc.render.markdown.MarkdownRenderer;

/**
 * Throughput of plandoc against its peers on the same input, measured in one
 * run: the read limit ({@code Files.readString}), commonmark-java parsing
 * Markdown of the same content and size, plandoc parsing, and plandoc
 * rendering beside Jackson writing an equivalent generic tree.
 * {@link Report} turns the times into MB/s and ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class ThroughputBenchmark {

    /** The inputs: held by the parse benchmarks, which keep nothing else alive (a full heap slows a parser's GC). */
    @State(Scope.Benchmark)
    public static class Inputs {
        @Param({"1", "10", "100"})
        public int megabytes;

        /** Which documents are repeated: the seeds, the real-world texts, or both. */
        @Param({"seeds", "realworld"})
        public String corpus;

        String text;
        String markdown;
        Path textFile;

        @Setup(Level.Trial)
        public void setUp() {
            text = Corpus.text(corpus, megabytes * 1_000_000L);
            markdown = Corpus.markdown(corpus, megabytes * 1_000_000L);
            textFile = Corpus.write("text", text);
        }
    }

    /** The parsed model and the generic tree Jackson writes as its baseline: the same data, as JsonNode. */
    @State(Scope.Benchmark)
    public static class Model {
        @Param({"1", "10", "100"})
        public int megabytes;

        ParseResult parsed;
        JsonNode tree;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            parsed = PlanParser.builder().build().parse(Corpus.text(megabytes * 1_000_000L));
            tree = new ObjectMapper().readTree(JsonRenderer.builder().build().render(parsed));
        }
    }

    final PlanParser parser = PlanParser.builder().build();
    final Parser commonmark = Parser.builder().build();
    final JsonRenderer json = JsonRenderer.builder().build();
    final YamlRenderer yaml = YamlRenderer.builder().build();
    final MarkdownRenderer md = MarkdownRenderer.builder().build();
    final HtmlRenderer html = HtmlRenderer.builder().build();
    final ObjectMapper jackson = new ObjectMapper();
    final ObjectMapper jacksonYaml = new ObjectMapper(new YAMLFactory());

    @Benchmark
    public String readLimit(Inputs in) throws IOException {
        return Files.readString(in.textFile, StandardCharsets.UTF_8);
    }

    @Benchmark
    public Node commonmarkParse(Inputs in) {
        return commonmark.parse(in.markdown);
    }

    @Benchmark
    public ParseResult plandocParse(Inputs in) {
        return parser.parse(in.text);
    }

    @Benchmark
    public String renderJson(Model m) {
        return json.render(m.parsed);
    }

    @Benchmark
    public String jacksonJsonTree(Model m) throws IOException {
        return jackson.writeValueAsString(m.tree);
    }

    @Benchmark
    public String renderYaml(Model m) {
        return yaml.render(m.parsed);
    }

    @Benchmark
    public String jacksonYamlTree(Model m) throws IOException {
        return jacksonYaml.writeValueAsString(m.tree);
    }

    @Benchmark
    public String renderMarkdown(Model m) {
        return md.render(m.parsed);
    }

    @Benchmark
    public String renderHtml(Model m) {
        return html.render(m.parsed);
    }
}
