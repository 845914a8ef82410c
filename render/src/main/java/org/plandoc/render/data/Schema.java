package org.plandoc.render.data;

/**
 * Facts of plandoc's data schema that users and readers depend on.
 *
 * <p>How the schema evolves: any change to its fields — added, removed or
 * reshaped — makes a new {@code schemaVersion}, with its JSON Schema in this jar
 * ({@link #resource(int)}). Writers write the newest version. Readers read every
 * version from {@link #OLDEST_VERSION} to {@link #VERSION} and refuse a newer
 * one. A field a reader does not know is skipped by default (an application's own
 * addition, or a hand edit), or refused with {@link DataReader.Builder#rejectUnknownFields(boolean)}.
 *
 * <ul>
 *   <li>Version 1: the first schema.</li>
 *   <li>Version 2: a target's {@code kind}; a section's {@code leadUnits},
 *       {@code supportingUnits} and {@code deadline}; the numbering style {@code heading};
 *       a target's {@code deadline} as a mapping ({@code text}, {@code date}, {@code precision})
 *       like an item's, where version 1 had the phrase as text.</li>
 * </ul>
 */
public final class Schema {

    /** The schema version this library writes and the newest it reads. */
    public static final int VERSION = 2;

    /** The oldest schema version this library reads. */
    public static final int OLDEST_VERSION = 1;

    private Schema() {
    }

    /**
     * The class-path resource of the JSON Schema of {@code version}:
     * {@code org/plandoc/render/data/plandoc-v2.schema.json}.
     *
     * @throws IllegalArgumentException for a version this library does not know
     */
    public static String resource(int version) {
        if (version < OLDEST_VERSION || version > VERSION) {
            throw new IllegalArgumentException("no schema version " + version + " (" + OLDEST_VERSION + " to " + VERSION + ")");
        }
        return "org/plandoc/render/data/plandoc-v" + version + ".schema.json";
    }
}
