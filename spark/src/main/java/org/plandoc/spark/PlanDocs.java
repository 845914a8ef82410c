package org.plandoc.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.plandoc.spark.internal.Schemas;

/**
 * An archive of plan documents as Spark Datasets: one row per file, and flat views of the
 * sections, items, targets and tasks of every plan in it.
 *
 * <pre>{@code
 * Dataset<Row> docs = PlanDocs.read(spark, "hdfs:///archive/plans").persist();
 * PlanDocs.createViews(docs);                       // documents, sections, items, targets, tasks
 * spark.sql("SELECT indicator, value, unit FROM targets WHERE kind = 'commitment'").show();
 * PlanDocs.write(docs, "hdfs:///archive/parquet");  // each as Parquet
 * }</pre>
 *
 * <p>A document row: {@code path}, {@code format} (docx, doc, html, pdf, text), {@code charset},
 * {@code length} (bytes), {@code plans} (how many the file holds), {@code title} and
 * {@code metadata} (issuer, date, document_number, recipients, published, source) of its
 * first plan, {@code diagnostics}, {@code warnings}, {@code errors} (counts), {@code error}
 * (why the file could not be read, else null), {@code millis} (the time it took); then the
 * tables of the file as arrays of structs ({@code sections}, {@code items}, {@code targets},
 * {@code tasks}) and, when asked for, {@code json}. A file that cannot be read — damaged,
 * encrypted, a scan, too large, too slow, or one that trips a fault in plandoc — is a row with
 * its {@code error}, never a failed job.
 *
 * <p>The views have the columns of the {@code plandoc targets} and {@code plandoc tasks}
 * commands ({@code org.plandoc.render.table.PlanTable}), typed: values as decimal(38,18), lines
 * and depths as int, units as array&lt;string&gt;, deadline dates as date; {@code file} is the
 * document's {@code path}. The tasks table's {@code 序号} needs back quotes in SQL.
 */
public final class PlanDocs {

    /** The names of the views, as {@link #createViews(Dataset)} registers them. */
    public static final List<String> VIEWS = List.of("documents", "sections", "items", "targets", "tasks");

    private PlanDocs() {
    }

    /** The documents of every file under the paths, read with the defaults of {@link PlanDocReader}. */
    public static Dataset<Row> read(SparkSession spark, String... paths) {
        return PlanDocReader.builder().build().read(spark, paths);
    }

    /** The documents without their nested tables: one row of scalars per file. */
    public static Dataset<Row> documents(Dataset<Row> docs) {
        List<Column> kept = new ArrayList<>();
        for (String c : docs.columns()) {
            if (!Schemas.NESTED.contains(c) && !c.equals("json")) {
                kept.add(col(c));
            }
        }
        return docs.select(kept.toArray(new Column[0]));
    }

    /** One row per section: file, plan, section, label, ordinal, title, items, targets, line. */
    public static Dataset<Row> sections(Dataset<Row> docs) {
        return flat(docs, "sections");
    }

    /**
     * One row per item at any depth: file, plan, section, 序号, depth, label, title, text,
     * targets, lead_units, supporting_units, deadline, deadline_date, deadline_precision, line.
     */
    public static Dataset<Row> items(Dataset<Row> docs) {
        return flat(docs, "items");
    }

    /**
     * One row per target, the columns of {@code plandoc targets}: file, plan, section, item,
     * text, indicator, comparator, value, upper, unit, normalized_value, normalized_unit,
     * deadline, placeholder, line, kind.
     */
    public static Dataset<Row> targets(Dataset<Row> docs) {
        return flat(docs, "targets");
    }

    /**
     * One row per leaf item, the columns of {@code plandoc tasks}: file, 序号, section, title,
     * text, targets, lead_units, supporting_units, deadline, deadline_date, deadline_precision.
     */
    public static Dataset<Row> tasks(Dataset<Row> docs) {
        return flat(docs, "tasks");
    }

    /** Registers {@link #VIEWS} as temporary views of the session, for SQL. */
    public static void createViews(Dataset<Row> docs) {
        documents(docs).createOrReplaceTempView("documents");
        for (String n : Schemas.NESTED) {
            flat(docs, n).createOrReplaceTempView(n);
        }
    }

    /**
     * Writes {@link #VIEWS} as Parquet into {@code out/documents}, {@code out/sections}, …, and,
     * when the documents carry it, their JSON as JSON Lines (one document a line) into
     * {@code out/json}. The documents are persisted while the tables are written, so each file
     * is read once (as long as the executors keep the cache). Fails if {@code out} has them already.
     */
    public static void write(Dataset<Row> docs, String out) {
        Objects.requireNonNull(out, "out must not be null");
        Dataset<Row> kept = docs.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            documents(kept).write().mode(SaveMode.ErrorIfExists).parquet(out + "/documents");
            for (String n : Schemas.NESTED) {
                flat(kept, n).write().mode(SaveMode.ErrorIfExists).parquet(out + "/" + n);
            }
            if (Arrays.asList(kept.columns()).contains("json")) {
                kept.filter(col("json").isNotNull()).select("json").write().mode(SaveMode.ErrorIfExists)
                    .text(out + "/json");
            }
        } finally {
            kept.unpersist();
        }
    }

    private static Dataset<Row> flat(Dataset<Row> docs, String nested) {
        return docs.select(col("path").as("file"), explode(col(nested)).as("row")).select("file", "row.*");
    }
}
