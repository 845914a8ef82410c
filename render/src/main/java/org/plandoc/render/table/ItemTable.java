package org.plandoc.render.table;

import static org.plandoc.render.table.Column.Type.DATE;
import static org.plandoc.render.table.Column.Type.INTEGER;
import static org.plandoc.render.table.Column.Type.LIST;
import static org.plandoc.render.table.Column.Type.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.plandoc.core.Deadline;
import org.plandoc.core.Item;
import org.plandoc.core.ItemEntry;
import org.plandoc.core.NumberPath;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.core.Target;

/** {@link PlanTable#ITEMS}, and {@link PlanTable#TASKS}: the same walk, leaves only, fewer columns. */
final class ItemTable implements PlanTable {

    private static final List<Column> ITEMS = List.of(new Column("file", TEXT), new Column("plan", TEXT),
        new Column("section", TEXT), new Column("序号", TEXT), new Column("depth", INTEGER), new Column("label", TEXT),
        new Column("title", TEXT), new Column("text", TEXT), new Column("targets", LIST),
        new Column("lead_units", LIST), new Column("supporting_units", LIST), new Column("deadline", TEXT),
        new Column("deadline_date", DATE), new Column("deadline_precision", TEXT), new Column("line", INTEGER));

    private static final List<Column> TASKS = List.of(new Column("file", TEXT), new Column("序号", TEXT),
        new Column("section", TEXT), new Column("title", TEXT), new Column("text", TEXT),
        new Column("targets", LIST), new Column("lead_units", LIST), new Column("supporting_units", LIST),
        new Column("deadline", TEXT), new Column("deadline_date", DATE), new Column("deadline_precision", TEXT));

    private final boolean tasks;

    ItemTable(boolean tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<Column> columns() {
        return tasks ? TASKS : ITEMS;
    }

    /**
     * The rows from the model's query API: the 序号 is the item's {@link NumberPath}, built from the
     * recovered ordinals, so it is unique and repaired where the printed numbers are not (three items
     * printed {@code (二十)} are {@code 七.（二十）}, {@code 七.（二十一）}, {@code 七.（二十二）}).
     */
    @Override
    public List<List<Object>> rows(String file, ParseResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (int p = 0; p < result.plans().size(); p++) {
            Plan plan = result.plans().get(p);
            String planName = plan.title().isEmpty() ? String.valueOf(p + 1) : plan.title();
            List<ItemEntry> entries = plan.items().collect(Collectors.toList());
            int next = 0;
            for (Section s : plan.sections()) {
                String section = s.numbering().label() + s.title();
                if (tasks && s.items().isEmpty()
                    && (!s.leadUnits().isEmpty() || !s.supportingUnits().isEmpty() || s.deadline() != null)) {
                    // a section that is a task itself (一、…。（国家发展改革委负责）)
                    rows.add(task(file, NumberPath.of(s.numbering()).toString(), section, s.title(),
                        String.join(" ", s.body()), s.targets(), s.leadUnits(), s.supportingUnits(), s.deadline()));
                }
                for (; next < entries.size() && entries.get(next).section() == s; next++) {
                    ItemEntry e = entries.get(next);
                    Item i = e.item();
                    if (!tasks) {
                        rows.add(Collections.unmodifiableList(Arrays.asList(file, planName, section,
                            e.path().toString(), e.depth(), i.numbering().label(), i.title(), i.text(),
                            commitments(i.targets()), i.leadUnits(), i.supportingUnits(), text(i.deadline()),
                            date(i.deadline()), precision(i.deadline()), i.span() == null ? null : i.span().line())));
                    } else if (i.items().isEmpty()) {
                        rows.add(task(file, e.path().toString(), section, i.title(), i.text(), i.targets(),
                            i.leadUnits(), i.supportingUnits(), i.deadline()));
                    }
                }
            }
        }
        return rows;
    }

    private static List<Object> task(String file, String path, String section, String title, String text,
                                     List<Target> targets, List<String> lead, List<String> supporting, Deadline d) {
        // a task row is one line of a spreadsheet: the text's line breaks become spaces
        return Collections.unmodifiableList(Arrays.asList(file, path, section, title, text.replace('\n', ' '),
            commitments(targets), lead, supporting, text(d), date(d), precision(d)));
    }

    /** The texts of the targets the item commits to: its results, baselines and rules are not its tasks. */
    private static List<String> commitments(List<Target> targets) {
        List<String> texts = new ArrayList<>();
        for (Target t : targets) {
            if (t.isCommitment()) {
                texts.add(t.text());
            }
        }
        return texts;
    }

    private static String text(Deadline d) {
        return d == null ? null : d.text();
    }

    private static Object date(Deadline d) {
        return d == null ? null : d.date();
    }

    private static String precision(Deadline d) {
        return d == null ? null : d.precision().id();
    }
}
