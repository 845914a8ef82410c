package org.plandoc.examples.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --to} case-insensitively, with md as a name for markdown. */
final class FormatConverter implements ITypeConverter<Format> {

    @Override
    public Format convert(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("md")) {
            return Format.MARKDOWN;
        }
        if (v.equals("txt")) {
            return Format.TEXT;
        }
        try {
            return Format.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("unknown format '" + value + "': use json, yaml, markdown, html, text or docx");
        }
    }
}
