package org.plandoc.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import picocli.CommandLine.Command;

/** {@code plandoc tasks}: the task breakdown table (任务分解表), one row per leaf item. */
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
            String targets = i.targets().stream().map(t -> t.text()).collect(Collectors.joining("；"));
            rows.add(List.of(file, here, section, i.title(), i.text().replace('\n', ' '), targets,
                String.join("；", i.leadUnits()), String.join("；", i.supportingUnits()),
                i.deadline() == null ? "" : i.deadline().text(),
                i.deadline() == null || i.deadline().date() == null ? "" : i.deadline().date().toString(),
                i.deadline() == null ? "" : i.deadline().precision().id()));
        }
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
