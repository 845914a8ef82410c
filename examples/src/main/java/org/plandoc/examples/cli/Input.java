package org.plandoc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;

/** Reads an input file (or standard input for {@code -}); the formats module tells what it is. */
final class Input {

    private Input() {
    }

    /**
     * The bytes of a file, or of standard input for {@code -}, refused when larger than
     * {@code maxSize}: a file by its size before it is read, a stream (and a file that grows
     * while it is read) after one byte more than the limit. Only regular files are read: a
     * device never ends ({@code /dev/zero}) and a named pipe with no writer never starts;
     * their bytes can come in on standard input, under the same limit.
     */
    static byte[] read(String name, InputStream stdin, long maxSize) {
        try {
            if (name.equals("-")) {
                return atMost("<stdin>", stdin, maxSize);
            }
            Path path = Path.of(name);
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                throw new Failure(name + ": no such file");
            }
            if (a.isDirectory()) {
                throw new Failure(name + ": is a folder; give a file");
            }
            if (!a.isRegularFile()) {
                throw new Failure(name + ": not a regular file (a device, pipe or socket); "
                    + "plandoc reads only files, or standard input: plandoc … - < " + name);
            }
            if (a.size() > maxSize) {
                throw tooLarge(name, a.size(), maxSize);
            }
            if (!Files.isReadable(path)) {
                throw new Failure(name + ": permission denied");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return atMost(name, in, maxSize);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] atMost(String name, InputStream in, long maxSize) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
        if (bytes.length > maxSize) {
            throw tooLarge(name, -1, maxSize);
        }
        return bytes;
    }

    private static Failure tooLarge(String name, long size, long maxSize) {
        return new Failure(name + ": " + (size < 0 ? "" : Sizes.show(size) + ", ") + "larger than the limit of " + Sizes.show(maxSize) + " (--max-size)");
    }

    /** Whether the input is plandoc data: {@code --from json|yaml}, or a .json/.yaml/.yml file. */
    static boolean isData(String name, String from) {
        if (from != null) {
            switch (from.toLowerCase(java.util.Locale.ROOT)) {
                case "json": case "yaml": case "yml": return true;
                case "text": case "txt": case "markdown": case "md": case "docx": case "doc": case "html": case "htm":
                case "pdf":
                    return false;
                default: throw new Failure("unknown --from '" + from + "': use docx, doc, html, pdf, text, markdown, json or yaml");
            }
        }
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /**
     * Reads plandoc data; what is not plandoc data is one clear line naming the line and field.
     * Unknown fields are refused: a file given to the command is often edited by hand, and a
     * misspelt field must not vanish silently.
     */
    static org.plandoc.core.ParseResult readData(String name, byte[] bytes, boolean yaml) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        org.plandoc.render.data.DataReader.Format format = yaml ? org.plandoc.render.data.DataReader.Format.YAML
            : org.plandoc.render.data.DataReader.Format.JSON;
        try {
            return org.plandoc.render.data.DataReader.builder(format).rejectUnknownFields(true).build().read(text);
        } catch (org.plandoc.render.data.InvalidDataException e) {
            throw new Failure(name + ": not plandoc data: " + e.getMessage());
        }
    }
}
