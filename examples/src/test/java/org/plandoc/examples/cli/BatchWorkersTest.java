package org.plandoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The batch's workers: each takes the next file as it finishes one; a file stuck past its timeout keeps its worker. */
class BatchWorkersTest {

    static List<Inputs.Source> files(int n) {
        List<Inputs.Source> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Inputs.Source("f" + i, "f" + i, null, Path.of("f" + i)));
        }
        return out;
    }

    @Test
    @Timeout(60)
    void aFileStuckPastItsTimeoutIsLeftBehindAndAnotherWorkerDoesTheRest() {
        StringWriter err = new StringWriter();
        Batch batch = new Batch(new PrintWriter(err), true, false, 1, 0.2);
        Set<String> done = ConcurrentHashMap.newKeySet();
        CountDownLatch never = new CountDownLatch(1);
        batch.run(files(20), "checked", source -> {
            if (source.display().equals("f3")) {
                // ignores its interrupt, as a parse in a tight loop would: only the timeout frees the batch
                while (true) {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        // keeps waiting
                    }
                }
            }
            done.add(source.display());
            return null;
        });
        assertThat(batch.failed()).isEqualTo(1);
        assertThat(err.toString()).contains("f3: took longer than 0.2 s (--timeout)");
        assertThat(done).hasSize(19).doesNotContain("f3");
    }

    @Test
    @Timeout(60)
    void aFailureWhoseMessageCannotBeHadStillFailsOnlyItsFile() {
        StringWriter err = new StringWriter();
        Batch batch = new Batch(new PrintWriter(err), true, false, 1, 0);
        Set<String> done = ConcurrentHashMap.newKeySet();
        batch.run(files(3), "checked", source -> {
            if (source.display().equals("f1")) {
                throw new IllegalStateException() {
                    @Override
                    public String getMessage() {
                        throw new UnsupportedOperationException("no message");
                    }
                };
            }
            done.add(source.display());
            return null;
        });
        assertThat(batch.failed()).isEqualTo(1);
        assertThat(done).containsExactlyInAnyOrder("f0", "f2");
        assertThat(err.toString()).contains("plandoc: f1: ");
    }

    @Test
    @Timeout(60)
    void jobsAtOnceNeverMoreThanAsked() {
        Batch batch = new Batch(new PrintWriter(new StringWriter()), true, false, 3, 0);
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        batch.run(files(200), "checked", source -> {
            workers.add(Thread.currentThread());
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.onSpinWait();
            running.decrementAndGet();
            return null;
        });
        assertThat(most.get()).isBetween(1, 3);
        assertThat(workers).as("threads reused, not one per file").hasSizeLessThanOrEqualTo(3);
        assertThat(batch.failed()).isZero();
    }
}
