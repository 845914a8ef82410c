/**
 * The plandoc model: plans, sections, items and targets as immutable records.
 * Depends on nothing outside {@code java.base}.
 */
module org.plandoc.core {
    exports org.plandoc.core;
    exports org.plandoc.core.diff;
}
