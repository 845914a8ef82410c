package org.plandoc.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes one output atomically: to a temporary file beside the target (see {@link TempFiles}),
 * then renamed into place, so an interrupted run never leaves half a file. What may be
 * written at all is {@link Outputs}' rule; this class checks again at the moment of writing
 * what can change in between (a file or link that appeared).
 */
final class Output {

    private Output() {
    }

    /** What writes the output, straight into the temporary file: nothing is held in memory whole. */
    interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** What writes binary output (a .docx) into the temporary file. */
    interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes text content. */
    static void write(Path target, String content, boolean force) {
        write(target, w -> w.write(content), force);
    }

    /** Writes streamed text content. */
    static void write(Path target, Content content, boolean force) {
        writeBytes(target, out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        }, force);
    }

    /**
     * Why {@code target} may not be written, or null when it may: only a regular file is ever
     * replaced, and only with {@code force}. A link is not followed and not replaced, even
     * dangling: what it points to is not the user's output, and replacing the link loses it.
     */
    static String refusal(Path target, boolean force) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(resolved(target), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;    // nothing there (or nothing readable: then the write says why)
        }
        if (a.isSymbolicLink()) {
            return target + ": is a symbolic link; plandoc replaces only regular files (remove the link or name another file)";
        }
        if (a.isDirectory()) {
            return target + ": is a folder; give a file name with -o";
        }
        if (!a.isRegularFile()) {
            return target + ": is not a regular file (a device, pipe or socket); plandoc writes only regular files";
        }
        return force ? null : target + ": exists; use --force to replace it";
    }

    /**
     * The file an output path names, as this class writes it: absolute, with {@code ..} taken
     * away by name. What is checked ({@link Outputs}) is this path, so it is what is written.
     */
    static Path resolved(Path target) {
        return target.toAbsolutePath().normalize();
    }

    /** Writes streamed bytes: checked, into a temporary file, renamed into place. */
    static void writeBytes(Path target, Bytes content, boolean force) {
        String refused = refusal(target, force);
        if (refused != null) {
            throw new Failure(refused);
        }
        Path absolute = resolved(target);
        Path dir = absolute.getParent();
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new Failure("cannot create the output folder " + dir + ": " + Failure.describe(e));
            }
        }
        Path tmp = null;
        try {
            TempFiles.removeStale(absolute);
            tmp = TempFiles.create(absolute);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            permissions(tmp, absolute);
            // a file that ran out of time (--timeout) was interrupted: its output must not land late
            if (Thread.currentThread().isInterrupted()) {
                throw new Failure(target + ": not written: the file was stopped");
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } catch (java.io.UncheckedIOException e) {
            throw cannotWrite(target, e.getCause());
        } finally {
            if (tmp != null) {
                TempFiles.delete(tmp);
            }
        }
    }

    /** The temporary file's name means nothing to the user: the message names the output. */
    private static Failure cannotWrite(Path target, IOException e) {
        Failure f = new Failure(target + ": cannot write: " + reason(e));
        f.initCause(e);     // for --debug
        return f;
    }

    /** What went wrong, without the file it went wrong with. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * A temporary file is private (rw-------); the output takes the permissions of
     * the file it replaces, or rw-r--r-- like any new file.
     */
    private static void permissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }
}
