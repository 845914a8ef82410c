package org.plandoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
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
}
