package org.plandoc.formats.internal;

public final class PdfReader {
    private PdfReader() {
    }

    public static Extraction read(byte[] bytes, String name, int maxPages) {
        throw new org.plandoc.formats.FormatException(name, "not yet", null);
    }
}
