package org.plandoc.core;

import java.util.List;
import java.util.Objects;

/**
 * A level-1 unit of a plan ({@code 一、全面加强党的建设}): its number, title, the
 * paragraphs before its first item, and its items.
 *
 * <pre>{@code
 * for (Section s : plan.sections()) {
 *     System.out.println(s.numbering().label() + s.title() + ": " + s.items().size() + " items");
 * }
 * }</pre>
 *
 * @param numbering its number
 * @param title     its heading text
 * @param body      paragraphs before the first item (a section may have body only)
 * @param items     its items, in order
 * @param targets   targets its title and body state (地区生产总值增长5%左右)
 * @param span      where it stands in the source, or {@code null}
 */
public record Section(Numbering numbering, String title, List<String> body, List<Item> items,
                      List<Target> targets, SourceSpan span) implements Node {

    public Section {
        Objects.requireNonNull(numbering, "numbering must not be null");
        Objects.requireNonNull(title, "title must not be null");
        body = List.copyOf(Objects.requireNonNull(body, "body must not be null"));
        items = List.copyOf(Objects.requireNonNull(items, "items must not be null"));
        targets = List.copyOf(Objects.requireNonNull(targets, "targets must not be null"));
    }

    /** A section whose body states no targets. */
    public Section(Numbering numbering, String title, List<String> body, List<Item> items, SourceSpan span) {
        this(numbering, title, body, items, List.of(), span);
    }

    /** The targets its body states, then its items. */
    @Override
    public List<Node> children() {
        List<Node> all = new java.util.ArrayList<>(targets.size() + items.size());
        all.addAll(targets);
        all.addAll(items);
        return java.util.Collections.unmodifiableList(all);
    }

    @Override
    public void accept(PlanVisitor visitor) {
        visitor.visit(this);
    }
}
