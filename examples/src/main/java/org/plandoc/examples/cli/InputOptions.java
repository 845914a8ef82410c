package org.plandoc.examples.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.ParseResult;
import org.plandoc.formats.FormatException;
import org.plandoc.formats.Formats;
import org.plandoc.formats.ReadResult;
import org.plandoc.formats.SourceFormat;
import org.plandoc.formats.SourceMap;
import org.plandoc.parser.PlanParser;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options every command shares: what to read and how. */
final class InputOptions {

    @Parameters(paramLabel = "INPUT", arity = "1..*",
        description = "Files or folders (read recursively), or - for standard input.")
    List<String> inputs;

    @Option(names = "--from", paramLabel = "FORMAT",
        description = "docx, doc, html, pdf, text (or markdown), json or yaml (default: Word, web pages, PDF and text "
            + "by their content; json and yaml by the extension .json, .yaml, .yml).")
    String from;

    @Option(names = "--charset", paramLabel = "NAME",
        description = "Decode text with this charset instead of detecting it (UTF-8, GB18030, …).")
    String charset;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
        description = "Files processed at once, at least 1 (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-size", paramLabel = "SIZE", converter = Sizes.class,
        description = "Refuse files larger than SIZE, before reading them: bytes, or with K, M or G "
            + "(default: 128M, the parser's limit).")
    long maxSize = PlanParser.DEFAULT_MAX_INPUT_SIZE;

    @Option(names = "--timeout", paramLabel = "SECONDS",
        description = "Give up on a file that takes longer than SECONDS (a decimal, more than 0); "
            + "it is reported as failed and the batch goes on (default: no limit). convert applies it when "
            + "converting several files or a folder.")
    Double timeout;

    @Option(names = {"-v", "--verbose"}, description = "Also show the charset used and every repair (info diagnostics).")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Show no diagnostics, no progress and no summary: "
        + "only failures, and the exit code.")
    boolean quiet;

    @Option(names = "--debug", description = "Show the stack trace of an unexpected error.")
    boolean debug;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** A usage error of this command: one line, then where to find help, exit code 2. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Refuses options that contradict each other or have no meaning, rather than guess. */
    void validate() {
        if (jobs < 1) {
            throw usage("-j/--jobs must be at least 1 (files processed at once), was " + jobs);
        }
        if (quiet && verbose) {
            throw usage("-q/--quiet and -v/--verbose contradict each other: give one");
        }
        if (timeout != null && !(timeout > 0 && timeout < Long.MAX_VALUE / 1e9)) {
            throw usage("--timeout must be a number of seconds more than 0, was " + timeout);
        }
    }

    /** The batch that runs this command's files: with -j, --timeout and --debug. */
    Batch batch(java.io.PrintWriter err, boolean quietProgress) {
        return new Batch(err, quietProgress, debug, jobs, timeout == null ? 0 : timeout);
    }

    /**
     * One input read and parsed: its name for messages, its result, whether it was plandoc
     * data, and what the file was (format, charset, the map that gives diagnostics their place).
     */
    record Loaded(String name, ParseResult result, boolean data, boolean empty, String format, SourceMap map) {

        /** A diagnostic as a compiler prints it, placed in the file: {@code plan.docx:¶12: warning …}. */
        String describe(Diagnostic d) {
            // without a place, the file alone, as compilers print it: "page.html: info PD504: …"
            String where = d.span() == null ? " " : map.describe(d.span()) + ": ";
            return name + ":" + where + d.severity().id() + " " + d.code() + ": " + d.message();
        }
    }

    PlanParser parser() {
        PlanParser.Builder builder = PlanParser.builder().maxInputSize(maxSize);
        if (charset != null) {
            try {
                builder.charset(Charset.forName(charset));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new Failure("unknown charset: " + charset);
            }
        }
        return builder.build();
    }

    /** Reads files of any format the formats module knows, with this parser and the {@code --from} override. */
    Formats formats(PlanParser parser) {
        Formats.Builder b = Formats.builder().parser(parser);
        if (from != null && !Input.isData("", from)) {
            b.from(SourceFormat.fromId(from));
        }
        return b.build();
    }

    /** Reads one file (or standard input): plandoc data, or a document in any format, told by its content. */
    Loaded load(Inputs.Source source, Formats formats, java.io.InputStream stdin) {
        byte[] bytes = Input.read(source.argument(), stdin, maxSize);
        String name = source.display();
        boolean data = Input.isData(source.argument(), from);
        if (data) {
            ParseResult result = Input.readData(name, bytes, from == null
                ? !source.argument().toLowerCase(Locale.ROOT).endsWith(".json") : !from.equalsIgnoreCase("json"));
            return new Loaded(name, result, true, bytes.length == 0, "data", SourceMap.identity());
        }
        QuietLibraries.before(bytes);
        try {
            ReadResult read = formats.read(bytes, name);
            return new Loaded(name, read.result(), false, bytes.length == 0, read.format().id(), read.sourceMap());
        } catch (FormatException e) {
            Failure f = new Failure(e.getMessage());
            f.initCause(e);     // for --debug
            throw f;
        }
    }

    /** The file name recorded as {@code source.name}, or null for standard input. */
    static String sourceName(Inputs.Source source) {
        return source.path() == null ? null : source.path().getFileName().toString();
    }
}
