package org.plandoc.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.plandoc.core.Item;
import org.plandoc.core.ItemEntry;
import org.plandoc.core.NumberPath;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import picocli.CommandLine.Command;

/**
 * {@code plandoc tasks}: the task breakdown table (任务分解表), one row per leaf item,
 * and per section that is a task itself (no items, units of its own).
 */
@Command(name = "tasks", mixinStandardHelpOptions = true,
    description = "Writes the task breakdown table (任务分解表): one row per leaf item with its number path (序号), "
        + "section, title, text, targets, lead units, supporting units and deadline, ready to import into a "
        + "supervision system.",
    footer = {"", "Examples:", "  plandoc tasks plan.txt", "  plandoc tasks plan.txt --format csv --bom -o tasks.csv"})
final class TasksCommand extends TableCommand {

    static final List<String> COLUMNS = List.of("file", "序号", "section", "title", "text", "targets", "lead_units",
        "supporting_units", "deadline", "deadline_date", "deadline_precision");

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    List<List<String>> rows(String file, ParseResult result) {
        return table(file, result);
    }

    /**
     * One row per leaf item, and per section that is a task itself, from the model's query API: the 序号 is the
     * {@link NumberPath}, built from the recovered ordinals, so it is unique and repaired where the printed numbers
     * are not (three items printed {@code (二十)} are {@code 七.（二十）}, {@code 七.（二十一）}, {@code 七.（二十二）}).
     */
    static List<List<String>> table(String file, ParseResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (Plan plan : result.plans()) {
            List<ItemEntry> leaves = plan.items().filter(e -> e.item().items().isEmpty()).collect(Collectors.toList());
            int next = 0;
            for (Section s : plan.sections()) {
                String section = s.numbering().label() + s.title();
                if (s.items().isEmpty() && (!s.leadUnits().isEmpty() || !s.supportingUnits().isEmpty() || s.deadline() != null)) {
                    // a section that is a task itself (一、…。（国家发展改革委负责）)
                    rows.add(row(file, NumberPath.of(s.numbering()).toString(), section, s.title(), String.join(" ", s.body()),
                        s.targets(), s.leadUnits(), s.supportingUnits(), s.deadline()));
                }
                for (; next < leaves.size() && leaves.get(next).section() == s; next++) {
                    ItemEntry e = leaves.get(next);
                    Item i = e.item();
                    rows.add(row(file, e.path().toString(), section, i.title(), i.text(), i.targets(), i.leadUnits(),
                        i.supportingUnits(), i.deadline()));
                }
            }
        }
        return rows;
    }

    private static List<String> row(String file, String number, String section, String title, String text,
                                    List<org.plandoc.core.Target> targets, List<String> lead, List<String> supporting,
                                    org.plandoc.core.Deadline deadline) {
        String commitments = targets.stream().filter(org.plandoc.core.Target::isCommitment).map(t -> t.text())
            .collect(Collectors.joining("；"));
        return List.of(file, number, section, title, text.replace('\n', ' '), commitments, String.join("；", lead),
            String.join("；", supporting), deadline == null ? "" : deadline.text(),
            deadline == null || deadline.date() == null ? "" : deadline.date().toString(),
            deadline == null ? "" : deadline.precision().id());
    }
}
