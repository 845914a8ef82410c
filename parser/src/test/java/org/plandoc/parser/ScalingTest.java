package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quadratic time fails the build: for each pathological shape, parsing 4N chars
 * must take less than 10× the time of N chars. Linear work gives about 4×, a scan
 * that re-reads its run from every position 16×. Each time is the processor time
 * of the parsing thread, the best of a few runs after a warm-up, so that a busy
 * shared machine does not decide; and the ratio is generous, so that only the
 * shape of the growth can fail the test.
 */
class ScalingTest {

    static final PlanParser PARSER = PlanParser.builder().build();
    static final int N = 100_000;
    static final double MAX_RATIO = 10;
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A shape of text of about {@code n} chars; {@code n} larger where the quadratic term starts small. */
    record Shape(String name, int n, IntFunction<String> text) {
        Shape(String name, IntFunction<String> text) {
            this(name, N, text);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code unit(i)} repeated until the text is at least {@code n} chars. */
    static String repeat(int n, IntFunction<String> unit) {
        StringBuilder b = new StringBuilder(n + 64);
        for (int i = 0; b.length() < n; i++) {
            b.append(unit.apply(i));
        }
        return b.toString();
    }

    static Stream<Shape> shapes() {
        return Stream.of(
            new Shape("one line of digits", n -> "1".repeat(n)),
            new Shape("one line of full-width digits", n -> "１".repeat(n)),
            new Shape("lines of 1", n -> repeat(n, i -> "1\n")),
            new Shape("digits after a target", n -> "新增5个" + "1".repeat(n)),
            new Shape("one line of Chinese numerals", n -> "一".repeat(n)),
            new Shape("markers 一、", n -> repeat(n, i -> "一、")),
            new Shape("markers （一）", n -> repeat(n, i -> "（一）")),
            new Shape("markers 1.", n -> repeat(n, i -> "1.")),
            new Shape("markers 一是", n -> repeat(n, i -> "一是")),
            new Shape("markers ①", n -> repeat(n, i -> "①")),
            new Shape("markers 第一章", n -> repeat(n, i -> "第一章")),
            new Shape("decimal numbers", n -> repeat(n, i -> "1.") + " 总则"),
            new Shape("lines of markers", n -> repeat(n, i -> "一、\n（一）\n1.\n")),
            new Shape("open brackets (", n -> "(".repeat(n)),
            new Shape("open brackets （", n -> "（".repeat(n)),
            new Shape("brackets with digits", n -> repeat(n, i -> "(1")),
            new Shape("第 without end", n -> repeat(n, i -> "第1")),
            new Shape("one long line", n -> "字".repeat(n)),
            new Shape("one long plan line", n -> repeat(n, i -> "（" + (i % 9 + 1) + "）加强建设，新增病床1600张。")),
            new Shape("blanks before a marker", n -> " ".repeat(n) + "一、"),
            new Shape("banner lines", n -> repeat(n, i -> "来源：网络\n") + "工作要点\n一、总体要求\n"),
            new Shape("placeholders X X", n -> repeat(n, i -> "X ")),
            new Shape("placeholders X.X", n -> repeat(n, i -> "X.")),
            new Shape("tables of contents", n -> repeat(n, i -> "目录\n" + i + "长".repeat(70) + "\n")),
            new Shape("attachment lines", n -> repeat(n, i -> "附件1\n")),
            new Shape("part headers", n -> repeat(n, i -> "第一篇：某某工作要点\n")),
            new Shape("plans with page metadata", 5 * N, n -> repeat(n, i -> "发布日期：2022-01-01\n工作要点\n一、甲\n")),
            new Shape("page numbers", n -> repeat(n, i -> (i % 999 + 1) + "、继续\n")),
            new Shape("deadlines", n -> "一、总体\n（一）" + repeat(n, i -> "年底前"))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void fourTimesTheTextTakesLessThanTenTimesTheTime(Shape shape) {
        String small = shape.text().apply(shape.n());
        String large = shape.text().apply(4 * shape.n());
        time(small);
        time(large);
        // runs taken in turns, the best of each: a busy moment of the machine slows both or neither
        double t1 = Double.MAX_VALUE;
        double t4 = Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();        // each round starts from a clean heap: the garbage of the one before is not its time
            t1 = Math.min(t1, time(small));
            t4 = Math.min(t4, time(large));
        }
        // below a millisecond the clock decides, not the scan: count such a time as one
        double ratio = t4 / Math.max(t1, 1e-3);
        System.out.printf(java.util.Locale.ROOT, "scaling %-32s %8d chars %.4f s, 4x %.4f s, ratio %.1f%n", shape,
            small.length(), t1, t4, ratio);
        assertThat(ratio).as("%s: %d chars in %.4f s, %d chars in %.4f s", shape, small.length(), t1,
            large.length(), t4).isLessThan(MAX_RATIO);
    }

    /**
     * The processor time of one parse on this thread, in seconds: other processes on
     * the machine and the collector's threads do not count, the scan does.
     */
    static double time(String text) {
        long start = THREADS.getCurrentThreadCpuTime();
        PARSER.parse(text);
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
    }
}
