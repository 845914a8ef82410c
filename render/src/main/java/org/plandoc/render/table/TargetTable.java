package org.plandoc.render.table;

import static org.plandoc.render.table.Column.Type.BOOLEAN;
import static org.plandoc.render.table.Column.Type.DECIMAL;
import static org.plandoc.render.table.Column.Type.INTEGER;
import static org.plandoc.render.table.Column.Type.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.core.Target;

/** {@link PlanTable#TARGETS}. */
final class TargetTable implements PlanTable {

    private static final List<Column> COLUMNS = List.of(new Column("file", TEXT), new Column("plan", TEXT),
        new Column("section", TEXT), new Column("item", TEXT), new Column("text", TEXT), new Column("kind", TEXT),
        new Column("indicator", TEXT), new Column("comparator", TEXT), new Column("value", DECIMAL),
        new Column("upper", DECIMAL), new Column("unit", TEXT), new Column("normalized_value", DECIMAL),
        new Column("normalized_unit", TEXT), new Column("deadline", TEXT), new Column("placeholder", BOOLEAN),
        new Column("line", INTEGER));

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    // a cell with nothing to say is null (the text tables write it empty): a plan's own targets have no
    // section and no item, a target without a multiplier no normalized value
    @Override
    public List<List<Object>> rows(String file, ParseResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (int p = 0; p < result.plans().size(); p++) {
            Plan plan = result.plans().get(p);
            // a plan without a title is named by its place in the file
            String planName = plan.title().isEmpty() ? String.valueOf(p + 1) : plan.title();
            plan.targets().forEach(t -> rows.add(row(file, planName, null, null, t)));
            for (Section s : plan.sections()) {
                String section = s.numbering().label() + s.title();
                s.targets().forEach(t -> rows.add(row(file, planName, section, null, t)));
                items(file, planName, section, null, s.items(), rows);
            }
        }
        return rows;
    }

    private static void items(String file, String plan, String section, String path, List<Item> items,
                              List<List<Object>> rows) {
        for (Item i : items) {
            String here = (path == null ? "" : path) + i.numbering().label();
            for (Target t : i.targets()) {
                rows.add(row(file, plan, section, here, t));
            }
            items(file, plan, section, here, i.items(), rows);
        }
    }

    private static List<Object> row(String file, String plan, String section, String item, Target t) {
        return Collections.unmodifiableList(Arrays.asList(file, plan, section, item, t.text(), t.kind().id(),
            t.indicator(),
            t.comparator().id(), t.value(), t.upper(), t.unit(), t.normalized() == null ? null : t.normalized().value(),
            t.normalized() == null ? null : t.normalized().unit(), t.deadline() == null ? null : t.deadline().text(),
            t.placeholder(), t.span() == null ? null : t.span().line()));
    }
}
