package org.plandoc.seeds;

import java.util.Objects;

/**
 * One document of the seed set or of the corpus.
 *
 * @param name the file name, e.g. {@code 001_158d65b1c18562e7.txt}
 * @param text the file's text (UTF-8)
 * @param meta the hand-checked description ({@code .meta.md}) for a corpus document;
 *             empty for a seed (seeds are described in {@link Seeds#expectedYaml()})
 */
public record Document(String name, String text, String meta) {

    public Document {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(meta, "meta must not be null");
    }
}
