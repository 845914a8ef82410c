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

    /** The default of {@link Builder#maxInputSize}: 128 MiB, room for a 100 MB plan. */
    public static final long DEFAULT_MAX_INPUT_SIZE = 128L << 20;

    private final int maxDiagnostics;
    private final Charset charset;
    private final long maxInputSize;

    private PlanParser(Builder builder) {
        this.maxDiagnostics = builder.maxDiagnostics;
        this.charset = builder.charset;
        this.maxInputSize = builder.maxInputSize;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Parses text. The result's charset is {@code null}: the text was already decoded. */
    public ParseResult parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        checkChars(text.length());
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
            checkChars((long) text.length() + p.text().length());
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
                checkChars(b.length());
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
        if (bytes.length > maxInputSize) {
            throw new InputTooLargeException("bytes", maxInputSize);
        }
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
            return parse(readAtMost(in));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the input: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the file and parses its bytes as {@link #parse(byte[])} does. A file larger
     * than the limit is refused before it is read.
     */
    public ParseResult parse(Path path) {
        Objects.requireNonNull(path, "path must not be null");
        try {
            if (Files.isRegularFile(path) && Files.size(path) > maxInputSize) {
                throw new InputTooLargeException("bytes", maxInputSize);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return parse(readAtMost(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path + ": " + e.getMessage(), e);
        }
    }

    /** All of {@code in}, reading one byte past the limit at most: an endless stream is refused, not read. */
    private byte[] readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInputSize + 1));
        if (bytes.length > maxInputSize) {
            throw new InputTooLargeException("bytes", maxInputSize);
        }
        return bytes;
    }

    private void checkChars(long length) {
        if (length > maxInputSize) {
            throw new InputTooLargeException("chars", maxInputSize);
        }
    }

    /** Builds a {@link PlanParser}. Not thread-safe; the parser it builds is. */
    public static final class Builder {
        private int maxDiagnostics = 1000;
        private Charset charset;
        private long maxInputSize = DEFAULT_MAX_INPUT_SIZE;

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

        /**
         * The largest input parsed (default {@link PlanParser#DEFAULT_MAX_INPUT_SIZE}, 128 MiB): bytes
         * for a byte array, stream or file, chars (UTF-16 code units) for text. A larger
         * input throws {@link InputTooLargeException}, and a stream or file is read no
         * further than the limit, so an endless one ({@code /dev/zero}) cannot fill the
         * heap. Parsing needs a heap of about ten times the input: give a server a limit
         * its heap can hold.
         */
        public Builder maxInputSize(long max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxInputSize must be >= 1, was " + max);
            }
            this.maxInputSize = max;
            return this;
        }

        public PlanParser build() {
            return new PlanParser(this);
        }
    }
}
