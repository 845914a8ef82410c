package org.plandoc.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.formats.internal.DocReader;
import org.plandoc.formats.internal.DocxReader;
import org.plandoc.formats.internal.Extraction;
import org.plandoc.formats.internal.HtmlReader;
import org.plandoc.formats.internal.PdfReader;
import org.plandoc.parser.PlanParser;

/**
 * Reads plans from the files people have them in — Word (.docx and .doc), web
 * pages, PDF and text — telling the format by the content, not the name.
 *
 * <pre>{@code
 * Formats formats = Formats.builder().build();              // immutable, thread-safe: build once
 * ReadResult read = formats.read(Path.of("2025年工作要点.docx"));
 * for (Plan plan : read.result().plans()) {
 *     System.out.println(plan.title() + ": " + plan.sections().size() + " sections");
 * }
 * read.result().diagnostics().forEach(d -> System.err.println(read.describe(d)));   // 2025年工作要点.docx:¶12: …
 * }</pre>
 *
 * <p>Each reader turns its file into paragraphs with the marks the file gives them
 * (heading level, bold, centred, table cell; Word's automatic numbers printed into
 * the text as Word shows them) and hands them to {@link PlanParser#parse(List)}; a
 * text file goes to the parser as bytes. What the file states about the document
 * besides its text (a web page's metadata table) fills the first plan's
 * metadata where the text does not say it. A file that cannot be read is one
 * {@link FormatException} naming the file and the reason.
 */
public final class Formats {

    private final PlanParser parser;
    private final SourceFormat from;
    private final int maxPages;

    private Formats(Builder builder) {
        this.parser = builder.parser;
        this.from = builder.from;
        this.maxPages = builder.maxPages;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and parses the file at {@code path}; its file name is used in messages.
     *
     * @throws FormatException      when the file is not one of the formats, or is corrupt, encrypted or hostile
     * @throws UncheckedIOException when the file cannot be read
     */
    public ReadResult read(Path path) {
        Objects.requireNonNull(path, "path must not be null");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path + ": " + e.getMessage(), e);
        }
        return read(bytes, path.getFileName() == null ? path.toString() : path.getFileName().toString());
    }

    /**
     * Reads and parses a file's bytes.
     *
     * @param name the file's name, for messages and the result
     * @throws FormatException when the bytes are not one of the formats, or are corrupt, encrypted or hostile
     */
    public ReadResult read(byte[] bytes, String name) {
        Objects.requireNonNull(bytes, "bytes must not be null");
        Objects.requireNonNull(name, "name must not be null");
        SourceFormat format = from != null ? from : SourceFormat.detect(bytes);
        if (format == null) {
            throw new FormatException(name, "looks like " + SourceFormat.describe(bytes)
                + "; plandoc reads .docx, .doc, web pages, PDF and text", null);
        }
        if (format == SourceFormat.TEXT) {
            ParseResult result = parser.parse(bytes);
            return new ReadResult(name, format, result.charset(), List.of(), SourceMap.identity(), PlanMetadata.EMPTY,
                result);
        }
        Extraction extraction = extract(format, bytes, name);
        ParseResult parsed = parser.parse(extraction.paragraphs());
        List<Diagnostic> diagnostics = new ArrayList<>(extraction.notes());
        diagnostics.addAll(parsed.diagnostics());
        ParseResult result = new ParseResult(merge(parsed.plans(), extraction.metadata()), diagnostics,
            extraction.charset());
        return new ReadResult(name, format, extraction.charset(), extraction.paragraphs(), SourceMap.of(extraction),
            extraction.metadata(), result);
    }

    private Extraction extract(SourceFormat format, byte[] bytes, String name) {
        try {
            switch (format) {
                case DOCX: return DocxReader.read(bytes, name);
                case DOC: return DocReader.read(bytes, name);
                case HTML: return HtmlReader.read(bytes, name);
                default: return PdfReader.read(bytes, name, maxPages);
            }
        } catch (FormatException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new FormatException(name, "the " + format.id() + " file is nested too deeply to read", null);
        } catch (RuntimeException e) {
            // whatever the library underneath throws on a damaged file: one line, the cause kept for --debug
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new FormatException(name, "not a readable " + format.id() + " file: " + m, e);
        }
    }

    /** The file's metadata fills what the first plan's text does not state. */
    private static List<Plan> merge(List<Plan> plans, PlanMetadata file) {
        if (plans.isEmpty() || file.isEmpty()) {
            return plans;
        }
        List<Plan> out = new ArrayList<>(plans);
        Plan p = plans.get(0);
        PlanMetadata m = p.metadata();
        PlanMetadata merged = new PlanMetadata(
            m.issuer() != null ? m.issuer() : file.issuer(),
            m.date() != null ? m.date() : file.date(),
            m.documentNumber() != null ? m.documentNumber() : file.documentNumber(),
            m.recipients() != null ? m.recipients() : file.recipients(),
            m.published() != null ? m.published() : file.published(),
            m.source() != null ? m.source() : file.source());
        out.set(0, new Plan(p.title(), merged, p.preamble(), p.sections(), p.closing(), p.targets(), p.span()));
        return out;
    }

    /** Builds a {@link Formats}. Not thread-safe; what it builds is. */
    public static final class Builder {
        private PlanParser parser = PlanParser.builder().build();
        private SourceFormat from;
        private int maxPages = 2000;

        private Builder() {
        }

        /** The parser the paragraphs go to (default {@code PlanParser.builder().build()}). */
        public Builder parser(PlanParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser must not be null");
            return this;
        }

        /** Reads every file as this format instead of detecting it (default {@code null}: detect by content). */
        public Builder from(SourceFormat format) {
            this.from = format;
            return this;
        }

        /**
         * A PDF with more pages is refused (default 2000): bounds the work a hostile
         * file can ask for. Reading is linear in the pages; 500 pages take seconds.
         */
        public Builder maxPages(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxPages must be >= 1, was " + max);
            }
            this.maxPages = max;
            return this;
        }

        public Formats build() {
            return new Formats(this);
        }
    }
}
