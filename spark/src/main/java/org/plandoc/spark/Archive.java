package org.plandoc.spark;

import static org.apache.spark.sql.functions.col;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The archive job: every plan document under the input paths to Parquet tables
 * (documents, sections, items, targets, tasks) and, with {@code --json}, the JSON of each.
 *
 * <pre>
 * spark-submit --class org.plandoc.spark.Archive plandoc-spark-job.jar \
 *     hdfs:///archive/plans hdfs:///archive/plandoc [--json] [--time-limit 60] [--max-file-mb 64]
 * </pre>
 *
 * <p>It prints what it read: documents, the files it could not read and why, targets and tasks.
 * With no {@code spark.master} set (outside spark-submit), give one: {@code -Dspark.master=local[2]}.
 */
public final class Archive {

    private Archive() {
    }

    public static void main(String[] args) {
        List<String> paths = new ArrayList<>();
        PlanDocReader.Builder reader = PlanDocReader.builder();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json": reader.json(true); break;
                case "--time-limit": reader.timeLimit(Duration.ofSeconds(Long.parseLong(args[++i]))); break;
                case "--max-file-mb": reader.maxFileBytes(Long.parseLong(args[++i]) << 20); break;
                default: paths.add(args[i]);
            }
        }
        if (paths.size() < 2) {
            System.err.println("usage: Archive IN... OUT [--json] [--time-limit SECONDS] [--max-file-mb MB]");
            System.exit(2);
        }
        String out = paths.remove(paths.size() - 1);
        SparkSession spark = SparkSession.builder().appName("plandoc archive").getOrCreate();
        try {
            long start = System.nanoTime();
            Dataset<Row> docs = reader.build().read(spark, paths.toArray(new String[0]));
            PlanDocs.write(docs, out);
            Dataset<Row> written = spark.read().parquet(out + "/documents");
            List<Row> failed = written.filter(col("error").isNotNull()).select("path", "error").limit(20).collectAsList();
            System.out.printf(Locale.ROOT, "%d documents, %d not read, %d targets, %d tasks in %.1f s -> %s%n",
                written.count(), written.filter(col("error").isNotNull()).count(),
                spark.read().parquet(out + "/targets").count(), spark.read().parquet(out + "/tasks").count(),
                (System.nanoTime() - start) / 1e9, out);
            failed.forEach(r -> System.out.println("  " + r.getString(0) + ": " + r.getString(1)));
        } finally {
            spark.stop();
        }
    }
}
