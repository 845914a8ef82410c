package org.plandoc.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output atomically: to a temporary file beside the target, then renamed
 * into place, so an interrupted run never leaves half a file. Never writes over
 * an input, and replaces an existing file only when told to.
 */
final class Output {

    private Output() {
    }

    /**
     * A temporary file is private (rw-------); the output takes the permissions of
     * the file it replaces, or rw-r--r-- like any new file.
     */
    private static void permissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Writes text content. */
    static void write(Path target, String content, Path input, boolean force) {
        write(target, w -> w.write(content), input, force);
    }

    /** What writes the output, straight into the temporary file: nothing is held in memory whole. */
    interface Content {
        void writeTo(java.io.Writer writer) throws IOException;
    }

    /** What writes binary output (a .docx) into the temporary file. */
    interface Bytes {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Writes streamed text content. */
    static void write(Path target, Content content, Path input, boolean force) {
        writeBytes(target, out -> {
            java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        }, input, force);
    }

    /** Writes streamed bytes, with the same care as text: never over the input, atomically, replacing only when told. */
    static void writeBytes(Path target, Bytes content, Path input, boolean force) {
        try {
            Path absolute = target.toAbsolutePath().normalize();
            if (input != null && Files.exists(absolute) && Files.exists(input) && Files.isSameFile(absolute, input)) {
                throw new Failure(target + ": is the input file; refusing to write over it");
            }
            if (Files.isDirectory(absolute)) {
                throw new Failure(target + ": is a folder; give a file name with -o");
            }
            if (Files.exists(absolute) && !force) {
                throw new Failure(target + ": exists; use --force to replace it");
            }
            Path dir = absolute.getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                try {
                    Files.createDirectories(dir);
                } catch (IOException e) {
                    throw new Failure("cannot create the output folder " + dir + ": " + Failure.describe(e));
                }
            }
            Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            try {
                try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
                    content.writeTo(out);
                }
                permissions(tmp, absolute);
                try {
                    Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
