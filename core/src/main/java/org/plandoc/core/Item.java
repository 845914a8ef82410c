package org.plandoc.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A numbered item under a section or under another item: {@code 1.突出抓好政治建设。学懂弄通做实…}
 * has the title {@code 突出抓好政治建设} and the text {@code 学懂弄通做实…}.
 *
 * <pre>{@code
 * for (Item item : section.items()) {
 *     System.out.println(item.numbering().label() + item.title());
 *     item.items().forEach(child -> System.out.println("  " + child.title()));
 * }
 * }</pre>
 *
 * @param numbering its number
 * @param title     the lead phrase; empty when the item is one long sentence with no heading
 * @param text      the rest of the item's own text (not its children's); may be empty
 * @param items     child items, in order
 * @param targets   the targets found in the title and text, in order
 * @param leadUnits the units that lead it (牵头单位), in order; empty when the text names none
 * @param supportingUnits the units that support it (配合单位, 责任单位 after the lead), in order
 * @param deadline  when it is due (完成时限), or {@code null} when the text says nothing
 * @param span      where the item stands in the source (its children included), or {@code null}
 */
public record Item(Numbering numbering, String title, String text, List<Item> items,
                   List<Target> targets, List<String> leadUnits, List<String> supportingUnits,
                   Deadline deadline, SourceSpan span) implements Node {

    public Item {
        Objects.requireNonNull(numbering, "numbering must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(text, "text must not be null");
        items = List.copyOf(Objects.requireNonNull(items, "items must not be null"));
        targets = List.copyOf(Objects.requireNonNull(targets, "targets must not be null"));
        leadUnits = List.copyOf(Objects.requireNonNull(leadUnits, "leadUnits must not be null"));
        supportingUnits = List.copyOf(Objects.requireNonNull(supportingUnits, "supportingUnits must not be null"));
    }

    /** An item with no units and no deadline. */
    public Item(Numbering numbering, String title, String text, List<Item> items, List<Target> targets, SourceSpan span) {
        this(numbering, title, text, items, targets, List.of(), List.of(), null, span);
    }

    /** An item with no children and no targets. */
    public Item(Numbering numbering, String title, String text, SourceSpan span) {
        this(numbering, title, text, List.of(), List.of(), span);
    }

    /** Its targets first, then its child items. */
    @Override
    public List<Node> children() {
        List<Node> all = new ArrayList<>(targets.size() + items.size());
        all.addAll(targets);
        all.addAll(items);
        return Collections.unmodifiableList(all);
    }

    @Override
    public void accept(PlanVisitor visitor) {
        visitor.visit(this);
    }
}
