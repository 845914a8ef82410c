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

    /** Held so that java.util.logging does not forget the levels set on them. */
    private static final Logger[] LOGGERS = {Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox")};

    private QuietLibraries() {
    }

    static void apply() {
        // only when the embedding application has not chosen a Log4j backend itself
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        for (Logger l : LOGGERS) {
            l.setLevel(Level.OFF);
        }
    }
}
