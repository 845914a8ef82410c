package org.plandoc.spark.internal;

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
import org.plandoc.render.table.Column;
import org.plandoc.render.table.PlanTable;

/**
 * One row per section: file, plan, section (label and title, as the other tables name it),
 * label, ordinal, title, items (at every depth), targets (its own and its items'), line.
 * The command line has no such table, so it lives here.
 */
public final class SectionTable implements PlanTable {

    /** The table. */
    public static final PlanTable SECTIONS = new SectionTable();

    private static final List<Column> COLUMNS = List.of(new Column("file", TEXT), new Column("plan", TEXT),
        new Column("section", TEXT), new Column("label", TEXT), new Column("ordinal", INTEGER),
        new Column("title", TEXT), new Column("items", INTEGER), new Column("targets", INTEGER),
        new Column("line", INTEGER));

    private SectionTable() {
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<List<Object>> rows(String file, ParseResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (int p = 0; p < result.plans().size(); p++) {
            Plan plan = result.plans().get(p);
            String planName = plan.title().isEmpty() ? String.valueOf(p + 1) : plan.title();
            for (Section s : plan.sections()) {
                int[] n = {0, s.targets().size()};
                count(s.items(), n);
                rows.add(Collections.unmodifiableList(Arrays.asList(file, planName, s.numbering().label() + s.title(),
                    s.numbering().label(), s.numbering().ordinal(), s.title(), n[0], n[1],
                    s.span() == null ? null : s.span().line())));
            }
        }
        return rows;
    }

    private static void count(List<Item> items, int[] n) {
        for (Item i : items) {
            n[0]++;
            n[1] += i.targets().size();
            count(i.items(), n);
        }
    }
}
