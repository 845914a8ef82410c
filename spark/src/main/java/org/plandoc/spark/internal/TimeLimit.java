package org.plandoc.spark.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one file's work on a thread of its own and stops waiting for it after a time.
 *
 * <p>Nothing can stop a parse that does not look at its interrupt flag (POI, PDFBox and the
 * parser don't), so a parse past its limit is interrupted and left to finish on its own daemon
 * thread while the task goes on with the next file; the pool makes a new thread for that. The
 * parser is linear in its input, so such a thread ends: the limit keeps one pathological file
 * from holding up a task (and the job behind it), it does not free the core at once.
 */
final class TimeLimit {

    private static final AtomicInteger THREADS = new AtomicInteger();

    // daemon threads: a parse left running never keeps an executor's JVM alive
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "plandoc-read-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private TimeLimit() {
    }

    /**
     * The work's result, or its failure as thrown.
     *
     * @throws TimeoutException   when it has not finished within {@code millis}
     * @throws ExecutionException when it threw (the cause is what it threw)
     * @throws InterruptedException when the calling thread (the Spark task) was interrupted: killed
     */
    static <T> T run(Callable<T> work, long millis) throws TimeoutException, ExecutionException, InterruptedException {
        Future<T> future = POOL.submit(work);
        try {
            return future.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }
}
