package org.plandoc.examples.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import org.plandoc.core.ParseResult;
import org.plandoc.parser.PlanParser;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command shares: what to read and how. */
final class InputOptions {

    @Parameters(paramLabel = "INPUT", arity = "1..*",
        description = "Files or folders (read recursively), or - for standard input.")
    List<String> inputs;

    @Option(names = "--from", paramLabel = "FORMAT",
        description = "text, markdown, json or yaml (default: by each file's extension; text for - and .txt).")
    String from;

    @Option(names = "--charset", paramLabel = "NAME",
        description = "Decode text with this charset instead of detecting it (UTF-8, GB18030, …).")
    String charset;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
        description = "Files processed at once (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-v", "--verbose"}, description = "Also show the charset used and every repair (info diagnostics).")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Show no diagnostics and no progress.")
    boolean quiet;

    @Option(names = "--debug", description = "Show the stack trace of an unexpected error.")
    boolean debug;

    /** One input read and parsed: its name for messages, its result, whether it was plandoc data. */
    record Loaded(String name, ParseResult result, boolean data, boolean empty) {
    }

    PlanParser parser() {
        PlanParser.Builder builder = PlanParser.builder();
        if (charset != null) {
            try {
                builder.charset(Charset.forName(charset));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new Failure("unknown charset: " + charset);
            }
        }
        return builder.build();
    }

    /** Reads one file (or standard input) as text or as plandoc data. */
    Loaded load(Inputs.Source source, PlanParser parser, java.io.InputStream stdin) {
        byte[] bytes = Input.read(source.argument(), stdin);
        String name = source.display();
        boolean data = Input.isData(source.argument(), from);
        ParseResult result = data
            ? Input.readData(name, bytes, from == null ? !source.argument().toLowerCase(Locale.ROOT).endsWith(".json")
                : !from.equalsIgnoreCase("json"))
            : parser.parse(bytes);
        return new Loaded(name, result, data, bytes.length == 0);
    }

    /** The file name recorded as {@code source.name}, or null for standard input. */
    static String sourceName(Inputs.Source source) {
        return source.path() == null ? null : source.path().getFileName().toString();
    }
}
