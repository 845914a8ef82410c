package org.plandoc.examples.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries that read files quiet on standard error: the command speaks
 * for them in one line per file. POI logs through the Log4j API (which, with no
 * logging backend, complains that it has none) and PDFBox through commons-logging
 * (java.util.logging here, which warns about every odd font).
 */
final class QuietLibraries {

    /**
     * Held so that java.util.logging does not forget the levels set on them. Made when
     * the first PDF is read: starting java.util.logging is a tenth of a small
     * conversion's start-up, which a run without a PDF does not need.
     */
    private static final class Pdf {
        static final Logger[] LOGGERS = {Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox")};

        static {
            for (Logger l : LOGGERS) {
                l.setLevel(Level.OFF);
            }
        }

        static void quiet() {
            // the static initialiser did it, once
        }
    }

    private QuietLibraries() {
    }

    static void apply() {
        // only when the embedding application has not chosen a Log4j backend itself
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    /** Before {@code bytes} are read: a PDF (its header in the first kilobyte, where PDFBox looks) quiets PDFBox. */
    static void before(byte[] bytes) {
        int n = Math.min(bytes.length, 1024) - 4;
        for (int i = 0; i <= n; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F') {
                Pdf.quiet();
                return;
            }
        }
    }
}
