package org.plandoc.core;

import java.util.List;
import java.util.Objects;

/**
 * An item with where it stands: its plan, its section, its parent (the section
 * or an item), its depth and its {@link NumberPath}. {@link Plan#items()} and
 * {@link ParseResult#items()} stream these for every item at any depth.
 *
 * <pre>{@code
 * plan.items()
 *     .filter(e -> e.item().items().isEmpty())                 // the leaves: the tasks
 *     .forEach(e -> System.out.println(e.path() + "\t" + e.item().title() + "\t" + e.depth()));
 * }</pre>
 *
 * @param plan    the plan it is in
 * @param section the section it is in
 * @param parent  the section, for an item directly under it, else the parent item
 * @param item    the item
 * @param depth   1 for an item directly under its section, 2 for its children, …
 * @param path    its number path, from the section's number down to its own
 */
public record ItemEntry(Plan plan, Section section, Node parent, Item item, int depth, NumberPath path) {

    public ItemEntry {
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(section, "section must not be null");
        Objects.requireNonNull(parent, "parent must not be null");
        Objects.requireNonNull(item, "item must not be null");
        Objects.requireNonNull(path, "path must not be null");
        if (depth < 1 || path.size() != depth + 1) {
            throw new IllegalArgumentException("depth " + depth + " does not match the path " + path);
        }
    }

    /** The parent item, or {@code null} for an item directly under its section. */
    public Item parentItem() {
        return parent instanceof Item ? (Item) parent : null;
    }

    /** The path and the item's title: {@code 二.（三）.2 突出抓好政治建设}. */
    @Override
    public String toString() {
        return path + " " + item.title();
    }

    /** Appends the entries of {@code items} and their descendants, depth first, in document order. */
    static void collect(Plan plan, Section section, Node parent, List<Item> items, int depth, NumberPath path,
                        List<ItemEntry> out) {
        for (Item item : items) {
            NumberPath here = path.child(item.numbering());
            out.add(new ItemEntry(plan, section, parent, item, depth, here));
            collect(plan, section, item, item.items(), depth + 1, here, out);
        }
    }
}
