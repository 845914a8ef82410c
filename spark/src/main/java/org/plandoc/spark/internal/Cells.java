package org.plandoc.spark.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.plandoc.render.table.PlanTable;
import scala.jdk.javaapi.CollectionConverters;

/** A table's typed cells as the values Spark's row encoder takes. */
final class Cells {

    private Cells() {
    }

    /** The table's rows for one file, as structs without the file column, in a Scala sequence. */
    static Object rows(PlanTable table, List<List<Object>> rows, boolean java8Dates) {
        List<Row> out = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            Object[] cells = new Object[row.size() - 1];
            for (int c = 1; c < row.size(); c++) {
                cells[c - 1] = value(row.get(c), java8Dates);
            }
            out.add(RowFactory.create(cells));
        }
        return seq(out);
    }

    static Object value(Object cell, boolean java8Dates) {
        if (cell instanceof BigDecimal d) {
            return decimal(d);
        }
        if (cell instanceof LocalDate d) {
            return date(d, java8Dates);
        }
        if (cell instanceof List<?> list) {
            return seq(list);
        }
        return cell;
    }

    static Object date(LocalDate d, boolean java8Dates) {
        return d == null || java8Dates ? d : java.sql.Date.valueOf(d);
    }

    /**
     * The value, or null when it has more than the 20 digits before the point that the
     * column holds: under ANSI mode (Spark 4's default) an overflowing decimal fails the
     * task, and one absurd number (a mistyped 10^25 元) must not fail a job. The
     * target's text keeps what was printed.
     */
    static BigDecimal decimal(BigDecimal d) {
        return d.precision() - d.scale() > 20 ? null : d;
    }

    // the row encoder takes a Scala sequence for an array column
    private static Object seq(List<?> list) {
        return CollectionConverters.asScala(list).toSeq();
    }
}
