package org.plandoc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an input file (or standard input for {@code -}) and refuses what is not text. */
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
            byte[] bytes = Files.readAllBytes(path);
            String kind = binaryKind(bytes);
            if (kind != null) {
                throw new Failure(name + ": looks like " + kind + ", not text; save it as plain text first");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the input is plandoc data: {@code --from json|yaml}, or a .json/.yaml/.yml file. */
    static boolean isData(String name, String from) {
        if (from != null) {
            switch (from.toLowerCase(java.util.Locale.ROOT)) {
                case "json": case "yaml": case "yml": return true;
                case "text": case "txt": case "markdown": case "md": return false;
                default: throw new Failure("unknown --from '" + from + "': use text, markdown, json or yaml");
            }
        }
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Reads plandoc data; what is not plandoc data is one clear line naming the line and field. */
    static org.plandoc.core.ParseResult readData(String name, byte[] bytes, boolean yaml) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        try {
            return (yaml ? org.plandoc.render.data.DataReader.yaml() : org.plandoc.render.data.DataReader.json()).read(text);
        } catch (org.plandoc.render.data.InvalidDataException e) {
            throw new Failure(name + ": not plandoc data: " + e.getMessage());
        }
    }

    /** What a binary file given by mistake is, by its first bytes; null for text. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, "%PDF")) {
            return "a PDF file";
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            return "a zip archive (a .docx, .xlsx or .zip file)";
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0) {
            return "an old Office file (.doc or .xls)";
        }
        if (startsWith(b, "{\\rtf")) {
            return "an RTF file";
        }
        boolean utf16 = b.length >= 2 && (((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)
            || ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF));
        if (!utf16) {
            for (int i = 0; i < Math.min(b.length, 8192); i++) {
                if (b[i] == 0) {
                    return "a binary file";
                }
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
