package org.plandoc.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.core.Target;
import org.plandoc.parser.PlanParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code plandoc targets}: one row per target, for a spreadsheet or a supervision system. */
@Command(name = "targets", mixinStandardHelpOptions = true,
    description = "Lists every target (quantified commitment) with its plan, section and item, indicator, "
        + "comparator, value, upper bound, unit, normalized value and unit, deadline, placeholder flag and line.",
    footer = {"", "Examples:", "  plandoc targets plan.txt", "  plandoc targets archive/ --format csv --bom -o targets.csv",
        "  plandoc targets plan.txt --format json"})
final class TargetsCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("file", "plan", "section", "item", "text", "indicator", "comparator",
        "value", "upper", "unit", "normalized_value", "normalized_unit", "deadline", "placeholder", "line");

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

    @Option(names = "--force", description = "Replace OUT when it exists.")
    boolean force;

    @Override
    public Integer call() {
        Table table = Table.of(format, bom);
        PlanParser parser = in.parser();
        List<Inputs.Source> sources = Inputs.expand(in.inputs);
        List<List<String>> rows = new ArrayList<>();
        Batch batch = new Batch(parent.spec.commandLine().getErr(), in.quiet, in.debug);
        // rows are kept in input order: each file's rows are added when all of them are read
        List<List<List<String>>> perFile = new ArrayList<>();
        sources.forEach(s -> perFile.add(null));
        batch.run(sources, in.jobs, "read", source -> {
            InputOptions.Loaded loaded = in.load(source, parser, parent.in());
            List<List<String>> own = rows(loaded.name(), loaded.result());
            synchronized (perFile) {
                perFile.set(sources.indexOf(source), own);
            }
            return loaded.result();
        });
        perFile.forEach(r -> {
            if (r != null) {
                rows.addAll(r);
            }
        });
        String text = table.render(COLUMNS, rows);
        if (output == null) {
            PrintWriter out = parent.spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            Output.write(output, text, null, force);
        }
        return batch.failed() > 0 ? ExitCodes.IO : ExitCodes.OK;
    }

    static List<List<String>> rows(String file, ParseResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < result.plans().size(); p++) {
            Plan plan = result.plans().get(p);
            String planName = plan.title().isEmpty() ? String.valueOf(p + 1) : plan.title();
            plan.targets().forEach(t -> rows.add(row(file, planName, "", "", t)));
            for (Section s : plan.sections()) {
                String section = s.numbering().label() + s.title();
                s.targets().forEach(t -> rows.add(row(file, planName, section, "", t)));
                items(file, planName, section, "", s.items(), rows);
            }
        }
        return rows;
    }

    private static void items(String file, String plan, String section, String path, List<Item> items,
                              List<List<String>> rows) {
        for (Item i : items) {
            String here = path + i.numbering().label();
            for (Target t : i.targets()) {
                rows.add(row(file, plan, section, here, t));
            }
            items(file, plan, section, here, i.items(), rows);
        }
    }

    private static List<String> row(String file, String plan, String section, String item, Target t) {
        return List.of(file, plan, section, item, t.text(), t.indicator(), t.comparator().id(), plain(t.value()),
            plain(t.upper()), t.unit(), t.normalized() == null ? "" : plain(t.normalized().value()),
            t.normalized() == null ? "" : t.normalized().unit(), t.deadline() == null ? "" : t.deadline(),
            String.valueOf(t.placeholder()), t.span() == null ? "" : String.valueOf(t.span().line()));
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
