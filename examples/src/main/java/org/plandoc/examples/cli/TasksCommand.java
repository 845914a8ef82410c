package org.plandoc.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.plandoc.core.Item;
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

    static List<List<String>> table(String file, ParseResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (Plan plan : result.plans()) {
            for (Section s : plan.sections()) {
                String section = s.numbering().label() + s.title();
                if (s.items().isEmpty() && (!s.leadUnits().isEmpty() || !s.supportingUnits().isEmpty() || s.deadline() != null)) {
                    // a section that is a task itself (一、…。（国家发展改革委负责）)
                    rows.add(row(file, number(s.numbering().label()), section, s.title(), String.join(" ", s.body()),
                        s.targets(), s.leadUnits(), s.supportingUnits(), s.deadline()));
                }
                leaves(file, section, number(s.numbering().label()), s.items(), rows);
            }
        }
        return rows;
    }

    private static void leaves(String file, String section, String path, List<Item> items, List<List<String>> rows) {
        for (Item i : items) {
            String here = path + "." + number(i.numbering().label());
            if (!i.items().isEmpty()) {
                leaves(file, section, here, i.items(), rows);
                continue;
            }
            rows.add(row(file, here, section, i.title(), i.text(), i.targets(), i.leadUnits(), i.supportingUnits(),
                i.deadline()));
        }
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

    /** 二、 → 二, （三） stays （三）, 2. → 2: the number without the punctuation that follows it. */
    static String number(String label) {
        String l = label.strip();
        while (!l.isEmpty() && "、.．是".indexOf(l.charAt(l.length() - 1)) >= 0) {
            l = l.substring(0, l.length() - 1);
        }
        return l;
    }
}
