package org.plandoc.core;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** Something was noticed and handled; the structure is not in doubt. */
    INFO,
    /** Something was repaired or set aside; check it if exactness matters. */
    WARNING,
    /** Text could not be understood as a plan; part of the result may be wrong. */
    ERROR;

    /** The lower-case name used in data files and messages ({@code warning}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The severity with the given {@link #id()}.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static Severity fromId(String id) {
        for (Severity s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity: " + id);
    }
}
