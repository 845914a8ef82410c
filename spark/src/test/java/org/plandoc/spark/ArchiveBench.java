package org.plandoc.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.RealDocument;
import org.plandoc.seeds.Seeds;

/**
 * The benchmark of the README (not a test): N files (default 10,000) made from the seed,
 * corpus and real-world documents (text, Word and web pages, in their proportions there),
 * read by {@code plandoc check -j 2} (a JVM of its own each time, as a user runs it) and by
 * Spark in local[2] (one session, the Dataset read anew each round), in alternating rounds.
 * {@code spark/bench} builds and runs it.
 *
 * <pre>
 * ArchiveBench FOLDER [FILES] [PLANDOC_JAR] [ROUNDS]
 * </pre>
 */
public final class ArchiveBench {

    private ArchiveBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        String jar = args.length > 2 ? args[2] : "examples/target/plandoc.jar";
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        long bytes = make(folder, files);
        System.out.printf(Locale.ROOT, "%d files, %.1f MB in %s%n", files, bytes / 1e6, folder);
        SparkSession spark = SparkSession.builder().master("local[2]").appName("plandoc bench")
            .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        // rounds alternate, so that a busy spell of the machine falls on both; wall and CPU time
        // both, since the CPU time of the same work varies less on a shared machine
        for (int round = 1; round <= rounds; round++) {
            double[] cli = check(jar, folder);
            System.out.printf(Locale.ROOT, "round %d: plandoc check -j 2: %.1f s wall, %.1f s CPU; %.1f MB/s%n",
                round, cli[0], cli[1], bytes / 1e6 / cli[0]);
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Dataset<Row> docs = PlanDocs.read(spark, folder.toString());
            Row r = docs.agg(count("path"), sum(when(col("error").isNotNull(), 1).otherwise(0)),
                sum(size(col("items"))), sum(size(col("targets"))), sum(col("millis"))).first();
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: Spark local[2]: %.1f s wall, %.1f s CPU; %.1f MB/s; %d documents"
                    + " (%d not read), %d items, %d targets, %d partitions, reader time %.1f ms a file%n",
                round, wall, cpu, bytes / 1e6 / wall, r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3),
                docs.rdd().getNumPartitions(), r.getLong(4) / (double) files);
            System.out.printf(Locale.ROOT, "round %d: ratio check/Spark: %.2f wall, %.2f CPU; Spark per core: %.1f MB/s"
                    + " wall (%.1f MB per CPU second), %.0f files/s%n", round, cli[0] / wall, cli[1] / cpu,
                bytes / 1e6 / wall / 2, bytes / 1e6 / cpu, files / wall / 2);
        }
        spark.stop();
    }

    /** {@code plandoc check -j 2 -q FOLDER} in its own JVM: wall and CPU seconds, as /usr/bin/time measures them. */
    private static double[] check(String jar, Path folder) throws IOException, InterruptedException {
        Path times = Files.createTempFile("plandoc-bench", ".txt");
        Process p = new ProcessBuilder("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S", "java", "-jar", jar,
            "check", "-q", "-j", "2", folder.toString())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        if (code > 1) {
            throw new IllegalStateException("plandoc check failed: exit " + code);
        }
        String[] t = Files.readString(times).trim().split(" ");
        Files.delete(times);
        return new double[] {Double.parseDouble(t[0]), Double.parseDouble(t[1]) + Double.parseDouble(t[2])};
    }

    /** Writes the folder unless it holds the files already; the bytes of all of them. */
    static long make(Path folder, int files) throws IOException {
        List<Object[]> sources = new ArrayList<>();
        for (Document d : Seeds.all()) {
            sources.add(new Object[] {d.name(), d.text().getBytes(StandardCharsets.UTF_8)});
        }
        for (Document d : Seeds.corpus()) {
            sources.add(new Object[] {d.name(), d.text().getBytes(StandardCharsets.UTF_8)});
        }
        for (RealDocument d : Seeds.realworld()) {
            sources.add(new Object[] {d.name(), d.bytes()});
        }
        if (!Files.isDirectory(folder)) {
            for (int i = 0; i < files; i++) {
                Object[] s = sources.get(i % sources.size());
                Path f = folder.resolve(String.format(Locale.ROOT, "%03d/%05d_%s", i / 500, i, s[0]));
                Files.createDirectories(f.getParent());
                Files.write(f, (byte[]) s[1]);
            }
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
