package org.plandoc.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.core.Target;
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

    static final List<String> COLUMNS = List.of("file", "plan", "section", "item", "text", "kind", "indicator",
        "comparator", "value", "upper", "unit", "normalized_value", "normalized_unit", "deadline", "placeholder", "line");

    @picocli.CommandLine.Option(names = "--all",
        description = "List every quantity (results, baselines, requirements, penalties too), not only commitments.")
    boolean all;

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    List<List<String>> rows(String file, ParseResult result) {
        List<List<String>> rows = table(file, result);
        if (!all) {
            rows.removeIf(r -> !r.get(5).equals(org.plandoc.core.TargetKind.COMMITMENT.id()));
        }
        return rows;
    }

    /** Every quantity of {@code result}, one row each, commitments and the rest. */
    static List<List<String>> table(String file, ParseResult result) {
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
        return List.of(file, plan, section, item, t.text(), t.kind().id(), t.indicator(), t.comparator().id(), plain(t.value()),
            plain(t.upper()), t.unit(), t.normalized() == null ? "" : plain(t.normalized().value()),
            t.normalized() == null ? "" : t.normalized().unit(), t.deadline() == null ? "" : t.deadline().text(),
            String.valueOf(t.placeholder()), t.span() == null ? "" : String.valueOf(t.span().line()));
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
