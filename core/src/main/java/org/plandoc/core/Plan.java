package org.plandoc.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One plan document: its title and metadata, the preamble before the first
 * section (总体要求…), the sections, and the closing paragraphs after the last.
 *
 * <pre>{@code
 * Plan plan = PlanParser.builder().build().parse(text).plans().get(0);
 * System.out.println(plan.title());
 * for (Section s : plan.sections()) {
 *     System.out.println(s.numbering().label() + s.title());
 * }
 * }</pre>
 *
 * <p>Questions over the whole tree: {@link #items()} (every item at any depth, with its
 * parent, depth and {@link NumberPath}), {@link #allTargets()} and {@link #find(NumberPath)}:
 *
 * <pre>{@code
 * long tasks = plan.items().filter(e -> e.item().items().isEmpty()).count();
 * List<Target> commitments = plan.allTargets().filter(Target::isCommitment).toList();
 * Item item = plan.find(NumberPath.parse("二.（三）.2")).map(ItemEntry::item).orElseThrow();
 * }</pre>
 *
 * @param title     the plan's own title; empty when the document has none
 * @param metadata  issuer, date, document number …; {@link PlanMetadata#EMPTY} when none
 * @param preamble  paragraphs before the first section
 * @param sections  the level-1 sections, in order
 * @param closing   paragraphs after the last section's content that belong to no item
 * @param targets   plan-wide targets stated in the preamble (具体指标：…)
 * @param span      where the plan stands in the source, or {@code null}
 */
public record Plan(String title, PlanMetadata metadata, List<String> preamble,
                   List<Section> sections, List<String> closing, List<Target> targets, SourceSpan span) implements Node {

    public Plan {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(metadata, "metadata must not be null");
        preamble = List.copyOf(Objects.requireNonNull(preamble, "preamble must not be null"));
        sections = List.copyOf(Objects.requireNonNull(sections, "sections must not be null"));
        closing = List.copyOf(Objects.requireNonNull(closing, "closing must not be null"));
        targets = List.copyOf(Objects.requireNonNull(targets, "targets must not be null"));
    }

    /**
     * A builder: {@code Plan.builder().title("2024年工作要点").sections(sections).build()}. Defaults: empty title,
     * {@link PlanMetadata#EMPTY}, no preamble, sections, closing or targets, no span. Code that builds plans with
     * the builder keeps compiling when the model gains a field; the constructors do not.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this plan's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().title(title).metadata(metadata).preamble(preamble).sections(sections).closing(closing)
            .targets(targets).span(span);
    }

    /** A plan with no plan-wide targets. */
    public Plan(String title, PlanMetadata metadata, List<String> preamble, List<Section> sections,
                List<String> closing, SourceSpan span) {
        this(title, metadata, preamble, sections, closing, List.of(), span);
    }

    /**
     * Every item at any depth, in document order (a parent before its children), each with its
     * section, parent, depth and number path.
     */
    public Stream<ItemEntry> items() {
        List<ItemEntry> out = new ArrayList<>();
        for (Section s : sections) {
            ItemEntry.collect(this, s, s, s.items(), 1, NumberPath.of(s.numbering()), out);
        }
        return out.stream();
    }

    /**
     * Every target of the plan in document order: the plan-wide ones ({@link #targets()}), then
     * each section's own, then its items' at any depth — the order a {@link PlanVisitor} visits them.
     */
    public Stream<Target> allTargets() {
        List<Target> out = new ArrayList<>();
        accept(new PlanVisitor() {
            @Override
            public void visit(Target target) {
                out.add(target);
            }
        });
        return out.stream();
    }

    /**
     * The item at {@code path} ({@link NumberPath#parse(String)} reads one), compared by
     * ordinals; empty when none is there. A one-step path names a section, not an item: empty.
     */
    public Optional<ItemEntry> find(NumberPath path) {
        Objects.requireNonNull(path, "path must not be null");
        return items().filter(e -> e.path().equals(path)).findFirst();
    }

    /** Its plan-wide targets (stated in the preamble), then its sections. */
    @Override
    public List<Node> children() {
        List<Node> all = new java.util.ArrayList<>(targets.size() + sections.size());
        all.addAll(targets);
        all.addAll(sections);
        return java.util.Collections.unmodifiableList(all);
    }

    @Override
    public void accept(PlanVisitor visitor) {
        visitor.visit(this);
    }

    /** Builds a {@link Plan}; {@link #build()} validates as the constructor does. Not thread-safe. */
    public static final class Builder {
        private String title = "";
        private PlanMetadata metadata = PlanMetadata.EMPTY;
        private List<String> preamble = List.of();
        private List<Section> sections = List.of();
        private List<String> closing = List.of();
        private List<Target> targets = List.of();
        private SourceSpan span;

        private Builder() {
        }

        /** The plan's own title (default empty). */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Issuer, date, document number … (default {@link PlanMetadata#EMPTY}). */
        public Builder metadata(PlanMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        /** Paragraphs before the first section (default none). */
        public Builder preamble(List<String> preamble) {
            this.preamble = preamble;
            return this;
        }

        /** The level-1 sections, in order (default none). */
        public Builder sections(List<Section> sections) {
            this.sections = sections;
            return this;
        }

        /** Paragraphs after the last section (default none). */
        public Builder closing(List<String> closing) {
            this.closing = closing;
            return this;
        }

        /** Plan-wide targets stated in the preamble (default none). */
        public Builder targets(List<Target> targets) {
            this.targets = targets;
            return this;
        }

        /** Where the plan stands in the source, or {@code null} (default). */
        public Builder span(SourceSpan span) {
            this.span = span;
            return this;
        }

        /**
         * The plan.
         *
         * @throws NullPointerException when a value is set to {@code null}
         */
        public Plan build() {
            return new Plan(title, metadata, preamble, sections, closing, targets, span);
        }
    }
}
