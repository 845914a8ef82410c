package org.plandoc.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Severity;
import org.plandoc.formats.Formats;
import org.plandoc.render.PlanRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code plandoc convert}: documents to JSON, YAML, Markdown, HTML, text or Word. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Converts plan documents (Word .docx and .doc, web pages, PDF, text in UTF-8 or GBK/GB18030, "
        + "Markdown, or plandoc's JSON/YAML) to another format; Word, web pages, PDF and text are told apart by "
        + "their content. A folder is converted recursively into the folder -o names, mirroring its tree.",
    footer = {"", "Examples:", "  plandoc convert plan.txt --to json", "  plandoc convert plan.docx --to markdown",
        "  plandoc convert page.html --to yaml                     (a government web page: its article and metadata)",
        "  plandoc convert plan.txt --to html --standalone -o plan.html",
        "  plandoc convert plan.txt --to docx -o plan.docx          (Word, laid out as GB/T 9704)",
        "  plandoc convert plan.yaml --to html -s --style screen    (YAML edited by hand, rendered)",
        "  plandoc convert archive/ --to json -o out/              (every file below archive/)",
        "  cat plan.txt | plandoc convert - --to markdown"})
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    PlandocCommand parent;

    @Mixin
    InputOptions in;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
        description = "json, yaml, markdown, html, text or docx (needs -o).", converter = FormatConverter.class)
    Format to;

    @Option(names = {"-s", "--standalone"}, description = "HTML: a whole page with its styles, not a fragment.")
    boolean standalone;

    @Option(names = "--style", paramLabel = "STYLE",
        description = "HTML page style: gbt9704 (official document, default) or screen; "
            + "for docx, screen adds the line of lead units and deadlines under each item. "
            + "Other formats have no style: --style with them is a usage error.")
    String style;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
        description = "Write to OUT instead of standard output (a folder when converting a folder or several files).")
    Path output;

    @Option(names = "--force", description = "Replace outputs that exist: regular files only, never an input, "
        + "a folder, a device or a link.")
    boolean force;

    @Override
    public Integer call() {
        in.validate();
        PrintWriter err = parent.spec.commandLine().getErr();
        if (style != null && to != Format.HTML && to != Format.DOCX) {
            // said, not ignored: a style given for JSON was meant for something
            throw in.usage("--style applies to --to html and docx only, not to --to " + to.name().toLowerCase(Locale.ROOT));
        }
        if (standalone && to != Format.HTML) {
            throw in.usage("-s/--standalone applies to --to html only");
        }
        if (to.binary() && output == null) {
            // a zip archive on a terminal is garbage, and in a pipe it is seldom what was meant
            throw new Failure("--to docx writes a Word file, which is binary: name it with -o "
                + "(plandoc convert plan.txt --to docx -o plan.docx)");
        }
        List<Inputs.Source> sources = Inputs.expand(in.inputs, output);
        boolean many = sources.size() > 1 || Inputs.anyFolder(in.inputs);
        Formats formats = in.formats(in.parser());
        if (!many) {
            Inputs.Source source = sources.get(0);
            if (output != null) {
                Outputs outputs = new Outputs(sources, force);
                outputs.add(output, source);
                outputs.check();
                Outputs.createFolder(output.getParent(), err, in.quiet);
            }
            try {
                InputOptions.Loaded loaded = in.load(source, formats, parent.in());
                Diagnostics.print(err, loaded, in.verbose, in.quiet);
                if (output == null) {
                    PrintWriter out = parent.spec.commandLine().getOut();
                    renderer(source).render(loaded.result(), out);
                    out.flush();
                } else {
                    write(output, loaded, source);
                }
                return loaded.result().has(Severity.ERROR) ? ExitCodes.FINDINGS : ExitCodes.OK;
            } catch (OutOfMemoryError e) {
                throw new Failure(source.display() + ": " + Failure.OUT_OF_MEMORY);
            }
        }
        if (output == null) {
            throw new Failure("several inputs need -o FOLDER for their outputs", ExitCodes.USAGE);
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new Failure(output + ": is a file; give a folder with -o when converting a folder or several files",
                ExitCodes.USAGE);
        }
        if (sources.stream().anyMatch(s -> s.path() == null)) {
            throw new Failure("- (standard input) cannot be converted with other inputs", ExitCodes.USAGE);
        }
        // every output is known, and checked against the inputs and each other, before one is written
        Map<Inputs.Source, Path> targets = new HashMap<>();
        Outputs outputs = new Outputs(sources, force);
        for (Inputs.Source s : sources) {
            Path target = output.resolve(outputName(s.relative()));
            targets.put(s, target);
            outputs.add(target, s);
        }
        outputs.check();
        Outputs.createFolder(output, err, in.quiet);
        Batch batch = in.batch(err, in.quiet);
        batch.run(sources, "converted", source -> {
            InputOptions.Loaded loaded = in.load(source, formats, parent.in());
            Diagnostics.print(err, loaded, in.verbose, in.quiet);
            write(targets.get(source), loaded, source);
            return loaded;
        });
        if (batch.failed() > 0) {
            return ExitCodes.IO;
        }
        return batch.errors() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void write(Path target, InputOptions.Loaded loaded, Inputs.Source source) {
        if (to.binary()) {
            var docx = to.docx(style());
            Output.writeBytes(target, out -> docx.render(loaded.result(), out), force);
        } else {
            PlanRenderer renderer = renderer(source);
            Output.write(target, w -> renderer.render(loaded.result(), w), force);
        }
    }

    private PlanRenderer renderer(Inputs.Source source) {
        return to.renderer(InputOptions.sourceName(source), standalone, style());
    }

    private String style() {
        return style == null ? "gbt9704" : style;
    }

    /** plan.txt → plan.json: the same path below the output folder, with the format's extension. */
    private Path outputName(Path relative) {
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String file = base + "." + to.extension();
        Path parentDir = relative.getParent();
        return parentDir == null ? Path.of(file) : parentDir.resolve(file);
    }

    /** Prints diagnostics as compilers do; diagnostics read from data speak of the original text and are not shown. */
    static final class Diagnostics {
        private Diagnostics() {
        }

        static void print(PrintWriter err, InputOptions.Loaded loaded, boolean verbose, boolean quiet) {
            if (quiet) {
                return;
            }
            StringBuilder b = new StringBuilder();
            if (loaded.empty()) {
                b.append(loaded.name()).append(": warning: the file is empty\n");
            }
            if (verbose && !loaded.data() && !loaded.format().equals("text")) {
                b.append(loaded.name()).append(": read as ").append(loaded.format()).append('\n');
            }
            if (verbose && loaded.result().charset() != null) {
                b.append(loaded.name()).append(": charset ").append(loaded.result().charset()).append('\n');
            }
            if (!loaded.data()) {
                for (Diagnostic d : loaded.result().diagnostics()) {
                    if (verbose || d.severity() != Severity.INFO) {
                        b.append(loaded.describe(d)).append('\n');
                    }
                }
            }
            if (b.length() > 0) {
                synchronized (err) {
                    err.print(b);
                    err.flush();
                }
            }
        }
    }
}
