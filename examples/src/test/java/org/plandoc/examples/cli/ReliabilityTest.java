package org.plandoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.seeds.Seeds;

/**
 * Nothing overwritten, nothing lost: the rules of the command's outputs and inputs
 * (README, "The command line"), each with the case that once broke it.
 */
class ReliabilityTest {

    static final String SEED = CliTest.SEED;

    @TempDir
    Path dir;

    Path plan(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Seeds.text(SEED), StandardCharsets.UTF_8);
        return file;
    }

    static List<String> files(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> !Files.isDirectory(p)).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    static void mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assumeThat(p.exitValue()).as("mkfifo").isZero();
    }

    // 1. one rule for every command that writes: no output is an input

    @Test
    void tablesNeverReplaceTheirInput() throws Exception {
        Path input = plan("plan.txt");
        String before = Files.readString(input);
        Path link = dir.resolve("link.txt");
        Files.createSymbolicLink(link, input);
        Path hard = dir.resolve("hard.txt");
        Files.createLink(hard, input);
        for (String command : List.of("targets", "tasks")) {
            for (Path out : List.of(input, link, hard, dir.resolve("sub/../plan.txt"))) {
                CliTest.Run r = CliTest.run(command, input.toString(), "-o", out.toString(), "--force");
                assertThat(r.code()).as(command + " -o " + out).isEqualTo(ExitCodes.USAGE);
                assertThat(r.err()).contains("is the input file").contains(input.toString());
            }
        }
        assertThat(Files.readString(input)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    // 2. outputs of a batch never collide, and a collision is found before anything is written

    @Test
    void aFolderConvertedIntoItselfOverwritesNoOtherInput() throws Exception {
        Path batch = dir.resolve("batch");
        plan("batch/a.txt");
        Files.writeString(batch.resolve("a.md"), "# 工作要点\n\n手写的 Markdown\n");
        plan("batch/b.txt");
        CliTest.Run r = CliTest.run("convert", batch.toString(), "--to", "markdown", "-o", batch.toString(), "--force");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(batch.resolve("a.md") + " (the output of " + batch.resolve("a.txt") + "): is the input file")
            .contains("nothing was written");
        assertThat(Files.readString(batch.resolve("a.md"))).contains("手写的 Markdown");
        assertThat(files(batch)).as("not even b.md").containsExactly("a.md", "a.txt", "b.txt");
    }

    @Test
    void twoInputsOfOneNameAreACollisionNotOneOutput() throws Exception {
        Path a = plan("a/x.txt");
        Path b = plan("b/x.txt");
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("convert", a.toString(), b.toString(), "--to", "json", "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(out.resolve("x.json") + ": both " + a + " and " + b + " would be written to it");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputFolderInsideTheInputFolderIsNotReadAgain() throws Exception {
        Path in = dir.resolve("in");
        plan("in/plan.txt");
        Path out = in.resolve("json");
        assertThat(CliTest.run("convert", in.toString(), "--to", "json", "-o", out.toString()).code()).isZero();
        CliTest.Run again = CliTest.run("convert", in.toString(), "--to", "json", "-o", out.toString(), "--force");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(files(in)).containsExactly("json/plan.json", "plan.txt");
    }

    // 3. --force replaces regular files only

    @Test
    void forceReplacesOnlyARegularFile() throws Exception {
        Path input = plan("plan.txt");
        Path fifo = dir.resolve("fifo");
        mkfifo(fifo);
        CliTest.Run r = CliTest.run("convert", input.toString(), "--to", "json", "-o", fifo.toString(), "--force");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(fifo + ": is not a regular file");

        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        assertThat(CliTest.run("convert", input.toString(), "--to", "json", "-o", folder.toString(), "--force").err())
            .contains("is a folder");

        Path kept = dir.resolve("kept.json");
        Files.writeString(kept, "{}");
        Path link = dir.resolve("link.json");
        Files.createSymbolicLink(link, kept);
        CliTest.Run linked = CliTest.run("convert", input.toString(), "--to", "json", "-o", link.toString(), "--force");
        assertThat(linked.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(linked.err()).contains(link + ": is a symbolic link");
        assertThat(Files.readString(kept)).isEqualTo("{}");

        Path dangling = dir.resolve("dangling.json");
        Path nowhere = dir.resolve("nowhere.json");
        Files.createSymbolicLink(dangling, nowhere);
        for (String force : List.of("--quiet", "--force")) {
            CliTest.Run d = CliTest.run("convert", input.toString(), "--to", "json", "-o", dangling.toString(), force);
            assertThat(d.code()).as(force).isEqualTo(ExitCodes.USAGE);
            assertThat(d.err()).contains("is a symbolic link");
            assertThat(Files.isSymbolicLink(dangling)).isTrue();
            assertThat(nowhere).as("the link is not followed").doesNotExist();
        }
    }

    @Test
    void devicesAreNeverReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeThat(Files.exists(devNull)).isTrue();
        CliTest.Run r = CliTest.run("convert", plan("plan.txt").toString(), "--to", "json", "-o", devNull.toString(), "--force");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("/dev/null: is not a regular file");
        assertThat(Files.isRegularFile(devNull)).isFalse();
    }

    // 4. temporary files: recognisable, removed when the run is stopped, stale ones removed later

    @Test
    void temporaryFilesAreNamedForTheirOutputAndRemovedWhenTheRunIsStopped() throws Exception {
        Path out = dir.resolve("plan.json");
        Path[] seen = new Path[1];
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Output.write(out, w -> {
            w.write("{");
            try (Stream<Path> files = Files.list(dir)) {
                seen[0] = files.filter(p -> !p.equals(out)).findFirst().orElseThrow();
            }
            TempFiles.deleteLive();     // what the shutdown hook does on SIGTERM or Ctrl-C
        }, false)).isInstanceOf(Failure.class).hasMessageStartingWith(out + ": cannot write: ");
        assertThat(seen[0].getFileName().toString()).matches("\\.plandoc-plan\\.json-[0-9]+\\.tmp");
        assertThat(TempFiles.ours(seen[0])).isTrue();
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void aStaleTemporaryFileIsRemovedByTheNextRun() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path stale = Files.writeString(out.resolve(".plandoc-plan.json-123.tmp"), "{");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(TempFiles.STALE).minus(Duration.ofMinutes(1))));
        Path live = Files.writeString(out.resolve(".plandoc-plan.json-456.tmp"), "{");
        Path other = Files.writeString(out.resolve(".notes.tmp"), "mine");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        CliTest.Run r = CliTest.run("convert", plan("plan.txt").toString(), "--to", "json", "-o", out.resolve("plan.json").toString());
        assertThat(r.code()).isZero();
        assertThat(files(out)).containsExactly(".notes.tmp", ".plandoc-plan.json-456.tmp", "plan.json");
        assertThat(live).exists();
    }

    @Test
    void aWriteErrorNamesTheOutputNotItsTemporaryFile() throws Exception {
        Path proc = Path.of("/proc");
        assumeThat(Files.isDirectory(proc.resolve("self"))).as("Linux /proc, where no file can be made").isTrue();
        Path out = proc.resolve("plan.json");
        CliTest.Run r = CliTest.run("convert", plan("plan.txt").toString(), "--to", "json", "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err().strip()).startsWith("plandoc: " + out + ": cannot write: ").doesNotContain(".tmp");
    }

    // 5. every failure names the file and the cause; nothing blocks, nothing is read past the limit

    @Test
    @Timeout(30)
    void aDeviceOrAPipeIsRefusedNotReadForever() throws Exception {
        Path fifo = dir.resolve("fifo.txt");
        mkfifo(fifo);
        CliTest.Run r = CliTest.run("check", fifo.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("plandoc: " + fifo + ": not a regular file");
        assertThat(r.out()).contains("1 could not be read");
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            CliTest.Run z = CliTest.run("check", zero.toString());
            assertThat(z.code()).isEqualTo(ExitCodes.IO);
            assertThat(z.err()).contains("plandoc: /dev/zero: not a regular file");
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithItsSize() throws Exception {
        Path input = plan("plan.txt");
        CliTest.Run r = CliTest.run("check", input.toString(), "--max-size", "1K");
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err().strip()).matches("plandoc: " + java.util.regex.Pattern.quote(input.toString())
            + ": [0-9.]+ KB, larger than the limit of 1 KB \\(--max-size\\)");
        CliTest.Run stdin = CliTest.run(Files.readAllBytes(input), "convert", "-", "--to", "json", "--max-size", "1000");
        assertThat(stdin.code()).isEqualTo(ExitCodes.IO);
        assertThat(stdin.err().strip()).isEqualTo("plandoc: <stdin>: larger than the limit of 1000 bytes (--max-size)");
        assertThat(CliTest.run("check", input.toString(), "--max-size", "1M").code()).isZero();
        CliTest.Run bad = CliTest.run("check", input.toString(), "--max-size", "lots");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("'lots' is not a size");
    }

    @Test
    void aFileThatTakesTooLongFailsAndTheBatchGoesOn() throws Exception {
        Path in = dir.resolve("in");
        plan("in/small.txt");
        // about 3 MB: far more than a millisecond's work
        Files.writeString(in.resolve("big.txt"), Seeds.text(SEED).repeat(150));
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("convert", in.toString(), "--to", "json", "-o", out.toString(), "--timeout", "0.001",
            "-j", "1");
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("plandoc: " + in.resolve("big.txt") + ": took longer than 0.001 s (--timeout)");
        assertThat(out.resolve("big.json")).doesNotExist();
        CliTest.Run ok = CliTest.run("convert", in.resolve("small.txt").toString(), in.resolve("big.txt").toString(),
            "--to", "json", "-o", dir.resolve("out2").toString(), "--timeout", "60");
        assertThat(ok.code()).isZero();
    }

    // 6. options that contradict each other or mean nothing are usage errors

    @Test
    void jobsBelowOneAndQuietWithVerboseAreUsageErrors() throws Exception {
        String input = plan("plan.txt").toString();
        for (String jobs : List.of("0", "-5")) {
            CliTest.Run r = CliTest.run("check", input, "-j", jobs);
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("-j/--jobs must be at least 1").contains("--help");
        }
        CliTest.Run qv = CliTest.run("convert", input, "--to", "json", "-q", "-v");
        assertThat(qv.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(qv.err()).contains("-q/--quiet and -v/--verbose contradict each other");
        assertThat(CliTest.run("check", input, "--timeout", "0").err()).contains("--timeout must be a number of seconds more than 0");
    }

    // 7. what a new user ran into

    @Test
    void anEmptyFolderIsNoDocumentsFound() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve(".hidden.txt"), "x");
        for (String[] args : List.of(new String[] {"convert", empty.toString(), "--to", "json", "-o", dir.resolve("out").toString()},
            new String[] {"check", empty.toString()}, new String[] {"targets", empty.toString()})) {
            CliTest.Run r = CliTest.run(args);
            assertThat(r.code()).as(args[0]).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().strip()).isEqualTo("plandoc: no documents found in " + empty + " (hidden files are left out)");
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anEmptyFileIsAWarningTheSummaryCountsAndStrictFailsOn() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        CliTest.Run r = CliTest.run("check", empty.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(empty + ": warning: the file is empty\n1 files: 1 warnings, 0 errors\n");
        assertThat(CliTest.run("check", empty.toString(), "--strict").code()).isEqualTo(ExitCodes.FINDINGS);
        plan("more/plan.txt");
        Files.write(dir.resolve("more/empty.txt"), new byte[0]);
        CliTest.Run batch = CliTest.run("convert", dir.resolve("more").toString(), "--to", "json", "-o", dir.resolve("out").toString());
        assertThat(batch.err()).contains("empty.txt: warning: the file is empty").containsPattern("converted 2 files: .* 1 warnings");
    }

    @Test
    void quietCheckPrintsNothingButFailures() throws Exception {
        Path file = dir.resolve("003.txt");
        Files.writeString(file, Seeds.text("003_6d1b1e67461f18fc.txt"));
        CliTest.Run r = CliTest.run("check", file.toString(), "-q", "--strict");
        assertThat(r.code()).as("the warnings still count").isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aStyleForAFormatWithoutStylesIsAUsageError() throws Exception {
        String input = plan("plan.txt").toString();
        CliTest.Run r = CliTest.run("convert", input, "--to", "json", "--style", "screen");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--style applies to --to html and docx only, not to --to json");
        assertThat(CliTest.run("convert", input, "--to", "markdown", "-s").err()).contains("-s/--standalone applies to --to html only");
        assertThat(CliTest.run("convert", input, "--to", "html", "--style", "screen").code()).isZero();
    }

    @Test
    void aMissingOutputFolderIsCreatedAndSaidSo() throws Exception {
        Path in = dir.resolve("in");
        plan("in/plan.txt");
        Path out = dir.resolve("new/out");
        CliTest.Run r = CliTest.run("convert", in.toString(), "--to", "json", "-o", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("plandoc: created the folder " + out);
        assertThat(files(out)).containsExactly("plan.json");
        CliTest.Run one = CliTest.run("convert", in.resolve("plan.txt").toString(), "--to", "json", "-o",
            dir.resolve("other/plan.json").toString());
        assertThat(one.err()).contains("plandoc: created the folder " + dir.resolve("other"));
        assertThat(Files.exists(dir.resolve("other/plan.json"), LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}
