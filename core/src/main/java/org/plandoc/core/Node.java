package org.plandoc.core;

import java.util.List;

/**
 * A node of the plan tree: {@link Plan}, {@link Section}, {@link Item} or
 * {@link Target}. Walk a tree with a {@link PlanVisitor}.
 */
public sealed interface Node permits Plan, Section, Item, Target {

    /** Where the node stands in the source, or {@code null} for a node built by hand or read from data without positions. */
    SourceSpan span();

    /** The child nodes in document order; empty for a leaf. */
    List<? extends Node> children();

    /** Calls the {@code visit} method of {@code visitor} for this node's type. */
    void accept(PlanVisitor visitor);
}
