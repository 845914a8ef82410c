package org.plandoc.parser.internal;

import java.util.List;
import org.plandoc.core.Target;

/** Step 7 of the pipeline: the targets in an item's text. */
interface TargetFinder {

    /** The targets in {@code text[from, to)}, in order. */
    List<Target> find(Logical text, int from, int to);

    /** The year of the plan whose text comes next (a deadline's last day: 年底前 of that year), or null. */
    default void planYear(Integer year) {
    }
}
