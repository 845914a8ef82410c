package org.plandoc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plandoc.core.ParseResult;
import org.plandoc.parser.PlanParser;
import org.plandoc.render.markdown.MarkdownRenderer;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.Seeds;

/**
 * The benchmark corpora: the seed documents repeated whole to a size in UTF-8
 * bytes, as text and as Markdown of the same content (sections as ## headings,
 * items as list entries), written to files so the read limit can be measured.
 */
final class Corpus {

    private Corpus() {
    }

    /** The seed texts repeated whole until the UTF-8 size reaches {@code bytes}. */
    static String text(long bytes) {
        StringBuilder b = new StringBuilder();
        long size = 0;
        while (size < bytes) {
            for (Document d : Seeds.all()) {
                b.append(d.text()).append('\n');
                size += d.text().getBytes(StandardCharsets.UTF_8).length + 1;
                if (size >= bytes) {
                    break;
                }
            }
        }
        return b.toString();
    }

    /** The seeds as plandoc Markdown (items as list entries), repeated to the same size. */
    static String markdown(long bytes) {
        MarkdownRenderer md = MarkdownRenderer.builder().itemsAsList(true).build();
        StringBuilder one = new StringBuilder();
        for (Document d : Seeds.all()) {
            ParseResult r = PlanParser.builder().build().parse(d.text());
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
