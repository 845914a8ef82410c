package org.plandoc.spark.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.plandoc.render.table.Column;
import org.plandoc.render.table.PlanTable;

/** The Spark types of the documents and of the tables nested in them. */
public final class Schemas {

    /** Decimal(38, 18), Spark's own type for a {@code java.math.BigDecimal}: 20 digits before the point. */
    public static final DataType DECIMAL = DataTypes.createDecimalType(38, 18);

    /** The tables each document row holds, by the name of their column (and of their view). */
    public static final List<String> NESTED = List.of("sections", "items", "targets", "tasks");

    private Schemas() {
    }

    /** The table nested by that name. */
    public static PlanTable table(String nested) {
        switch (nested) {
            case "sections": return SectionTable.SECTIONS;
            case "items": return PlanTable.ITEMS;
            case "targets": return PlanTable.TARGETS;
            case "tasks": return PlanTable.TASKS;
            default: throw new IllegalArgumentException("no table " + nested);
        }
    }

    /** A row of the table as a struct, without its {@code file} column: the document row holds the path once. */
    static StructType rowOf(PlanTable table) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : table.columns().subList(1, table.columns().size())) {
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * One row per file: what it was, what it holds, what went wrong; then the tables
     * ({@link #NESTED}) as arrays of structs; then, when asked for, the JSON of the parse.
     */
    public static StructType documents(boolean json) {
        StructType metadata = new StructType()
            .add("issuer", DataTypes.StringType)
            .add("date", DataTypes.DateType)
            .add("document_number", DataTypes.StringType)
            .add("recipients", DataTypes.StringType)
            .add("published", DataTypes.DateType)
            .add("source", DataTypes.StringType);
        StructType s = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("format", DataTypes.StringType)
            .add("charset", DataTypes.StringType)
            .add("length", DataTypes.LongType, false)
            .add("plans", DataTypes.IntegerType, false)
            .add("title", DataTypes.StringType)
            .add("metadata", metadata)
            .add("diagnostics", DataTypes.IntegerType, false)
            .add("warnings", DataTypes.IntegerType, false)
            .add("errors", DataTypes.IntegerType, false)
            .add("error", DataTypes.StringType)
            .add("millis", DataTypes.LongType, false);
        for (String n : NESTED) {
            s = s.add(n, DataTypes.createArrayType(rowOf(table(n)), false), false);
        }
        return json ? s.add("json", DataTypes.StringType) : s;
    }

    private static DataType type(Column.Type type) {
        switch (type) {
            case LIST: return DataTypes.createArrayType(DataTypes.StringType, false);
            case DECIMAL: return DECIMAL;
            case INTEGER: return DataTypes.IntegerType;
            case BOOLEAN: return DataTypes.BooleanType;
            case DATE: return DataTypes.DateType;
            default: return DataTypes.StringType;
        }
    }
}
