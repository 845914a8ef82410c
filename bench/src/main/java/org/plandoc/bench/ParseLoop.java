package org.plandoc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.plandoc.parser.PlanParser;

/**
 * Parses a corpus over and over, for a profiler to watch: {@code java
 * -XX:StartFlightRecording=filename=parse.jfr -cp bench/target/benchmarks.jar
 * org.plandoc.bench.ParseLoop realworld 10 60} parses 10 MB of the real-world
 * texts for 60 seconds, then prints the MB/s of the last half, and of the
 * fastest parse in wall time and in the parsing thread's CPU time (on a shared
 * machine the CPU time is the steadier figure).
 */
public final class ParseLoop {

    private ParseLoop() {
    }

    public static void main(String[] args) {
        String corpus = args.length > 0 ? args[0] : "seeds";
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String text = Corpus.text(corpus, megabytes * 1_000_000L);
        double mb = Corpus.megabytes(text);
        PlanParser parser = PlanParser.builder().build();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long half = start + seconds * 500_000_000L;
        long measuredFrom = 0;
        int measured = 0;
        int sink = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bestWall = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (long now = start; now < end; now = System.nanoTime()) {
            if (now >= half && measuredFrom == 0) {
                measuredFrom = now;
            }
            long cpu = threads.getCurrentThreadCpuTime();
            sink += parser.parse(text).diagnostics().size();
            long wall = System.nanoTime() - now;
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            if (measuredFrom != 0) {
                measured++;
                bestWall = Math.min(bestWall, wall);
                bestCpu = Math.min(bestCpu, cpu);
            }
        }
        double secondsMeasured = (System.nanoTime() - measuredFrom) / 1e9;
        System.out.printf(Locale.ROOT, "%s, %.1f MB: %.1f MB/s (%d parses in the second half); fastest %.1f MB/s wall, %.1f MB/s"
            + " CPU (%d)%n", corpus, mb, measured * mb / secondsMeasured, measured, mb / (bestWall / 1e9), mb / (bestCpu / 1e9), sink);
    }
}
