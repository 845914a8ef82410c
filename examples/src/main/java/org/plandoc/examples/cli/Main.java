package org.plandoc.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code plandoc} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command with the given streams; returns the exit code. In-process tests call this. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        QuietLibraries.apply();
        CommandLine cli = PlandocCommand.commandLine(args, in);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug");
            commandLine.getErr().println("plandoc: " + Failure.describe(e));
            if (debug) {
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return e instanceof Failure f ? f.exitCode : ExitCodes.IO;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("plandoc: " + e.getMessage());
            e.getCommandLine().getErr().println("Try 'plandoc " + (e.getCommandLine().getCommandName().equals("plandoc")
                ? "" : e.getCommandLine().getCommandName() + " ") + "--help'.");
            return ExitCodes.IO;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // the one Error worth a message: a huge input needs a bigger heap, not a stack trace
            err.println("plandoc: " + Failure.OUT_OF_MEMORY);
            code = ExitCodes.IO;
        }
        out.flush();
        err.flush();
        return code;
    }
}
