package org.plandoc.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.Duration;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.plandoc.spark.internal.ReadFiles;
import org.plandoc.spark.internal.Schemas;
import org.plandoc.spark.internal.Settings;
import org.plandoc.spark.internal.TooLarge;

/**
 * Reads an archive of plan documents into a Dataset of documents, one row per file,
 * with limits a cluster job needs. {@link PlanDocs#read(SparkSession, String...)} reads
 * with the defaults.
 *
 * <pre>{@code
 * Dataset<Row> docs = PlanDocReader.builder()
 *     .timeLimit(Duration.ofSeconds(30))       // a file that takes longer is an error row
 *     .json(true)                              // each row carries the JSON of plandoc convert
 *     .build()
 *     .read(spark, "hdfs:///archive/plans");
 * }</pre>
 *
 * <p>Files are listed and read by Spark's {@code binaryFile} source, folders recursively;
 * each is read as Word, a web page, PDF or text by its content, whatever its name. Spark
 * leaves out files whose names start with {@code _} or {@code .}. Immutable and thread-safe.
 */
public final class PlanDocReader {

    private final Duration timeLimit;
    private final long maxFileBytes;
    private final int maxPages;
    private final boolean json;

    private PlanDocReader(Builder b) {
        this.timeLimit = b.timeLimit;
        this.maxFileBytes = b.maxFileBytes;
        this.maxPages = b.maxPages;
        this.json = b.json;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The documents of every file under the paths (folders, files or Hadoop globs, on any
     * file system Spark reaches: {@code hdfs://}, {@code s3a://}, {@code file:}): columns in
     * {@link PlanDocs the class description}. Lazy, as Spark is: files are read when an
     * action needs the rows, and again for each action unless the Dataset is persisted.
     */
    public Dataset<Row> read(SparkSession spark, String... paths) {
        Objects.requireNonNull(spark, "spark must not be null");
        Objects.requireNonNull(paths, "paths must not be null");
        if (paths.length == 0) {
            throw new IllegalArgumentException("no path to read");
        }
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(paths);
        // Spark's own limit on a file's length fails the job when a file passes it; files over
        // the smaller limit never reach the reader (the length filter is pushed into the listing)
        long spark4Max = Long.parseLong(spark.conf().get("spark.sql.sources.binaryFile.maxLength",
            String.valueOf(Integer.MAX_VALUE)));
        long max = Math.min(maxFileBytes, spark4Max);
        boolean java8Dates = Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
        Settings settings = new Settings(timeLimit.toMillis(), maxPages, json, java8Dates);
        StructType schema = Schemas.documents(json);
        Dataset<Row> read = files.filter(col("length").leq(lit(max)))
            .select("path", "length", "content")
            .mapPartitions(new ReadFiles(settings), Encoders.row(schema));
        // the listing split as the reading is: as many tasks again, each only looking at lengths;
        // one per core is enough for them
        Dataset<Row> tooLarge = files.filter(col("length").gt(lit(max)))
            .select("path", "length")
            .coalesce(spark.sparkContext().defaultParallelism())
            .mapPartitions(new TooLarge(settings, max), Encoders.row(schema));
        return read.union(tooLarge);
    }

    /** Builds a {@link PlanDocReader}. Not thread-safe; what it builds is. */
    public static final class Builder {
        private Duration timeLimit = Duration.ofSeconds(60);
        private long maxFileBytes = 64L << 20;
        private int maxPages = 2000;
        private boolean json;

        private Builder() {
        }

        /**
         * How long one file may take to read, parse and turn into rows (default 60 s); a file
         * that takes longer is an error row. A 10 MB text parses in about a second, a
         * 500-page PDF reads in about 3 s: the limit is for files that are pathological.
         */
        public Builder timeLimit(Duration limit) {
            Objects.requireNonNull(limit, "limit must not be null");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("timeLimit must be positive, was " + limit);
            }
            this.timeLimit = limit;
            return this;
        }

        /**
         * A larger file is an error row, not read (default 64 MB, and never more than
         * Spark's {@code spark.sql.sources.binaryFile.maxLength}, past which Spark would fail
         * the job): a task holds its file, its model and its rows at once, at the peak about
         * 8× the file for text (measured on 8.6 MB), more for Word, whose XML is held whole.
         */
        public Builder maxFileBytes(long max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxFileBytes must be >= 1, was " + max);
            }
            this.maxFileBytes = max;
            return this;
        }

        /** A PDF with more pages is an error row (default 2000), as {@code Formats.Builder.maxPages}. */
        public Builder maxPages(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxPages must be >= 1, was " + max);
            }
            this.maxPages = max;
            return this;
        }

        /**
         * Whether each document row carries a {@code json} column, the document as
         * {@code plandoc convert --to json} writes it but on one line (default {@code false}:
         * it about doubles a row).
         */
        public Builder json(boolean json) {
            this.json = json;
            return this;
        }

        public PlanDocReader build() {
            return new PlanDocReader(this);
        }
    }
}
