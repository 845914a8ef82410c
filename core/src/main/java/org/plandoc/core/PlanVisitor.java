package org.plandoc.core;

/**
 * Walks a plan tree. Every method by default visits the node's children in
 * document order, so an implementation overrides only the nodes it cares about
 * and calls {@link #visitChildren(Node)} where it wants the walk to go on.
 *
 * <pre>{@code
 * List<Target> targets = new ArrayList<>();
 * plan.accept(new PlanVisitor() {
 *     @Override
 *     public void visit(Target target) {
 *         targets.add(target);
 *     }
 * });
 * }</pre>
 *
 * <p>The order is: a plan, then its own targets, then its sections; a section,
 * then its own targets, then its items; an item, then its own targets, then its
 * child items.
 */
public interface PlanVisitor {

    default void visit(Plan plan) {
        visitChildren(plan);
    }

    default void visit(Section section) {
        visitChildren(section);
    }

    default void visit(Item item) {
        visitChildren(item);
    }

    default void visit(Target target) {
        visitChildren(target);
    }

    /** Visits each child of {@code node} in document order. */
    default void visitChildren(Node node) {
        for (Node child : node.children()) {
            child.accept(this);
        }
    }
}
