package org.plandoc.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.PlanVisitor;
import org.plandoc.core.Severity;
import org.plandoc.core.Target;

/**
 * Runs one task per input file on a few threads, keeping only the files in
 * flight in memory; reports progress on standard error and a summary at the
 * end. A file that fails is reported in one line and skipped; the batch goes on.
 */
final class Batch {

    interface Task {
        /** Processes one file; returns its result for the summary. */
        ParseResult run(Inputs.Source source);
    }

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean debug;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong plans = new AtomicLong();
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong targets = new AtomicLong();
    private final AtomicLong warnings = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    Batch(PrintWriter err, boolean quiet, boolean debug) {
        this.err = err;
        this.quiet = quiet;
        this.debug = debug;
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

    void run(List<Inputs.Source> sources, int jobs, String verb, Task task) {
        long start = System.nanoTime();
        int threads = Math.max(1, Math.min(jobs, sources.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // at most a few files in flight per thread: memory follows the files in flight, not the batch
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<?>> futures = new ArrayList<>();
        long lastReport = System.nanoTime();
        boolean terminal = System.console() != null;
        try {
            for (Inputs.Source source : sources) {
                inFlight.acquireUninterruptibly();
                futures.add(pool.submit(() -> {
                    try {
                        count(task.run(source));
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        synchronized (err) {
                            err.println("plandoc: " + (e instanceof Failure ? "" : source.display() + ": ") + Failure.describe(e));
                            if (debug) {
                                e.printStackTrace(err);
                            }
                            err.flush();
                        }
                    } finally {
                        done.incrementAndGet();
                        inFlight.release();
                    }
                }));
                if (!quiet && sources.size() > 1 && (terminal || System.nanoTime() - lastReport > 3_000_000_000L)) {
                    lastReport = System.nanoTime();
                    synchronized (err) {
                        err.print((terminal ? "\r" : "") + verb + " " + done.get() + " of " + sources.size() + " files"
                            + (terminal ? "" : "\n"));
                        err.flush();
                    }
                }
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }
        } finally {
            pool.shutdown();
        }
        if (!quiet && sources.size() > 1) {
            double seconds = (System.nanoTime() - start) / 1e9;
            synchronized (err) {
                err.println((terminal ? "\r" : "") + String.format(Locale.ROOT,
                    "%s %d files: %d plans, %d items, %d targets, %d warnings, %d errors, %d failed (%.1f s)",
                    verb, sources.size() - failed.get(), plans.get(), items.get(), targets.get(), warnings.get(),
                    errors.get(), failed.get(), seconds));
                err.flush();
            }
        }
    }

    private void count(ParseResult result) {
        if (result == null) {
            return;
        }
        plans.addAndGet(result.plans().size());
        long[] n = new long[2];
        result.plans().forEach(p -> p.accept(new PlanVisitor() {
            @Override
            public void visit(Item item) {
                n[0]++;
                visitChildren(item);
            }

            @Override
            public void visit(Target target) {
                n[1]++;
            }
        }));
        items.addAndGet(n[0]);
        targets.addAndGet(n[1]);
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Severity.WARNING) {
                warnings.incrementAndGet();
            } else if (d.severity() == Severity.ERROR) {
                errors.incrementAndGet();
            }
        }
    }
}
