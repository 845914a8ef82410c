package org.plandoc.examples.cli;

/** The exit codes of the {@code plandoc} command. */
final class ExitCodes {
    /** Done; nothing worth a non-zero code. */
    static final int OK = 0;
    /** Done, but the input has errors (or warnings, with {@code --strict}). */
    static final int FINDINGS = 1;
    /** Usage or I/O problem: nothing (or not everything) was done. */
    static final int IO = 2;
    /**
     * A usage error (a bad option, no documents, outputs that would collide): nothing was
     * done. The same code as {@link #IO}, as picocli and most tools use 2 for both.
     */
    static final int USAGE = IO;

    private ExitCodes() {
    }
}
