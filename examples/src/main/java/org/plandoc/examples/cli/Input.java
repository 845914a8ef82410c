package org.plandoc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an input file (or standard input for {@code -}); the formats module tells what it is. */
final class Input {

    private Input() {
    }

    static byte[] read(String name, InputStream stdin) {
        try {
            if (name.equals("-")) {
                return stdin.readAllBytes();
            }
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                throw new Failure(name + ": is a folder; give a file");
            }
            if (!Files.exists(path)) {
                throw new Failure(name + ": no such file");
            }
            if (!Files.isReadable(path)) {
                throw new Failure(name + ": permission denied");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
