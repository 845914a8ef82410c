package org.plandoc.render.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.PlanVisitor;
import org.plandoc.core.Target;
import org.plandoc.parser.PlanParser;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.Seeds;

class PlanTableTest {

    private static final PlanParser PARSER = PlanParser.builder().build();

    @Test
    void everyTableHasOneTypedCellPerColumnAndStartsWithTheFile() {
        for (PlanTable table : List.of(PlanTable.TARGETS, PlanTable.ITEMS, PlanTable.TASKS)) {
            assertThat(table.names().get(0)).isEqualTo("file");
            for (Document seed : Seeds.all()) {
                for (List<Object> row : table.rows(seed.name(), PARSER.parse(seed.text()))) {
                    assertThat(row).hasSameSizeAs(table.columns());
                    assertThat(row.get(0)).isEqualTo(seed.name());
                    for (int c = 0; c < row.size(); c++) {
                        Object cell = row.get(c);
                        if (cell != null) {
                            assertThat(cell).isInstanceOf(javaType(table.columns().get(c).type()));
                        }
                    }
                }
            }
        }
    }

    @Test
    void oneTargetRowPerTargetOneItemRowPerItemOneTaskRowPerLeaf() {
        for (Document seed : Seeds.all()) {
            ParseResult result = PARSER.parse(seed.text());
            long[] n = new long[3];
            result.plans().forEach(p -> p.accept(new PlanVisitor() {
                @Override
                public void visit(Item item) {
                    n[0]++;
                    n[1] += item.items().isEmpty() ? 1 : 0;
                    visitChildren(item);
                }

                @Override
                public void visit(Target target) {
                    n[2]++;
                }
            }));
            assertThat(PlanTable.ITEMS.rows("f", result)).as(seed.name()).hasSize((int) n[0]);
            long taskSections = result.plans().stream().flatMap(p -> p.sections().stream())
                .filter(s -> s.items().isEmpty() && (!s.leadUnits().isEmpty() || !s.supportingUnits().isEmpty()
                    || s.deadline() != null)).count();
            assertThat(PlanTable.TASKS.rows("f", result)).as(seed.name()).hasSize((int) (n[1] + taskSections));
            assertThat(PlanTable.TARGETS.rows("f", result)).as(seed.name()).hasSize((int) n[2]);
        }
    }

    @Test
    void targetCellsAreTheModelsValues() {
        ParseResult result = PARSER.parse(Seeds.text("001_158d65b1c18562e7.txt"));
        PlanTable t = PlanTable.TARGETS;
        List<Object> row = t.rows("001.txt", result).stream()
            .filter(r -> "全年引进卫生专业人才1500人以上".equals(r.get(t.index("text")))).findFirst().orElseThrow();
        assertThat(row.get(t.index("value"))).isEqualTo(new BigDecimal("1500"));
        assertThat(row.get(t.index("upper"))).isNull();
        assertThat(row.get(t.index("comparator"))).isEqualTo("at-least");
        assertThat(row.get(t.index("line"))).isEqualTo(93);
        assertThat(row.get(t.index("kind"))).isEqualTo("commitment");
        assertThat(row.get(t.index("placeholder"))).isEqualTo(false);
    }

    @Test
    void itemsCarryTheirNumberPathAndDepth() {
        ParseResult result = PARSER.parse("2024年工作要点\n一、总体\n（一）加强领导。内容。\n1.细化任务。6月底前完成。\n（二）抓好落实。\n");
        PlanTable items = PlanTable.ITEMS;
        List<List<Object>> rows = items.rows("p.txt", result);
        assertThat(rows).extracting(r -> r.get(items.index("序号"))).containsExactly("一.（一）", "一.（一）.1", "一.（二）");
        assertThat(rows).extracting(r -> r.get(items.index("depth"))).containsExactly(1, 2, 1);
        List<List<Object>> tasks = PlanTable.TASKS.rows("p.txt", result);
        assertThat(tasks).extracting(r -> r.get(1)).containsExactly("一.（一）.1", "一.（二）");
    }

    @Test
    void cellsAsTextAreWhatTheTextTablesWrite() {
        assertThat(Column.text(null)).isEmpty();
        assertThat(Column.text(new BigDecimal("1.2E+4"))).isEqualTo("12000");
        assertThat(Column.text(List.of("市委组织部", "各区县"))).isEqualTo("市委组织部；各区县");
        assertThat(Column.text(LocalDate.of(2024, 6, 30))).isEqualTo("2024-06-30");
        assertThat(Column.text(true)).isEqualTo("true");
        assertThatThrownBy(() -> PlanTable.TASKS.index("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Class<?> javaType(Column.Type type) {
        switch (type) {
            case LIST: return List.class;
            case DECIMAL: return BigDecimal.class;
            case INTEGER: return Integer.class;
            case BOOLEAN: return Boolean.class;
            case DATE: return LocalDate.class;
            default: return String.class;
        }
    }
}
