package org.plandoc.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the INPUT arguments: files as given, folders into the files below them. */
final class Inputs {

    /**
     * One file to process.
     *
     * @param argument what to read ({@code -} for standard input)
     * @param display  the name in messages
     * @param path     the file, or null for standard input
     * @param relative its path below the folder it was found in (for mirroring the tree), or its file name
     */
    record Source(String argument, String display, Path path, Path relative) {
    }

    private Inputs() {
    }

    /** Whether any argument is a folder: then outputs go into a folder too. */
    static boolean anyFolder(List<String> arguments) {
        return arguments.stream().anyMatch(a -> !a.equals("-") && Files.isDirectory(Path.of(a)));
    }

    /** The files to process, in a stable order; a usage error when there are none. */
    static List<Source> expand(List<String> arguments) {
        return expand(arguments, null);
    }

    /**
     * As {@link #expand(List)}, leaving out the files below {@code outputFolder} when it lies
     * inside a folder given: {@code convert archive -o archive/json} run twice must not read
     * its own outputs as documents the second time.
     */
    static List<Source> expand(List<String> arguments, Path outputFolder) {
        Path skip = realPath(outputFolder);
        List<Source> out = new ArrayList<>();
        for (String a : arguments) {
            if (a.equals("-")) {
                out.add(new Source("-", "<stdin>", null, Path.of("stdin")));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                if (!Files.isReadable(p)) {
                    throw new Failure(a + ": permission denied");
                }
                Path below = skip != null && !skip.equals(realPath(p)) ? skip : null;
                // a link given as the folder is followed, as find -H does (links inside it are not);
                // its files are still named through the folder as given
                Path real = Files.isSymbolicLink(p) ? realPath(p) : null;
                Path root = real != null ? real : p;
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).map(f -> p.resolve(root.relativize(f))).filter(f -> !hidden(p.relativize(f)))
                        .filter(f -> below == null || !realPath(f).startsWith(below)).sorted()
                        .forEach(f -> out.add(new Source(f.toString(), f.toString(), f, p.relativize(f))));
                } catch (IOException | UncheckedIOException e) {
                    throw new Failure(a + ": cannot read the folder: " + Failure.describe(e));
                }
            } else {
                out.add(new Source(a, a, p, p.getFileName() == null ? p : p.getFileName()));
            }
        }
        if (out.isEmpty()) {
            // only folders were given, with nothing in them: most likely the wrong folder
            throw new Failure("no documents found in " + String.join(", ", arguments)
                + " (hidden files are left out)", ExitCodes.USAGE);
        }
        return out;
    }

    /** The path with links resolved, or null when nothing is there. */
    private static Path realPath(Path path) {
        try {
            return path == null ? null : path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
