package org.plandoc.examples.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** A problem to report in one line, with no stack trace. */
final class Failure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What running out of memory means to the user: the heap is too small for the file, and how to give more. */
    static final String OUT_OF_MEMORY = "out of memory; give Java more with JAVA_OPTS=-Xmx2g (the plandoc script passes it on)";

    final int exitCode;

    Failure(String message) {
        this(message, ExitCodes.IO);
    }

    Failure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** One line for any exception: ours as written, I/O as what went wrong with which file. */
    static String describe(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (t instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (t instanceof Failure) {
            return t.getMessage();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
