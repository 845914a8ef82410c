package org.plandoc.render.table;

import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.ParseResult;

/**
 * The model of a file as a flat table: named, typed columns and one row per target
 * ({@link #TARGETS}), per item ({@link #ITEMS}) or per leaf item ({@link #TASKS}).
 * The {@code plandoc targets} and {@code plandoc tasks} commands write these tables,
 * and the Spark module's views have these columns.
 *
 * <pre>{@code
 * for (List<Object> row : PlanTable.TARGETS.rows("plan.txt", result)) {
 *     System.out.println(row.get(PlanTable.TARGETS.index("indicator")) + " " + row.get(PlanTable.TARGETS.index("value")));
 * }
 * }</pre>
 *
 * <p>The first column of every table is {@code file}, the name the caller gives. Immutable and thread-safe.
 */
public interface PlanTable {

    /**
     * One row per quantity (a plan's, a section's, an item's), commitments and the other
     * kinds: file, plan, section, item, text, kind, indicator, comparator, value, upper,
     * unit, normalized value and unit, deadline, placeholder, line.
     */
    PlanTable TARGETS = new TargetTable();

    /**
     * One row per item, at any depth: file, plan, section, 序号 (the number path,
     * {@code 二.（三）.2}), depth (1 under a section), label, title, text, the texts of the
     * targets it commits to, lead and supporting units, deadline with its date and precision, line.
     */
    PlanTable ITEMS = new ItemTable(false);

    /**
     * The task breakdown table (任务分解表), one row per leaf item and per section that is a
     * task itself (no items, units or a deadline of its own): file, 序号, section, title, text,
     * the targets it commits to, lead and supporting units, deadline with its date and precision.
     */
    PlanTable TASKS = new ItemTable(true);

    /** The columns, in order. */
    List<Column> columns();

    /**
     * The rows one file gives, in the order of the document: one cell per column, of the
     * column's {@link Column.Type type}, {@code null} where there is no value.
     *
     * @param file what the {@code file} column says (the file's name or path)
     */
    List<List<Object>> rows(String file, ParseResult result);

    /** The columns' names, in order. */
    default List<String> names() {
        List<String> names = new ArrayList<>();
        columns().forEach(c -> names.add(c.name()));
        return List.copyOf(names);
    }

    /**
     * The position of the column with this name.
     *
     * @throws IllegalArgumentException when there is none
     */
    default int index(String name) {
        int i = names().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + names());
        }
        return i;
    }
}
