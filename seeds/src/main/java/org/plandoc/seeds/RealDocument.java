package org.plandoc.seeds;

import java.util.Objects;

/**
 * One real-world document as users have it (a web-page scrape, a gov.cn page,
 * a Word file), with the expectations written for it by hand, when there are any.
 *
 * @param path     its path under {@code realworld/}, e.g. {@code text/policy_01.txt}
 * @param bytes    the file's bytes, as they are (text, HTML or .docx)
 * @param expected the outline expectation ({@code expected/<name>.yaml}), or {@code null} when none is written
 * @param targets  the target annotation ({@code targets/<name>.yaml}), or {@code null} when none is written
 */
public record RealDocument(String path, byte[] bytes, String expected, String targets) {

    public RealDocument {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(bytes, "bytes must not be null");
    }

    /** The file name without its folder ({@code policy_01.txt}). */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The folder: {@code text}, {@code docx} or {@code html}. */
    public String format() {
        return path.substring(0, path.indexOf('/'));
    }

    /** The file's text, for a text document (UTF-8). */
    public String text() {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return path;
    }
}
