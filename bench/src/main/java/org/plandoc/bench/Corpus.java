package org.plandoc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plandoc.core.ParseResult;
import org.plandoc.parser.PlanParser;
import org.plandoc.render.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.List;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.RealDocument;
import org.plandoc.seeds.Seeds;

/**
 * The benchmark corpora: documents repeated whole to a size in UTF-8 bytes,
 * as text and as Markdown of the same content (sections as ## headings, items
 * as list entries), written to files so the read limit can be measured. The
 * documents are the seeds ({@code seeds}), the real-world texts
 * ({@code realworld}: government work reports and laws as published, longer
 * and less regular than the seeds) or both ({@code mixed}).
 */
final class Corpus {

    private Corpus() {
    }

    /** The seed texts repeated whole until the UTF-8 size reaches {@code bytes}. */
    static String text(long bytes) {
        return text("seeds", bytes);
    }

    /** The texts of a corpus ({@code seeds}, {@code realworld} or {@code mixed}) repeated whole until the UTF-8 size reaches {@code bytes}. */
    static String text(String corpus, long bytes) {
        List<String> texts = texts(corpus);
        StringBuilder b = new StringBuilder();
        long size = 0;
        while (size < bytes) {
            for (String t : texts) {
                b.append(t).append('\n');
                size += t.getBytes(StandardCharsets.UTF_8).length + 1;
                if (size >= bytes) {
                    break;
                }
            }
        }
        return b.toString();
    }

    static List<String> texts(String corpus) {
        List<String> texts = new ArrayList<>();
        if (corpus.equals("seeds") || corpus.equals("mixed")) {
            for (Document d : Seeds.all()) {
                texts.add(d.text());
            }
        }
        if (corpus.equals("realworld") || corpus.equals("mixed")) {
            for (RealDocument d : Seeds.realworld()) {
                if (d.format().equals("text")) {
                    texts.add(d.text());
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no corpus " + corpus + ": seeds, realworld or mixed");
        }
        return texts;
    }

    /** The seeds as plandoc Markdown (items as list entries), repeated to the same size. */
    static String markdown(long bytes) {
        return markdown("seeds", bytes);
    }

    /** A corpus as plandoc Markdown (items as list entries), repeated to the same size. */
    static String markdown(String corpus, long bytes) {
        MarkdownRenderer md = MarkdownRenderer.builder().itemsAsList(true).build();
        StringBuilder one = new StringBuilder();
        for (String t : texts(corpus)) {
            ParseResult r = PlanParser.builder().build().parse(t);
            one.append(md.render(r)).append('\n');
        }
        String unit = one.toString();
        long unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder b = new StringBuilder();
        for (long size = 0; size < bytes; size += unitBytes) {
            b.append(unit);
        }
        return b.toString();
    }

    static Path write(String name, String content) {
        try {
            Path file = Files.createTempFile("plandoc-" + name, ".txt");
            file.toFile().deleteOnExit();
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double megabytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length / 1_000_000.0;
    }
}
