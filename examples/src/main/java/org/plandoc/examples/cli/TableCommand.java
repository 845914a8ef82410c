package org.plandoc.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plandoc.core.ParseResult;
import org.plandoc.formats.Formats;
import org.plandoc.render.table.Column;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** What the commands that write one table over all inputs share: read in parallel, rows kept in input order. */
abstract class TableCommand implements Callable<Integer> {

    @ParentCommand
    PlandocCommand parent;

    @Mixin
    InputOptions in;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv", description = "csv, tsv (default) or json.")
    String format;

    @Option(names = "--bom", description = "CSV: start with a UTF-8 byte-order mark, so that Excel reads the Chinese right.")
    boolean bom;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT instead of standard output.")
    Path output;

    @Option(names = "--force", description = "Replace OUT when it exists: a regular file only, never an input, "
        + "a folder, a device or a link.")
    boolean force;

    abstract List<String> columns();

    /** The rows one input gives. */
    abstract List<List<String>> rows(String file, ParseResult result);

    /** A shared table's typed rows as the text this command writes (empty for none). */
    static List<List<String>> texts(List<List<Object>> typed) {
        List<List<String>> rows = new ArrayList<>(typed.size());
        for (List<Object> row : typed) {
            List<String> cells = new ArrayList<>(row.size());
            row.forEach(c -> cells.add(Column.text(c)));
            rows.add(cells);
        }
        return rows;
    }

    @Override
    public Integer call() {
        in.validate();
        Table table = Table.of(format, bom);
        PrintWriter err = parent.spec.commandLine().getErr();
        List<Inputs.Source> sources = Inputs.expand(in.inputs);
        if (output != null) {
            // the table of all inputs must not land on one of them
            Outputs outputs = new Outputs(sources, force);
            outputs.add(output, null);
            outputs.check();
            Outputs.createFolder(output.getParent(), err, in.quiet);
        }
        Formats formats = in.formats(in.parser());
        List<List<List<String>>> perFile = new ArrayList<>();
        sources.forEach(s -> perFile.add(null));
        Batch batch = in.batch(err, in.quiet);
        batch.run(sources, "read", source -> {
            InputOptions.Loaded loaded = in.load(source, formats, parent.in());
            List<List<String>> own = rows(loaded.name(), loaded.result());
            synchronized (perFile) {
                // a file stopped by --timeout was reported as failed: its rows stay out
                if (!Thread.currentThread().isInterrupted()) {
                    perFile.set(sources.indexOf(source), own);
                }
            }
            return loaded;
        });
        List<List<String>> rows = new ArrayList<>();
        synchronized (perFile) {
            perFile.forEach(r -> {
                if (r != null) {
                    rows.addAll(r);
                }
            });
        }
        String text = table.render(columns(), rows);
        if (output == null) {
            PrintWriter out = parent.spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            Output.write(output, text, force);
        }
        return batch.failed() > 0 ? ExitCodes.IO : ExitCodes.OK;
    }
}
