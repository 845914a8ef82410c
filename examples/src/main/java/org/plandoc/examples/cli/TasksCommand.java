package org.plandoc.examples.cli;

import java.util.List;
import org.plandoc.core.ParseResult;
import org.plandoc.render.table.PlanTable;
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

    static final List<String> COLUMNS = PlanTable.TASKS.names();

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    List<List<String>> rows(String file, ParseResult result) {
        return texts(PlanTable.TASKS.rows(file, result));
    }
}
