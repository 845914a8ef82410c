package org.plandoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.seeds.Seeds;

/** The real executable jar, run as a user runs it, with standard input and output. */
class JarIT {

    static final Path JAR = Path.of("target", "plandoc.jar");

    record Run(int code, String out, String err) {
    }

    static Run java(byte[] stdin, String... args) throws Exception {
        return javaWith(List.of(), stdin, args);
    }

    static Run javaWith(List<String> jvm, byte[] stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("plandoc", ".out");
        Path err = Files.createTempFile("plandoc", ".err");
        Path in = Files.createTempFile("plandoc", ".in");
        Files.write(in, stdin);
        Process p = new ProcessBuilder(command).redirectInput(in.toFile()).redirectOutput(out.toFile())
            .redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarIsSelfContainedAndListsItsCommands() throws Exception {
        assertThat(JAR).exists();
        Run r = java(new byte[0], "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("convert");
    }

    @Test
    void convertsStandardInputToJson() throws Exception {
        byte[] seed = Seeds.text("002_a46ad2cbf2e58c42.txt").getBytes(StandardCharsets.UTF_8);
        Run r = java(seed, "convert", "-", "--to", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"title\": \"区2024年度卫生健康工作要点\"");
        assertThat(r.err()).contains("<stdin>:1:5000: warning PD301");
    }

    @Test
    void aMissingFileIsOneLineOnStandardError() throws Exception {
        Run r = java(new byte[0], "convert", "no" + File.separator + "such.txt", "--to", "json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("plandoc: no" + File.separator + "such.txt: no such file");
    }

    @Test
    void aGbkDefaultCharsetAndATurkishLocaleChangeNothing() throws Exception {
        byte[] seed = Seeds.text("003_6d1b1e67461f18fc.txt").getBytes(StandardCharsets.UTF_8);
        Run plain = java(seed, "convert", "-", "--to", "yaml");
        Run gbk = javaWith(List.of("-Dfile.encoding=GBK", "-Duser.language=tr", "-Duser.country=TR"), seed,
            "convert", "-", "--to", "yaml");
        assertThat(gbk.code()).isZero();
        assertThat(gbk.out()).isEqualTo(plain.out()).contains("title: 2022年株洲市卫生健康工作要点");
        assertThat(gbk.err()).isEqualTo(plain.err());
    }

    /** About 8.5 MB of plan: a few seconds of work, and a heap of about 80 MB. */
    static Path bigPlan(Path dir) throws Exception {
        return Files.writeString(dir.resolve("big.txt"), Seeds.text("001_158d65b1c18562e7.txt").repeat(500));
    }

    @Test
    void aStoppedRunLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path big = bigPlan(dir);
        Path out = Files.createDirectory(dir.resolve("out"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
            JAR.toString(), "convert", big.toString(), "--to", "json", "-o", out.resolve("big.json").toString())
            .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        boolean seen = false;
        // stop the run while it writes: once its temporary file is there
        while (!seen && p.isAlive()) {
            try (Stream<Path> files = Files.list(out)) {
                seen = files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"));
            }
            Thread.sleep(5);
        }
        p.destroy();    // SIGTERM, as kill and a stopped service send it
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assumeThat(seen).as("the run was stopped while it wrote").isTrue();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file, no half output").isEmpty();
        }
    }

    @Test
    void runningOutOfMemoryNamesTheFile(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        bigPlan(in);
        Files.writeString(in.resolve("small.txt"), Seeds.text("001_158d65b1c18562e7.txt"));
        Run batch = javaWith(List.of("-Xmx48m"), new byte[0], "convert", in.toString(), "--to", "json", "-o",
            dir.resolve("out").toString(), "-j", "1");
        assertThat(batch.code()).isEqualTo(2);
        assertThat(batch.err()).contains("plandoc: " + in.resolve("big.txt") + ": out of memory; give Java more")
            .contains("converted 1 files").contains("1 failed");
        assertThat(dir.resolve("out/small.json")).exists();
        Run one = javaWith(List.of("-Xmx48m"), new byte[0], "convert", in.resolve("big.txt").toString(), "--to", "json");
        assertThat(one.code()).isEqualTo(2);
        assertThat(one.err().strip()).startsWith("plandoc: " + in.resolve("big.txt") + ": out of memory");
    }
}
