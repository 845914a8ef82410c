package org.plandoc.formats.internal;

public final class HtmlReader {
    private HtmlReader() {
    }

    public static Extraction read(byte[] bytes, String name) {
        throw new org.plandoc.formats.FormatException(name, "not yet", null);
    }
}
