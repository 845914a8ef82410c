package org.plandoc.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Severity;
import org.plandoc.formats.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code plandoc check}: the diagnostics of documents, as a compiler prints them. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Prints what plandoc repaired or doubts in each document, one diagnostic per line "
        + "(file:line:column: severity CODE: message), then a summary. "
        + "Exit code 0 when clean, 1 for errors (or warnings with --strict), 2 for usage or I/O problems; "
        + "-q prints nothing but failures, for the exit code alone.",
    footer = {"", "Examples:", "  plandoc check plan.txt", "  plandoc check archive/ --strict -q"})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    PlandocCommand parent;

    @Mixin
    InputOptions in;

    @Option(names = "--strict", description = "Exit with 1 when there are warnings, too.")
    boolean strict;

    @Override
    public Integer call() {
        in.validate();
        PrintWriter out = parent.spec.commandLine().getOut();
        PrintWriter err = parent.spec.commandLine().getErr();
        var sources = Inputs.expand(in.inputs);
        Formats formats = in.formats(in.parser());
        // a check reports on standard output: the diagnostics are its result, so no progress on standard error
        Batch batch = in.batch(err, true);
        batch.run(sources, "checked", source -> {
            InputOptions.Loaded loaded = in.load(source, formats, parent.in());
            if (in.quiet) {
                return loaded;      // -q: the exit code says it all
            }
            StringBuilder b = new StringBuilder();
            if (loaded.empty()) {
                b.append(loaded.name()).append(": warning: the file is empty\n");
            }
            for (Diagnostic d : loaded.result().diagnostics()) {
                if (in.verbose || d.severity() != Severity.INFO) {
                    b.append(loaded.describe(d)).append('\n');
                }
            }
            synchronized (out) {
                out.print(b);
                out.flush();
            }
            return loaded;
        });
        if (!in.quiet) {
            out.println(sources.size() + " files: " + batch.warnings() + " warnings, " + batch.errors() + " errors"
                + (batch.failed() > 0 ? ", " + batch.failed() + " could not be read" : ""));
            out.flush();
        }
        if (batch.failed() > 0) {
            return ExitCodes.IO;
        }
        return batch.errors() > 0 || (strict && batch.warnings() > 0) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
