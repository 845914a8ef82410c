package org.plandoc.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Severity;
import org.plandoc.parser.internal.Decoder;
import org.plandoc.parser.internal.Marks;
import org.plandoc.parser.internal.Pipeline;

/**
 * Reads Chinese government plan documents (工作要点, 工作计划, 实施方案 …) into the
 * plandoc model: plans, sections, items, with a diagnostic for every repair.
 *
 * <pre>{@code
 * PlanParser parser = PlanParser.builder().build();
 * ParseResult result = parser.parse(Path.of("plan.txt"));
 * for (Plan plan : result.plans()) {
 *     System.out.println(plan.title() + ": " + plan.sections().size() + " sections");
 * }
 * result.diagnostics().forEach(System.err::println);   // 12:1: warning PD101: …
 * }</pre>
 *
 * <p>The parser is lenient: any text gives a result, and what is not structure
 * stays text. It throws only for programmer errors ({@code null}) and I/O.
 * Spans count UTF-16 code units of the decoded text. A parser is immutable and
 * thread-safe: build it once and share it.
 */
public final class PlanParser {

    private final int maxDiagnostics;
    private final Charset charset;

    private PlanParser(Builder builder) {
        this.maxDiagnostics = builder.maxDiagnostics;
        this.charset = builder.charset;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Parses text. The result's charset is {@code null}: the text was already decoded. */
    public ParseResult parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return Pipeline.parse(text, maxDiagnostics, List.of());
    }

    /**
     * Parses a document that a reader of a file format (Word, HTML, PDF) turned into
     * paragraphs with the marks the file gives them. The text is the paragraphs
     * joined by line breaks: spans and line numbers count in it, paragraph {@code k}
     * (0-based) starting on line {@code k + 1} when no paragraph holds a line break.
     */
    public ParseResult parse(List<Paragraph> paragraphs) {
        Objects.requireNonNull(paragraphs, "paragraphs must not be null");
        StringBuilder text = new StringBuilder();
        int[] lines = new int[paragraphs.size()];
        int[] flags = new int[paragraphs.size()];
        int line = 0;
        for (int k = 0; k < paragraphs.size(); k++) {
            Paragraph p = Objects.requireNonNull(paragraphs.get(k), "paragraphs must not hold null");
            if (k > 0) {
                text.append('\n');
            }
            lines[k] = line;
            flags[k] = Marks.flags(p.headingLevel(), p.bold(), p.centred(), p.tableCell());
            text.append(p.text());
            line += 1 + lineBreaks(p.text());
        }
        return Pipeline.parse(text.toString(), Marks.byLine(lines, flags), maxDiagnostics, List.of());
    }

    /** Line ends in {@code s} as {@link org.plandoc.parser.internal.Pipeline} counts them (LF, CR LF, CR). */
    private static int lineBreaks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    /** Reads {@code reader} to its end and parses the text. Does not close it. */
    public ParseResult parse(Reader reader) {
        Objects.requireNonNull(reader, "reader must not be null");
        StringBuilder b = new StringBuilder();
        char[] buf = new char[8192];
        try {
            int n;
            while ((n = reader.read(buf)) >= 0) {
                b.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the input: " + e.getMessage(), e);
        }
        return parse(b.toString());
    }

    /**
     * Parses bytes: a byte-order mark decides the charset, else strict UTF-8, else
     * GB18030 (which covers GBK and GB2312), unless the builder forces one. The
     * result names the charset used.
     */
    public ParseResult parse(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes must not be null");
        Decoder.Decoded decoded = Decoder.decode(bytes, charset);
        List<Diagnostic> notes = new ArrayList<>();
        if (charset == null && decoded.charset().equals("GB18030")) {
            notes.add(new Diagnostic(Severity.INFO, DiagnosticCodes.DECODED_AS_GB18030,
                "the input is not UTF-8; decoded as GB18030", null));
        }
        if (decoded.malformed()) {
            notes.add(new Diagnostic(Severity.ERROR, DiagnosticCodes.MALFORMED_INPUT,
                "bytes that " + decoded.charset() + " cannot decode were replaced with U+FFFD", null));
        }
        return Pipeline.parse(decoded.text(), maxDiagnostics, notes).withCharset(decoded.charset());
    }

    /** Reads {@code in} to its end and parses the bytes as {@link #parse(byte[])} does. Does not close it. */
    public ParseResult parse(InputStream in) {
        Objects.requireNonNull(in, "in must not be null");
        try {
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the input: " + e.getMessage(), e);
        }
    }

    /** Reads the file and parses its bytes as {@link #parse(byte[])} does. */
    public ParseResult parse(Path path) {
        Objects.requireNonNull(path, "path must not be null");
        try {
            return parse(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Builds a {@link PlanParser}. Not thread-safe; the parser it builds is. */
    public static final class Builder {
        private int maxDiagnostics = 1000;
        private Charset charset;

        private Builder() {
        }

        /**
         * At most this many diagnostics are kept (default 1000); one more says how
         * many were left out. Bounds the result on hostile input.
         */
        public Builder maxDiagnostics(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxDiagnostics must be >= 1, was " + max);
            }
            this.maxDiagnostics = max;
            return this;
        }

        /**
         * Decodes bytes with this charset instead of detecting it (default {@code null}:
         * detect). Bytes it cannot decode become U+FFFD and an error diagnostic.
         */
        public Builder charset(Charset charset) {
            this.charset = charset;
            return this;
        }

        public PlanParser build() {
            return new PlanParser(this);
        }
    }
}
