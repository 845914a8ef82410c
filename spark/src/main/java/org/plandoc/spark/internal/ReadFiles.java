package org.plandoc.spark.internal;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.plandoc.formats.FormatException;
import org.plandoc.formats.Formats;
import org.plandoc.formats.SourceFormat;

/**
 * On an executor: each file of a partition (the rows of Spark's {@code binaryFile} source:
 * path, length, content) to its document row, one file at a time, so that a task holds one
 * file and its model in memory, not its whole partition. A file that cannot be read, that
 * makes the reader throw or that takes longer than the limit is an error row; only a killed
 * task stops the partition.
 */
public final class ReadFiles implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    // one Formats per JVM and page limit: built once, immutable and thread-safe, shared by the tasks
    private static final Map<Integer, Formats> FORMATS = new ConcurrentHashMap<>();

    private final Settings settings;

    public ReadFiles(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                Row file = files.next();
                return read(file.getString(0), file.getLong(1), (byte[]) file.get(2));
            }
        };
    }

    Row read(String path, long length, byte[] content) {
        Formats formats = FORMATS.computeIfAbsent(settings.maxPages(), n -> Formats.builder().maxPages(n).build());
        String name = name(path);
        long start = System.nanoTime();
        try {
            return TimeLimit.run(() -> DocumentRows.of(path, length, formats.read(content, name), settings, start),
                settings.timeLimitMillis());
        } catch (TimeoutException e) {
            return error(path, content, length, String.format(Locale.ROOT,
                "took longer than the time limit of %.1f s per file to read; stopped waiting for it",
                settings.timeLimitMillis() / 1000.0), start);
        } catch (ExecutionException e) {
            return error(path, content, length, reason(e.getCause(), name), start);
        } catch (InterruptedException e) {
            // the task was killed (a cancelled job, a speculative copy that lost): stop, as Spark asks
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + path, e);
        }
    }

    /** What is wrong with the file, as a phrase without its name: the path is in the row. */
    static String reason(Throwable t, String name) {
        if (t instanceof FormatException f) {
            String m = f.getMessage();
            return m.startsWith(f.file() + ": ") ? m.substring(f.file().length() + 2) : m;
        }
        if (t instanceof OutOfMemoryError) {
            return "ran out of memory reading it: give the executors more (spark.executor.memory) or fewer cores each";
        }
        if (t instanceof StackOverflowError) {
            return "nested too deeply to read";
        }
        // a fault of plandoc's own: the file is still one row, and the message says what to report
        String m = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        return "plandoc could not read it (" + t.getClass().getName() + m + "); please report it with the file";
    }

    private Row error(String path, byte[] content, long length, String reason, long start) {
        SourceFormat format = content == null ? null : SourceFormat.detect(content);
        return DocumentRows.error(path, format == null ? null : format.id(), length, reason,
            (System.nanoTime() - start) / 1_000_000, settings);
    }

    /** The last segment of a path or URI: the name diagnostics and the JSON's {@code source.name} use. */
    static String name(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
