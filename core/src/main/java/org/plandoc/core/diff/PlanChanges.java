package org.plandoc.core.diff;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.plandoc.core.ItemEntry;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;

/**
 * What changed from one plan to another: sections and items added, removed, moved or
 * reworded, and targets added, dropped or changed. {@link PlanDiff#compare(Plan, Plan)} makes it.
 *
 * <pre>{@code
 * PlanChanges changes = PlanDiff.builder().build().compare(lastYear, thisYear);
 * changes.addedItems().forEach(e -> System.out.println("+ " + e.item().title()));
 * changes.movedItems().forEach(m -> System.out.println(m.before().path() + " → " + m.after().path()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param before          the old plan
 * @param after           the new plan
 * @param sections        every pair of sections aligned, in the new plan's order, changed or not
 * @param addedSections   sections only the new plan has
 * @param removedSections sections only the old plan has
 * @param items           every pair of items aligned, in the new plan's order, changed or not
 * @param addedItems      items only the new plan has, in its order
 * @param removedItems    items only the old plan has, in its order
 * @param targets         targets added, dropped or changed: changes in the new plan's order, then
 *                        additions, then what was dropped in the old plan's order
 */
public record PlanChanges(Plan before, Plan after, List<SectionMatch> sections, List<Section> addedSections,
                          List<Section> removedSections, List<ItemMatch> items, List<ItemEntry> addedItems,
                          List<ItemEntry> removedItems, List<TargetChange> targets) {

    public PlanChanges {
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        sections = List.copyOf(sections);
        addedSections = List.copyOf(addedSections);
        removedSections = List.copyOf(removedSections);
        items = List.copyOf(items);
        addedItems = List.copyOf(addedItems);
        removedItems = List.copyOf(removedItems);
        targets = List.copyOf(targets);
    }

    /** Aligned sections that moved or were reworded. */
    public List<SectionMatch> changedSections() {
        return sections.stream().filter(s -> s.moved() || s.reworded()).collect(Collectors.toUnmodifiableList());
    }

    /** Aligned items that moved or were reworded, in the order of {@link #items()}: what a report lists as changed. */
    public List<ItemMatch> changedItems() {
        return items.stream().filter(m -> m.moved() || m.reworded()).collect(Collectors.toUnmodifiableList());
    }

    /** Aligned items that moved (with or without new words). */
    public List<ItemMatch> movedItems() {
        return items.stream().filter(ItemMatch::moved).collect(Collectors.toUnmodifiableList());
    }

    /** Aligned items whose title changed (moved or not). */
    public List<ItemMatch> rewordedItems() {
        return items.stream().filter(ItemMatch::reworded).collect(Collectors.toUnmodifiableList());
    }

    /** Whether nothing changed: no section or item added, removed, moved or reworded, no target changed. */
    public boolean isEmpty() {
        return addedSections.isEmpty() && removedSections.isEmpty() && changedSections().isEmpty()
            && addedItems.isEmpty() && removedItems.isEmpty() && movedItems().isEmpty()
            && rewordedItems().isEmpty() && targets.isEmpty();
    }
}
