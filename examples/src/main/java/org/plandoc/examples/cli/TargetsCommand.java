package org.plandoc.examples.cli;

import java.util.List;
import org.plandoc.core.ParseResult;
import org.plandoc.core.TargetKind;
import org.plandoc.render.table.PlanTable;
import picocli.CommandLine.Command;

/**
 * {@code plandoc targets}: one row per target, for a spreadsheet or a supervision
 * system — the plan's commitments, or with {@code --all} every quantity with its kind.
 */
@Command(name = "targets", mixinStandardHelpOptions = true,
    description = "Lists the targets a plan commits to with their plan, section and item, kind, indicator, "
        + "comparator, value, upper bound, unit, normalized value and unit, deadline, placeholder flag and line. "
        + "With --all, every quantity: also results of a reviewed period, baselines, requirements and penalties.",
    footer = {"", "Examples:", "  plandoc targets plan.txt", "  plandoc targets report.txt --all",
        "  plandoc targets archive/ --format csv --bom -o targets.csv", "  plandoc targets plan.txt --format json"})
final class TargetsCommand extends TableCommand {

    static final List<String> COLUMNS = PlanTable.TARGETS.names();

    private static final int KIND = PlanTable.TARGETS.index("kind");

    @picocli.CommandLine.Option(names = "--all",
        description = "List every quantity (results, baselines, requirements, penalties too), not only commitments.")
    boolean all;

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    List<List<String>> rows(String file, ParseResult result) {
        List<List<Object>> rows = PlanTable.TARGETS.rows(file, result);
        if (!all) {
            rows.removeIf(r -> !TargetKind.COMMITMENT.id().equals(r.get(KIND)));
        }
        return texts(rows);
    }
}
