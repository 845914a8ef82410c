package org.plandoc.examples.cli;

import picocli.CommandLine.Command;

/** {@code plandoc}: the top command, which only lists its subcommands. */
@Command(name = "plandoc",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns Chinese government plan documents (工作要点, 工作计划, 实施方案) into data and formatted output.",
    subcommands = {ConvertCommand.class, CheckCommand.class, TargetsCommand.class, TasksCommand.class, DiffCommand.class},
    footer = {"", "Examples:", "  plandoc convert plan.txt --to html --standalone -o plan.html", "  plandoc check archive/", "  plandoc targets plan.txt --format csv --bom -o targets.csv",
        "  cat plan.txt | plandoc convert - --to json", "  plandoc diff 2025.docx 2026.html --to html -o changes.html"})
final class PlandocCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final java.io.InputStream in;

    PlandocCommand(java.io.InputStream in) {
        this.in = in;
    }

    /** Standard input, or what a test gives in its place. */
    java.io.InputStream in() {
        return in;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
