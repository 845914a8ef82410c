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

    @Param({"1", "10", "100"})
    public int megabytes;

    String text;
    String markdown;
    Path textFile;
    ParseResult parsed;
    JsonNode tree;
    final PlanParser parser = PlanParser.builder().build();
    final Parser commonmark = Parser.builder().build();
    final JsonRenderer json = JsonRenderer.builder().build();
    final YamlRenderer yaml = YamlRenderer.builder().build();
    final MarkdownRenderer md = MarkdownRenderer.builder().build();
    final HtmlRenderer html = HtmlRenderer.builder().build();
    final ObjectMapper jackson = new ObjectMapper();
    final ObjectMapper jacksonYaml = new ObjectMapper(new YAMLFactory());

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        text = Corpus.text(megabytes * 1_000_000L);
        markdown = Corpus.markdown(megabytes * 1_000_000L);
        textFile = Corpus.write("text", text);
        parsed = parser.parse(text);
        // the generic tree Jackson writes as its baseline: the same data, as JsonNode
        tree = jackson.readTree(json.render(parsed));
    }

    @Benchmark
    public String readLimit() throws IOException {
        return Files.readString(textFile, StandardCharsets.UTF_8);
    }

    @Benchmark
    public Node commonmarkParse() {
        return commonmark.parse(markdown);
    }

    @Benchmark
    public ParseResult plandocParse() {
        return parser.parse(text);
    }

    @Benchmark
    public String renderJson() {
        return json.render(parsed);
    }

    @Benchmark
    public String jacksonJsonTree() throws IOException {
        return jackson.writeValueAsString(tree);
    }

    @Benchmark
    public String renderYaml() {
        return yaml.render(parsed);
    }

    @Benchmark
    public String jacksonYamlTree() throws IOException {
        return jacksonYaml.writeValueAsString(tree);
    }

    @Benchmark
    public String renderMarkdown() {
        return md.render(parsed);
    }

    @Benchmark
    public String renderHtml() {
        return html.render(parsed);
    }
}
