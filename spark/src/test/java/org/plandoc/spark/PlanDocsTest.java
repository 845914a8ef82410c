package org.plandoc.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.examples.cli.Main;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.RealDocument;
import org.plandoc.seeds.Seeds;

/**
 * The seeds, the corpus, the real-world documents and three broken files in one folder,
 * read by Spark in local[2] and by the {@code plandoc} command in-process: the same rows.
 */
class PlanDocsTest {

    @TempDir
    static Path tmp;

    static Path archive;
    static SparkSession spark;
    static Dataset<Row> docs;
    static int files;

    @BeforeAll
    static void start() throws IOException {
        archive = tmp.resolve("archive");
        for (Document d : Seeds.all()) {
            write(archive.resolve("seeds").resolve(d.name()), d.text().getBytes(StandardCharsets.UTF_8));
        }
        for (Document d : Seeds.corpus()) {
            write(archive.resolve("corpus").resolve(d.name()), d.text().getBytes(StandardCharsets.UTF_8));
        }
        for (RealDocument d : Seeds.realworld()) {
            write(archive.resolve("realworld").resolve(d.path()), d.bytes());
        }
        // what an archive also holds: a damaged Word file, a PDF that is not one, a picture
        write(archive.resolve("broken/damaged.docx"), "PK\3\4 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        write(archive.resolve("broken/truncated.pdf"), "%PDF-1.7\n1 0 obj\n<<".getBytes(StandardCharsets.ISO_8859_1));
        write(archive.resolve("broken/photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        spark = SparkSession.builder().master("local[2]").appName("plandoc-test")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.warehouse.dir", tmp.resolve("warehouse").toString())
            .getOrCreate();
        docs = PlanDocReader.builder().json(true).build().read(spark, archive.toString()).persist();
        files = (int) docs.count();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void oneDocumentRowPerFile() {
        int expected = Seeds.all().size() + Seeds.corpus().size() + Seeds.realworld().size() + 3;
        assertThat(files).isEqualTo(expected);
        assertThat(docs.filter(col("error").isNull()).filter(col("plans").gt(0)).count()).isEqualTo(expected - 3);
        Map<String, Long> formats = new TreeMap<>();
        docs.filter(col("error").isNull()).groupBy("format").count().collectAsList()
            .forEach(r -> formats.put(r.getString(0), r.getLong(1)));
        assertThat(formats).containsEntry("docx", 12L).containsEntry("html", 10L);
    }

    @Test
    void targetsAreTheRowsOfPlandocTargetsAll() throws IOException {
        List<String> cli = cliRows(List.of("targets", "--all"), "text", "kind", "indicator", "value", "line");
        List<String> ours = sparkRows(PlanDocs.targets(docs), "text", "kind", "indicator", "value", "line");
        assertThat(ours).hasSize(cli.size()).hasSizeGreaterThan(1000).containsExactlyInAnyOrderElementsOf(cli);
    }

    @Test
    void commitmentsAreTheRowsOfPlandocTargets() throws IOException {
        List<String> cli = cliRows(List.of("targets"), "text", "kind", "indicator", "value", "line");
        List<String> ours = sparkRows(PlanDocs.targets(docs).filter(col("kind").equalTo("commitment")),
            "text", "kind", "indicator", "value", "line");
        assertThat(ours).hasSize(cli.size()).hasSizeGreaterThan(500).containsExactlyInAnyOrderElementsOf(cli);
    }

    @Test
    void tasksAreTheRowsOfPlandocTasks() throws IOException {
        List<String> cli = cliRows(List.of("tasks"), "序号", "title", "targets", "lead_units", "deadline_date");
        List<String> ours = sparkRows(PlanDocs.tasks(docs), "序号", "title", "targets", "lead_units", "deadline_date");
        assertThat(ours).hasSize(cli.size()).hasSizeGreaterThan(1000).containsExactlyInAnyOrderElementsOf(cli);
    }

    @Test
    void theBrokenFilesAreErrorRowsWithTheirReason() {
        List<Row> errors = docs.filter(col("error").isNotNull()).select("path", "error", "format").collectAsList();
        assertThat(errors).extracting(r -> r.getString(0).replaceFirst(".*/broken/", ""))
            .containsExactlyInAnyOrder("damaged.docx", "truncated.pdf", "photo.png");
        assertThat(errors).allSatisfy(r -> assertThat(r.getString(1)).isNotBlank().doesNotContain("broken/"));
        assertThat(errors).filteredOn(r -> r.getString(0).endsWith("photo.png"))
            .allSatisfy(r -> assertThat(r.getString(1)).contains("plandoc reads"));
        // the command fails the same three, in one line each
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "-q", archive.toString()}, new ByteArrayInputStream(new byte[0]),
            new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().filter(l -> l.contains("/broken/"))).hasSize(3);
    }

    @Test
    void sqlOverEveryPlan() {
        PlanDocs.createViews(docs);
        long commitments = spark.sql("SELECT indicator, value, unit FROM targets WHERE kind = 'commitment'").count();
        assertThat(commitments).isPositive().isLessThan(PlanDocs.targets(docs).count());
        Row xian = spark.sql("SELECT value, unit, line FROM targets WHERE text = '全年引进卫生专业人才1500人以上'").first();
        assertThat(xian.getDecimal(0)).isEqualByComparingTo(new BigDecimal("1500"));
        assertThat(xian.getString(1)).isEqualTo("人");
        assertThat(xian.getInt(2)).isEqualTo(93);
        // leaf items have a dotted 序号 (二.（三）.2); a section that is a task itself has its own (二)
        long leaves = spark.sql("SELECT count(*) FROM tasks WHERE `序号` LIKE '%.%'").first().getLong(0);
        assertThat(leaves).isPositive().isLessThanOrEqualTo(PlanDocs.tasks(docs).count())
            .isLessThan(PlanDocs.items(docs).count());
        assertThat(spark.sql("SELECT sum(items) FROM sections").first().getLong(0))
            .isEqualTo(PlanDocs.items(docs).count());
    }

    /** The README's snippet, on the seeds. */
    @Test
    void theReadmeSnippet() {
        String out = tmp.resolve("readme").toString();
        Dataset<Row> docs = PlanDocs.read(spark, archive.resolve("seeds").toString()).persist();
        PlanDocs.createViews(docs);
        Dataset<Row> commitments = spark.sql("SELECT indicator, value, unit FROM targets WHERE kind = 'commitment'");
        assertThat(commitments.columns()).containsExactly("indicator", "value", "unit");
        assertThat(commitments.count()).isPositive();
        PlanDocs.write(docs, out);
        assertThat(spark.read().parquet(out + "/documents").count()).isEqualTo(Seeds.all().size());
        assertThat(spark.read().parquet(out + "/targets").count()).isEqualTo(PlanDocs.targets(docs).count());
        docs.unpersist();
    }

    @Test
    void theJsonIsWhatPlandocConvertWrites() throws IOException {
        Path seed = archive.resolve("seeds").resolve(Seeds.all().get(1).name());
        StringWriter out = new StringWriter();
        Main.run(new String[] {"convert", "-q", seed.toString(), "--to", "json"}, new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out), new PrintWriter(new StringWriter()));
        String json = docs.filter(col("path").endsWith("/seeds/" + seed.getFileName())).select("json").first().getString(0);
        assertThat(json).doesNotContain("\n");
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(out.toString()));
    }

    @Test
    void writtenAsParquet() {
        String out = tmp.resolve("parquet").toString();
        PlanDocs.write(docs, out);
        for (String view : PlanDocs.VIEWS) {
            Dataset<Row> back = spark.read().parquet(out + "/" + view);
            long expected = view.equals("documents") ? files : docs.selectExpr("explode(" + view + ")").count();
            assertThat(back.count()).as(view).isEqualTo(expected);
        }
        assertThat(spark.read().text(out + "/json").count()).isEqualTo(files - 3);
    }

    @Test
    void aFileTooLargeOrTooSlowIsAnErrorRow() throws IOException {
        Path limits = tmp.resolve("limits");
        String seed = Seeds.text("001_158d65b1c18562e7.txt");
        write(limits.resolve("small.txt"), seed.getBytes(StandardCharsets.UTF_8));
        write(limits.resolve("big.txt"), seed.repeat(200).getBytes(StandardCharsets.UTF_8));
        List<Row> sized = PlanDocReader.builder().maxFileBytes(1 << 20).build().read(spark, limits.toString())
            .select("path", "error", "plans").collectAsList();
        assertThat(sized).hasSize(2);
        assertThat(sized).filteredOn(r -> r.getString(0).endsWith("small.txt"))
            .allSatisfy(r -> assertThat(r.isNullAt(1)).isTrue());
        assertThat(sized).filteredOn(r -> r.getString(0).endsWith("big.txt"))
            .allSatisfy(r -> assertThat(r.getString(1)).contains("over the limit of 1048576"));
        Row slow = PlanDocReader.builder().timeLimit(Duration.ofMillis(1)).build().read(spark, limits.toString())
            .filter(col("path").endsWith("big.txt")).select("error", "plans", "format").first();
        assertThat(slow.getString(0)).contains("time limit");
        assertThat(slow.getInt(1)).isZero();
        assertThat(slow.getString(2)).isEqualTo("text");
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** The command's rows over the archive, as "file|column|column…" with the file relative to the archive. */
    private static List<String> cliRows(List<String> command, String... columns) throws IOException {
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("-q", "--format", "json", archive.toString()));
        Main.run(args.toArray(new String[0]),
            new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(new StringWriter()));
        List<String> rows = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        for (JsonNode r : mapper.readTree(out.toString())) {
            StringBuilder b = new StringBuilder(relative(r.path("file").asText()));
            for (String c : columns) {
                JsonNode v = r.path(c);
                b.append('|').append(v.isNull() ? "" : v.isNumber() ? text(v.decimalValue()) : v.asText());
            }
            rows.add(b.toString());
        }
        return rows;
    }

    private static List<String> sparkRows(Dataset<Row> view, String... columns) {
        List<String> rows = new ArrayList<>();
        for (Row r : view.collectAsList()) {
            StringBuilder b = new StringBuilder(relative(r.getAs("file")));
            for (String c : columns) {
                b.append('|').append(text(r.getAs(c)));
            }
            rows.add(b.toString());
        }
        return rows;
    }

    /** A Spark cell as the command writes it: decimals without the column's trailing zeros, lists joined. */
    private static String text(Object v) {
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof scala.collection.Seq<?> seq) {
            return org.plandoc.render.table.Column.text(scala.jdk.javaapi.CollectionConverters.asJava(seq));
        }
        return v == null ? "" : v.toString();
    }

    private static String relative(String file) {
        return file.substring(file.indexOf("/archive/") + "/archive/".length());
    }
}
