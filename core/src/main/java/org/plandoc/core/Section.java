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
 * @param leadUnits the units that lead it, when its own text names them ({@code （商务部负责）} after its body)
 * @param supportingUnits the units that support it
 * @param deadline  when it is due, when its own text says so, or {@code null}
 * @param span      where it stands in the source, or {@code null}
 */
public record Section(Numbering numbering, String title, List<String> body, List<Item> items,
                      List<Target> targets, List<String> leadUnits, List<String> supportingUnits,
                      Deadline deadline, SourceSpan span) implements Node {

    public Section {
        Objects.requireNonNull(numbering, "numbering must not be null");
        Objects.requireNonNull(title, "title must not be null");
        body = List.copyOf(Objects.requireNonNull(body, "body must not be null"));
        items = List.copyOf(Objects.requireNonNull(items, "items must not be null"));
        targets = List.copyOf(Objects.requireNonNull(targets, "targets must not be null"));
        leadUnits = List.copyOf(Objects.requireNonNull(leadUnits, "leadUnits must not be null"));
        supportingUnits = List.copyOf(Objects.requireNonNull(supportingUnits, "supportingUnits must not be null"));
    }

    /** A section whose own text names no units and no deadline. */
    public Section(Numbering numbering, String title, List<String> body, List<Item> items, List<Target> targets,
                   SourceSpan span) {
        this(numbering, title, body, items, targets, List.of(), List.of(), null, span);
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
