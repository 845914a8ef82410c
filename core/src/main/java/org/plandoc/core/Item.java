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

    /**
     * A builder: {@code Item.builder().numbering(n).title("突出抓好政治建设").text("…").build()}. Defaults: empty
     * title and text, no children, targets or units, no deadline, no span. Code that builds items with the
     * builder keeps compiling when the model gains a field; the constructors do not.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this item's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().numbering(numbering).title(title).text(text).items(items).targets(targets)
            .leadUnits(leadUnits).supportingUnits(supportingUnits).deadline(deadline).span(span);
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

    /** Builds an {@link Item}; {@link #build()} validates as the constructor does. Not thread-safe. */
    public static final class Builder {
        private Numbering numbering;
        private String title = "";
        private String text = "";
        private List<Item> items = List.of();
        private List<Target> targets = List.of();
        private List<String> leadUnits = List.of();
        private List<String> supportingUnits = List.of();
        private Deadline deadline;
        private SourceSpan span;

        private Builder() {
        }

        /** Its number (required). */
        public Builder numbering(Numbering numbering) {
            this.numbering = numbering;
            return this;
        }

        /** The lead phrase (default empty). */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** The rest of its own text (default empty). */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** Child items, in order (default none). */
        public Builder items(List<Item> items) {
            this.items = items;
            return this;
        }

        /** Its targets, in order (default none). */
        public Builder targets(List<Target> targets) {
            this.targets = targets;
            return this;
        }

        /** The units that lead it (default none). */
        public Builder leadUnits(List<String> leadUnits) {
            this.leadUnits = leadUnits;
            return this;
        }

        /** The units that support it (default none). */
        public Builder supportingUnits(List<String> supportingUnits) {
            this.supportingUnits = supportingUnits;
            return this;
        }

        /** When it is due, or {@code null} (default). */
        public Builder deadline(Deadline deadline) {
            this.deadline = deadline;
            return this;
        }

        /** Where it stands in the source, or {@code null} (default). */
        public Builder span(SourceSpan span) {
            this.span = span;
            return this;
        }

        /**
         * The item.
         *
         * @throws NullPointerException when the numbering is not set or a value is set to {@code null}
         */
        public Item build() {
            return new Item(numbering, title, text, items, targets, leadUnits, supportingUnits, deadline, span);
        }
    }
}
