package org.plandoc.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plandoc.core.Plan;
import org.plandoc.core.diff.PlanChanges;
import org.plandoc.core.diff.PlanDiff;
import org.plandoc.core.diff.Similarity;
import org.plandoc.formats.Formats;
import org.plandoc.render.diff.DiffHtmlRenderer;
import org.plandoc.render.diff.DiffJsonRenderer;
import org.plandoc.render.diff.DiffMarkdownRenderer;
import org.plandoc.render.diff.DiffRenderer;
import org.plandoc.render.diff.DiffTextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code plandoc diff OLD NEW}: what changed from one plan to the next, read through the same path as convert. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Compares two plans — last year's and this year's — and reports sections and items added, removed, "
        + "moved and reworded, and targets raised, lowered, added and dropped.",
        "Items are paired by content, not by number. Either file may be Word, a web page, PDF, text or plandoc data."},
    footer = {"", "Examples:", "  plandoc diff 2025.docx 2026.html",
        "  plandoc diff 2025.docx 2026.txt --to html -o changes.html", "  plandoc diff old.json new.json --to json"})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    PlandocCommand parent;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier plan (a file, or - for standard input).")
    String before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later plan.")
    String after;

    @Option(names = {"-t", "--to"}, paramLabel = "FORMAT", defaultValue = "text",
        description = "text (default), markdown, html (a whole page) or json.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT instead of standard output.")
    Path output;

    @Option(names = "--force", description = "Replace OUT when it exists.")
    boolean force;

    @Option(names = "--all-targets", description = "Compare every quantity, not only the plans' commitments.")
    boolean allTargets;

    @Option(names = "--similarity", paramLabel = "NAME",
        description = "How items are compared: tf-idf (default), dice, cosine or jaro-winkler.")
    String similarity;

    @Option(names = "--threshold", paramLabel = "T",
        description = "How alike (0–1) two items must be to be paired (default: measured for the similarity; see the README).")
    Double threshold;

    @Option(names = "--from", paramLabel = "FORMAT",
        description = "docx, doc, html, pdf, text, json or yaml for both files (default: by their content).")
    String from;

    @Option(names = "--charset", paramLabel = "NAME", description = "Decode text with this charset instead of detecting it.")
    String charset;

    @Option(names = {"-q", "--quiet"}, description = "Show no diagnostics.")
    boolean quiet;

    @Option(names = "--debug", description = "Show the stack trace of an unexpected error.")
    boolean debug;

    @Override
    public Integer call() {
        DiffRenderer renderer = renderer();
        // the library's defaults unless asked: the similarity and threshold it measured together
        PlanDiff.Builder diff = PlanDiff.builder().allTargets(allTargets);
        if (similarity != null) {
            diff.similarity(similarity());
        }
        if (threshold != null) {
            try {
                diff.threshold(threshold);
            } catch (IllegalArgumentException e) {
                throw new Failure("--threshold must be between 0 and 1: " + threshold);
            }
        }
        InputOptions in = new InputOptions();
        in.from = from;
        in.charset = charset;
        if (output != null) {
            // the report must not land on either plan: the output rule every command that writes follows
            Outputs outputs = new Outputs(Inputs.expand(List.of(before, after)), force);
            outputs.add(output, null);
            outputs.check();
        }
        Formats formats = in.formats(in.parser());
        Plan old = read(in, formats, before);
        Plan now = read(in, formats, after);
        PlanChanges changes = diff.build().compare(old, now);
        if (output == null) {
            PrintWriter out = parent.spec.commandLine().getOut();
            renderer.render(changes, out);
            out.flush();
        } else {
            StringBuilder report = new StringBuilder();
            renderer.render(changes, report);
            Output.write(output, report.toString(), force);
        }
        return ExitCodes.OK;
    }

    private DiffRenderer renderer() {
        switch (to.toLowerCase(Locale.ROOT)) {
            case "text": return DiffTextRenderer.builder().build();
            case "markdown": case "md": return DiffMarkdownRenderer.builder().build();
            case "html": return DiffHtmlRenderer.builder().standalone(true).build();
            case "json": return DiffJsonRenderer.builder().build();
            default: throw new Failure("--to must be text, markdown, html or json: " + to);
        }
    }

    private Similarity similarity() {
        for (Similarity s : Similarity.values()) {
            if (s.id().equalsIgnoreCase(similarity)) {
                return s;
            }
        }
        throw new Failure("--similarity must be tf-idf, dice, cosine or jaro-winkler: " + similarity);
    }

    /** The first plan of the file: a report or a plan is one document; a page of several plans is compared by its first. */
    private Plan read(InputOptions in, Formats formats, String argument) {
        List<Inputs.Source> sources = Inputs.expand(List.of(argument));
        if (sources.size() != 1) {
            throw new Failure(argument + ": give one file, not a folder");
        }
        InputOptions.Loaded loaded = in.load(sources.get(0), formats, parent.in());
        PrintWriter err = parent.spec.commandLine().getErr();
        if (!quiet) {
            loaded.result().diagnostics().stream()
                .filter(d -> d.severity() != org.plandoc.core.Severity.INFO)
                .forEach(d -> err.println(loaded.describe(d)));
            err.flush();
        }
        if (loaded.result().plans().isEmpty()) {
            throw new Failure(loaded.name() + ": no plan found" + (loaded.empty() ? " (the file is empty)" : ""));
        }
        return loaded.result().plans().get(0);
    }
}
