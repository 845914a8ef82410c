package org.plandoc.formats.internal;

public final class DocReader {
    private DocReader() {
    }

    public static Extraction read(byte[] bytes, String name) {
        throw new org.plandoc.formats.FormatException(name, "not yet", null);
    }
}
