package org.plandoc.examples.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --max-size}: bytes, or with K, M or G (powers of 1024), as {@code ls -h} shows sizes. */
final class Sizes implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.endsWith("B")) {
            v = v.substring(0, v.length() - 1);     // 64MB, 64MiB: the same here
        }
        if (v.endsWith("I")) {
            v = v.substring(0, v.length() - 1);
        }
        int shift = v.endsWith("K") ? 10 : v.endsWith("M") ? 20 : v.endsWith("G") ? 30 : 0;
        if (shift > 0) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n >= 1 && n <= (Long.MAX_VALUE >> shift)) {
                return n << shift;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new TypeConversionException("'" + value + "' is not a size: give bytes (at least 1), or a number with K, M or G");
    }

    /** A size as a person reads it: 128 MB, 1.5 KB, 200 bytes (powers of 1024). */
    static String show(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB"};
        double n = bytes;
        int u = 0;
        while (n >= 1024 && u < units.length - 1) {
            n /= 1024;
            u++;
        }
        return u == 0 ? bytes + " bytes" : new java.math.BigDecimal(n).setScale(1, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros().toPlainString() + " " + units[u];
    }
}
