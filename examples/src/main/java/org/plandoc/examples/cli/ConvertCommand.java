package org.plandoc.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Severity;
import org.plandoc.parser.PlanParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code plandoc convert}: one document to JSON, YAML, Markdown, HTML or text. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Converts a plan document (text in UTF-8 or GBK/GB18030) to another format.",
    footer = {"", "Examples:", "  plandoc convert plan.txt --to json",
        "  plandoc convert plan.txt --to html --standalone -o plan.html",
        "  plandoc convert plan.yaml --to html -s --style screen    (YAML edited by hand, rendered)",
        "  cat plan.txt | plandoc convert - --to markdown"})
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    PlandocCommand parent;

    @Parameters(index = "0", paramLabel = "INPUT", description = "The file to convert, or - for standard input.")
    String input;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
        description = "json, yaml, markdown, html or text.", converter = FormatConverter.class)
    Format to;

    @Option(names = "--from", paramLabel = "FORMAT",
        description = "text, markdown, json or yaml (default: by the file's extension; text for - and .txt).")
    String from;

    @Option(names = {"-s", "--standalone"}, description = "HTML: a whole page with its styles, not a fragment.")
    boolean standalone;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "gbt9704",
        description = "HTML page style: gbt9704 (official document, default) or screen.")
    String style;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT instead of standard output.")
    Path output;

    @Option(names = "--force", description = "Replace OUT when it exists.")
    boolean force;

    @Option(names = "--charset", paramLabel = "NAME",
        description = "Decode the input with this charset instead of detecting it (UTF-8, GB18030, …).")
    String charset;

    @Option(names = {"-v", "--verbose"}, description = "Also show the charset used and every repair (info diagnostics).")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Show no diagnostics.")
    boolean quiet;

    @Option(names = "--debug", description = "Show the stack trace of an unexpected error.")
    boolean debug;

    @Override
    public Integer call() {
        PlanParser.Builder builder = PlanParser.builder();
        if (charset != null) {
            builder.charset(charset(charset));
        }
        byte[] bytes = Input.read(input, parent.in());
        PrintWriter err = parent.spec.commandLine().getErr();
        String name = input.equals("-") ? "<stdin>" : input;
        if (bytes.length == 0) {
            err.println(name + ": warning: the file is empty");
        }
        boolean data = Input.isData(input, from);
        ParseResult result = data
            ? Input.readData(name, bytes, from == null ? !input.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                : !from.equalsIgnoreCase("json"))
            : builder.build().parse(bytes);
        if (verbose) {
            err.println(name + ": charset " + result.charset());
        }
        // diagnostics read from data speak of the original text, not of this file
        if (!quiet && !data) {
            for (Diagnostic d : result.diagnostics()) {
                if (verbose || d.severity() != Severity.INFO) {
                    err.println(name + ":" + d);
                }
            }
        }
        String sourceName = input.equals("-") ? null : Path.of(input).getFileName().toString();
        String rendered = to.renderer(sourceName, standalone, style).render(result);
        if (output == null) {
            PrintWriter out = parent.spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
        } else {
            Output.write(output, rendered, input.equals("-") ? null : Path.of(input), force);
        }
        return result.has(Severity.ERROR) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Failure("unknown charset: " + name);
        }
    }
}
