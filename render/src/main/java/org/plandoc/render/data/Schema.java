package org.plandoc.render.data;

/**
 * Facts of plandoc's data schema that users and readers depend on.
 */
public final class Schema {

    /** The schema version this library writes and the newest it reads. */
    public static final int VERSION = 1;

    private Schema() {
    }
}
