package org.plandoc.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code plandoc}: the top command, which only lists its subcommands. They are
 * added by {@link #commandLine}, not named in the annotation, so that a run builds
 * the model of the one it names only: picocli reads each command's annotations
 * reflectively, and for all four that was most of the start-up time.
 */
@Command(name = "plandoc",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns Chinese government plan documents (工作要点, 工作计划, 实施方案) into data and formatted output.",
    footer = {"", "Examples:", "  plandoc convert plan.txt --to html --standalone -o plan.html", "  plandoc check archive/", "  plandoc targets plan.txt --format csv --bom -o targets.csv",
        "  cat plan.txt | plandoc convert - --to json", "  plandoc diff 2025.docx 2026.html --to html -o changes.html"})
final class PlandocCommand implements Runnable {

    /** The subcommands by name, in the order the help lists them. */
    private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("convert", ConvertCommand.class);
        SUBCOMMANDS.put("check", CheckCommand.class);
        SUBCOMMANDS.put("targets", TargetsCommand.class);
        SUBCOMMANDS.put("tasks", TasksCommand.class);
        SUBCOMMANDS.put("diff", DiffCommand.class);
    }

    /**
     * The command line for {@code args}: with the subcommand {@code args} start with
     * only, else (help, a mistyped name) with all of them, for the help to list and
     * the error to suggest from.
     */
    static CommandLine commandLine(String[] args, java.io.InputStream in) {
        CommandLine cli = new CommandLine(new PlandocCommand(in));
        Class<?> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(args[0], named);
        } else {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        return cli;
    }

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
