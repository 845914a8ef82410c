package org.plandoc.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.PlanVisitor;
import org.plandoc.core.Severity;
import org.plandoc.core.Target;
import org.plandoc.core.TargetKind;

/**
 * Runs one task per input file on a few threads, keeping only the files in flight in
 * memory; reports progress on standard error and a summary at the end. A file that fails
 * — whatever the reason, out of memory included — is reported in one line with its name
 * and the cause, and skipped; the batch goes on. With a timeout, a file still running
 * after it is reported as failed and left behind: a thread cannot be killed, so it is
 * interrupted (its output is then not put in place) and the batch no longer waits for it.
 */
final class Batch {

    interface Task {
        /** Processes one file; returns what it read, for the summary. */
        InputOptions.Loaded run(Inputs.Source source);
    }

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean debug;
    private final int jobs;
    private final double timeout;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong plans = new AtomicLong();
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong targets = new AtomicLong();
    /** Of {@link #targets}, the commitments: what {@code plandoc targets} lists by default. */
    private final AtomicLong commitments = new AtomicLong();
    private final AtomicLong warnings = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    /**
     * @param quiet   no progress and no summary
     * @param jobs    files processed at once, at least 1
     * @param timeout seconds a file may take, or 0 for no limit
     */
    Batch(PrintWriter err, boolean quiet, boolean debug, int jobs, double timeout) {
        this.err = err;
        this.quiet = quiet;
        this.debug = debug;
        this.jobs = jobs;
        this.timeout = timeout;
    }

    int failed() {
        return failed.get();
    }

    long warnings() {
        return warnings.get();
    }

    long errors() {
        return errors.get();
    }

    void run(List<Inputs.Source> sources, String verb, Task task) {
        long start = System.nanoTime();
        int threads = Math.max(1, Math.min(jobs, sources.size()));
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "plandoc-worker");
            t.setDaemon(true);
            return t;
        };
        ScheduledThreadPoolExecutor alarms = null;
        if (timeout > 0) {
            alarms = new ScheduledThreadPoolExecutor(1, daemons);
            alarms.setRemoveOnCancelPolicy(true);       // one cancelled alarm per file must not pile up
        }
        // -j workers, each taking the next file as it finishes one: memory follows the files in
        // flight, not the batch, and no thread is started per file (which left a core idle a
        // tenth of the time on a batch of small files). A file still running at its timeout
        // keeps its worker (and its interrupt) to itself: a new worker takes over the rest.
        Work work = new Work(sources, task, alarms, daemons);
        try {
            for (int t = 0; t < threads; t++) {
                work.startWorker();
            }
            boolean terminal = System.console() != null;
            boolean progress = !quiet && sources.size() > 1;
            while (!await(work.settled, terminal ? 200 : 3000)) {
                if (work.live.get() == 0) {
                    // no worker could be started: this thread does the rest, counted as one
                    work.live.incrementAndGet();
                    try {
                        work.takeFiles();
                    } finally {
                        work.live.decrementAndGet();
                    }
                }
                if (progress) {
                    synchronized (err) {
                        err.print((terminal ? "\r" : "") + verb + " " + done.get() + " of " + sources.size() + " files"
                            + (terminal ? "" : "\n"));
                        err.flush();
                    }
                }
            }
            if (progress) {
                double secs = (System.nanoTime() - start) / 1e9;
                synchronized (err) {
                    err.println((terminal ? "\r" : "") + String.format(Locale.ROOT,
                        "%s %d files: %d plans, %d items, %d targets (%d commitments), %d warnings, %d errors, %d failed (%.1f s)",
                        verb, sources.size() - failed.get(), plans.get(), items.get(), targets.get(), commitments.get(),
                        warnings.get(), errors.get(), failed.get(), secs));
                    err.flush();
                }
            }
        } finally {
            if (alarms != null) {
                alarms.shutdownNow();
            }
        }
    }

    /** The files of one run and the workers taking them. */
    private final class Work {
        final List<Inputs.Source> sources;
        final Task task;
        final ScheduledExecutorService alarms;
        final ThreadFactory daemons;
        final AtomicInteger next = new AtomicInteger();
        /** Workers running and not left behind with a file past its timeout. */
        final AtomicInteger live = new AtomicInteger();
        final CountDownLatch settled;

        Work(List<Inputs.Source> sources, Task task, ScheduledExecutorService alarms, ThreadFactory daemons) {
            this.sources = sources;
            this.task = task;
            this.alarms = alarms;
            this.daemons = daemons;
            this.settled = new CountDownLatch(sources.size());
        }

        /** Starts a worker; when no thread can be started, the waiting thread takes the files (see run). */
        void startWorker() {
            live.incrementAndGet();
            try {
                daemons.newThread(() -> {
                    try {
                        takeFiles();
                    } finally {
                        live.decrementAndGet();
                    }
                }).start();
            } catch (Throwable e) {
                live.decrementAndGet();
            }
        }

        /** Takes the next file until none is left, or until one outlives its timeout. */
        void takeFiles() {
            for (int k = next.getAndIncrement(); k < sources.size(); k = next.getAndIncrement()) {
                if (!process(sources.get(k), this)) {
                    return;
                }
            }
        }
    }

    /**
     * Processes one file in the calling worker; false when its timeout came first, so the
     * worker is left behind with it (the alarm has started another).
     */
    private boolean process(Inputs.Source source, Work work) {
        // whoever settles the file first (the task, or its alarm) reports it; the other is ignored
        AtomicBoolean over = new AtomicBoolean();
        Thread worker = Thread.currentThread();
        ScheduledFuture<?> alarm = work.alarms == null ? null : work.alarms.schedule(() -> {
            if (over.compareAndSet(false, true)) {
                worker.interrupt();
                try {
                    fail(source, new Failure(source.display() + ": took longer than " + seconds() + " s (--timeout)"));
                } finally {
                    done.incrementAndGet();
                    work.settled.countDown();
                    work.live.decrementAndGet();    // its worker is left behind: one fewer taking files
                    work.startWorker();
                }
            }
        }, (long) (timeout * 1e9), TimeUnit.NANOSECONDS);
        boolean mine = false;       // whether this worker settles the file, not its alarm
        try {
            InputOptions.Loaded loaded = work.task.run(source);
            if (over.compareAndSet(false, true)) {
                mine = true;
                count(loaded);
            }
        } catch (Throwable e) {
            // an Error too: a worker's OutOfMemoryError is this file's failure, said with its name
            if (mine || over.compareAndSet(false, true)) {
                mine = true;
                fail(source, e);
            }
        } finally {
            if (alarm != null) {
                alarm.cancel(false);
            }
            if (mine) {
                done.incrementAndGet();
                work.settled.countDown();
            }
        }
        if (!mine) {
            work.live.incrementAndGet();    // the alarm counted this worker out; its thread's finally counts it down
        }
        return mine;
    }

    /** Waits up to {@code millis} for every file to settle; true when they have. Interrupts are kept for later. */
    private static boolean await(CountDownLatch latch, long millis) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return latch.await(millis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void fail(Inputs.Source source, Throwable e) {
        failed.incrementAndGet();
        String message;
        try {
            message = e instanceof OutOfMemoryError ? Failure.OUT_OF_MEMORY + ", or fewer files at once with -j"
                : Failure.describe(e);
        } catch (RuntimeException | Error x) {
            message = e.getClass().getName();       // an exception whose message cannot be had still fails its file
        }
        synchronized (err) {
            // our own failures name their file; anything else gets the name here
            err.println("plandoc: " + (e instanceof Failure ? "" : source.display() + ": ") + message);
            if (debug) {
                try {
                    e.printStackTrace(err);
                } catch (RuntimeException | Error x) {
                    err.println("(no stack trace: " + x.getClass().getName() + ")");
                }
            }
            err.flush();
        }
    }

    private String seconds() {
        return BigDecimal.valueOf(timeout).stripTrailingZeros().toPlainString();
    }

    private void count(InputOptions.Loaded loaded) {
        if (loaded == null) {
            return;
        }
        if (loaded.empty()) {
            warnings.incrementAndGet();     // the empty file's own warning, which is no diagnostic of the parser
        }
        ParseResult result = loaded.result();
        plans.addAndGet(result.plans().size());
        long[] n = new long[3];
        result.plans().forEach(p -> p.accept(new PlanVisitor() {
            @Override
            public void visit(Item item) {
                n[0]++;
                visitChildren(item);
            }

            @Override
            public void visit(Target target) {
                n[1]++;
                n[2] += target.kind() == TargetKind.COMMITMENT ? 1 : 0;
            }
        }));
        items.addAndGet(n[0]);
        targets.addAndGet(n[1]);
        commitments.addAndGet(n[2]);
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Severity.WARNING) {
                warnings.incrementAndGet();
            } else if (d.severity() == Severity.ERROR) {
                errors.incrementAndGet();
            }
        }
    }
}
