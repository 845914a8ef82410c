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

    /**
     * A builder: {@code Section.builder().numbering(n).title("加强党的全面领导").items(items).build()}. Defaults:
     * empty title, no body, items, targets or units, no deadline, no span. Code that builds sections with the
     * builder keeps compiling when the model gains a field; the constructors do not.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this section's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().numbering(numbering).title(title).body(body).items(items).targets(targets)
            .leadUnits(leadUnits).supportingUnits(supportingUnits).deadline(deadline).span(span);
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

    /** Builds a {@link Section}; {@link #build()} validates as the constructor does. Not thread-safe. */
    public static final class Builder {
        private Numbering numbering;
        private String title = "";
        private List<String> body = List.of();
        private List<Item> items = List.of();
        private List<Target> targets = List.of();
        private List<String> leadUnits = List.of();
        private List<String> supportingUnits = List.of();
        private Deadline deadline;
        private SourceSpan span;

        private Builder() {
        }

        /** Its number (required; {@link NumberingStyle#HEADING} for a heading without one). */
        public Builder numbering(Numbering numbering) {
            this.numbering = numbering;
            return this;
        }

        /** Its heading text (default empty). */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Paragraphs before its first item (default none). */
        public Builder body(List<String> body) {
            this.body = body;
            return this;
        }

        /** Its items, in order (default none). */
        public Builder items(List<Item> items) {
            this.items = items;
            return this;
        }

        /** Targets its title and body state (default none). */
        public Builder targets(List<Target> targets) {
            this.targets = targets;
            return this;
        }

        /** The units its own text names as leading it (default none). */
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
         * The section.
         *
         * @throws NullPointerException when the numbering is not set or a value is set to {@code null}
         */
        public Section build() {
            return new Section(numbering, title, body, items, targets, leadUnits, supportingUnits, deadline, span);
        }
    }
}
