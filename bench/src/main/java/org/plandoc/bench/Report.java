package org.plandoc.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.plandoc.core.ParseResult;
import org.plandoc.parser.PlanParser;

/**
 * Runs the benchmarks (JMH options on the command line work as usual, e.g.
 * {@code -p megabytes=10 -wi 2 -i 3}) and prints MB/s with the ratios the
 * performance goals are stated in, then the heap the parsed model retains.
 */
public final class Report {

    private Report() {
    }

    public static void main(String[] args) throws Exception {
        Options cli = new CommandLineOptions(args);
        OptionsBuilder builder = new OptionsBuilder();
        builder.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            builder.include(ThroughputBenchmark.class.getSimpleName());
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        // Keyed by size, then corpus: the renderers' rows (no corpus parameter) sit with the seeds, whose model they write.
        Map<Integer, Map<String, Map<String, Double>>> msBySize = new TreeMap<>();
        Map<String, Double> docx = new TreeMap<>();
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().contains("DocxBenchmark")) {
                docx.put(r.getParams().getBenchmark().replaceAll(".*\\.", ""), r.getPrimaryResult().getScore());
                continue;
            }
            int size = Integer.parseInt(r.getParams().getParam("megabytes"));
            String corpus = r.getParams().getParam("corpus") == null ? "seeds" : r.getParams().getParam("corpus");
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            msBySize.computeIfAbsent(size, k -> new TreeMap<>()).computeIfAbsent(corpus, k -> new TreeMap<>())
                .put(name, r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
            + " cores, " + System.getProperty("os.arch"));
        if (!msBySize.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-18s %8s %-10s %10s %14s %14s%n", "benchmark", "MB", "corpus", "MB/s", "× commonmark",
                "× read limit");
        }
        for (Map.Entry<Integer, Map<String, Map<String, Double>>> bySize : msBySize.entrySet()) {
            double mb = bySize.getKey();
            for (Map.Entry<String, Map<String, Double>> e : bySize.getValue().entrySet()) {
                Map<String, Double> ms = e.getValue();
                for (Map.Entry<String, Double> b : ms.entrySet()) {
                    double mbps = mb / (b.getValue() / 1000.0);
                    System.out.printf(Locale.ROOT, "%-18s %8.0f %-10s %10.1f %14s %14s%n", b.getKey(), mb, e.getKey(), mbps,
                        ratio(ms.get("commonmarkParse"), b.getValue()), ratio(ms.get("readLimit"), b.getValue()));
                }
                ratioLine("JSON vs Jackson tree", ms.get("jacksonJsonTree"), ms.get("renderJson"));
                ratioLine("YAML vs Jackson tree", ms.get("jacksonYamlTree"), ms.get("renderYaml"));
            }
        }
        if (docx.containsKey("parse") && docx.containsKey("renderDocx")) {
            System.out.printf(Locale.ROOT, "100-page plan: parse %.1f ms, .docx render %.1f ms: render ÷ parse %.2f%n",
                docx.get("parse"), docx.get("renderDocx"), docx.get("renderDocx") / docx.get("parse"));
        }
        if (!msBySize.isEmpty()) {
            retained();
        }
    }

    private static String ratio(Double peerMs, double ms) {
        return peerMs == null ? "" : String.format(Locale.ROOT, "%.2f", peerMs / ms);
    }

    private static void ratioLine(String what, Double peerMs, Double ms) {
        if (peerMs != null && ms != null) {
            System.out.printf(Locale.ROOT, "  %s: %.2f× Jackson's speed%n", what, peerMs / ms);
        }
    }

    /** Heap the parsed model of 10 MB of text keeps alive, per MB of input, for each corpus. */
    private static void retained() {
        retained("seeds");
        retained("realworld");
    }

    private static void retained(String corpus) {
        String text = Corpus.text(corpus, 10_000_000L);
        double mb = Corpus.megabytes(text);
        long before = used();
        ParseResult result = PlanParser.builder().build().parse(text);
        long after = used();
        List<Object> keep = new ArrayList<>();
        keep.add(result);
        System.out.printf(Locale.ROOT, "model retained (%s): %.1f MB for %.1f MB of UTF-8 text: %.2f× the input%n",
            corpus, (after - before) / 1e6, mb, (after - before) / 1e6 / mb);
        if (keep.isEmpty()) {
            System.out.println();
        }
    }

    private static long used() {
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
