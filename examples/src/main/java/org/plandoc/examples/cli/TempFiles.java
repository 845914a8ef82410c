package org.plandoc.examples.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files outputs are written to before they are renamed into place. Named
 * {@code .plandoc-<output name>-<random digits>.tmp} beside the output, so that they are
 * hidden, recognisable, and tied to their output. A run that is stopped (Ctrl-C, SIGTERM)
 * deletes its own on the way out; one that is killed outright (SIGKILL, power loss) cannot,
 * so a later run writing into the same folder removes those older than {@link #STALE}. An hour
 * is far longer than any write takes, so a file still being written by another run is never
 * taken for a stale one.
 */
final class TempFiles {

    /** The age after which a temporary file left beside an output is taken for a dead run's. */
    static final Duration STALE = Duration.ofHours(1);

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    /** Set by the shutdown hook: the threads still writing make no new temporary files. */
    private static volatile boolean stopping;

    /** The folders already cleared of stale files, in this run (this JVM). */
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::stop, "plandoc-temp-files"));
    }

    private TempFiles() {
    }

    /** A new temporary file for {@code target}, in its folder, deleted if the run is stopped. */
    static Path create(Path target) throws IOException {
        if (stopping) {
            throw new IOException("the run is stopping");
        }
        Path tmp = newFile(target.getParent(), prefix(target));
        LIVE.add(tmp);
        if (stopping) {
            // the hook ran while the file was made: it did not see it
            delete(tmp);
            throw new IOException("the run is stopping");
        }
        return tmp;
    }

    /** Deletes a temporary file (if it was not renamed into place) and forgets it. */
    static void delete(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // nothing more to do: it is hidden, and a later run removes it once stale
        } finally {
            LIVE.remove(tmp);
        }
    }

    /** What the shutdown hook runs: no new temporary files, and those of the writes in flight deleted. */
    private static void stop() {
        stopping = true;
        deleteLive();
    }

    /** Deletes the temporary files of this run's writes in flight. */
    static void deleteLive() {
        for (Path tmp : LIVE) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // the JVM is going down; a later run removes it once stale
            }
        }
    }

    /**
     * Removes the temporary files left in {@code target}'s folder by runs that died more than
     * {@link #STALE} ago. Once per folder and run: a batch writes thousands of files into one.
     */
    static void removeStale(Path target) {
        Path folder = target.getParent();
        if (!SWEPT.add(folder)) {
            return;
        }
        FileTime before = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, TempFiles::ours)) {
            for (Path p : dir) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // a leftover we cannot list or remove is no reason to fail the write
        }
    }

    /** Whether the file is named as {@link #create} names them: .plandoc-NAME-DIGITS.tmp. */
    static boolean ours(Path p) {
        String name = p.getFileName().toString();
        return name.matches("\\.plandoc-.+-[0-9]+\\.tmp");
    }

    /**
     * A new private file (rw------- where the file system has permissions) named PREFIX +
     * random digits + .tmp in {@code dir}, as {@code Files.createTempFile} makes them, but
     * named with a plain random generator: createTempFile's SecureRandom starts the
     * security providers, a twentieth of a small conversion's start-up. The name need
     * only be new, not secret: the file is created only if no file (or link) has that
     * name, and another name is tried if one has.
     */
    private static Path newFile(Path dir, String prefix) throws IOException {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return posix ? Files.createFile(tmp, PRIVATE) : Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE =
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private static String prefix(Path target) {
        return ".plandoc-" + target.getFileName() + "-";
    }
}
