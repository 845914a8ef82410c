package org.plandoc.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one rule for what a run may write, applied by every command that writes and checked
 * for all its outputs before anything is written:
 * <ul>
 *   <li>no output is an input of the same run — compared as files, after resolving links,
 *       so another path, a symbolic or a hard link to an input counts as the input;</li>
 *   <li>no two inputs write the same output ({@code a.txt} and {@code a.md} both to
 *       {@code a.md}, {@code a/x.txt} and {@code b/x.txt} both to {@code out/x.json});</li>
 *   <li>an output that exists is replaced only when it is a regular file, and only with
 *       {@code --force} ({@link Output#refusal}).</li>
 * </ul>
 * A breach is a usage error that names the files; nothing is written.
 *
 * <pre>{@code
 * Outputs outputs = new Outputs(sources, force);
 * outputs.add(target, source);     // for each output; null source for one table of all inputs
 * outputs.check();                 // throws Failure naming every breach
 * }</pre>
 */
final class Outputs {

    /** At most this many breaches are listed: the rest are counted. */
    private static final int SHOWN = 20;

    private final boolean force;
    private final Map<Object, Inputs.Source> inputs = new HashMap<>();
    private final Map<Path, Inputs.Source> planned = new LinkedHashMap<>();
    private final List<String> breaches = new ArrayList<>();
    private int count;

    Outputs(List<Inputs.Source> sources, boolean force) {
        this.force = force;
        for (Inputs.Source s : sources) {
            Object id = s.path() == null ? null : identity(s.path());
            if (id != null) {
                inputs.put(id, s);
            }
        }
    }

    /** Plans {@code target} as the output of {@code source} (null: of all the inputs, one table). */
    void add(Path target, Inputs.Source source) {
        count++;
        Object id = identity(Output.resolved(target));
        Inputs.Source input = id == null ? null : inputs.get(id);
        if (input != null) {
            String from = source == null || source == input ? "" : " (the output of " + source.display() + ")";
            breaches.add(target + from + ": is the input file " + input.display() + "; refusing to write over it");
            return;
        }
        Inputs.Source before = planned.putIfAbsent(key(target), source);
        if (before != null) {
            breaches.add(target + ": both " + before.display() + " and " + source.display()
                + " would be written to it; convert them into different folders");
            return;
        }
        String refused = Output.refusal(target, force);
        if (refused != null) {
            breaches.add(refused);
        }
    }

    /** Throws a usage error naming every breach found, before anything is written. */
    void check() {
        if (breaches.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, breaches.size()); i++) {
            b.append(i == 0 ? "" : "\nplandoc: ").append(breaches.get(i));
        }
        if (breaches.size() > SHOWN) {
            b.append("\nplandoc: … and ").append(breaches.size() - SHOWN).append(" more");
        }
        if (count > 1) {
            b.append("\nplandoc: nothing was written");
        }
        throw new Failure(b.toString(), ExitCodes.USAGE);
    }

    /** Creates the output folder if it is missing, and says so: a misspelt -o should not pass unseen. */
    static void createFolder(Path folder, PrintWriter err, boolean quiet) {
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new Failure("cannot create the output folder " + folder + ": " + Failure.describe(e));
        }
        if (!quiet) {
            synchronized (err) {
                err.println("plandoc: created the folder " + folder);
                err.flush();
            }
        }
    }

    /**
     * The file at {@code path} as the file system knows it (its inode where there is one),
     * following links; null when nothing is there.
     */
    private static Object identity(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return a.fileKey() != null ? a.fileKey() : path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Where {@code path} would be written, for comparing outputs that may not exist yet: the
     * real path of its folder (links resolved) and its name.
     */
    private static Path key(Path path) {
        Path absolute = Output.resolved(path);
        Path folder = absolute.getParent();
        Path rest = absolute.getFileName();
        while (folder != null) {
            try {
                return folder.toRealPath().resolve(rest);
            } catch (IOException e) {
                rest = folder.getFileName().resolve(rest);
                folder = folder.getParent();
            }
        }
        return absolute;
    }
}
