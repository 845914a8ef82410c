package org.plandoc.render.diff;

import java.util.List;
import org.plandoc.core.Item;
import org.plandoc.core.ItemEntry;
import org.plandoc.core.Section;
import org.plandoc.core.Target;
import org.plandoc.core.diff.ItemMatch;
import org.plandoc.core.diff.PlanChanges;
import org.plandoc.core.diff.SectionMatch;
import org.plandoc.core.diff.TargetChange;

/** The phrases every diff format shares, so that the formats say the same thing. */
final class Words {

    private Words() {
    }

    /** {@code 二、2025年目标任务和重点工作}. */
    static String section(Section s) {
        return s.numbering().label().strip() + s.title();
    }

    /** {@code 二.（三） 抓好重大项目建设}: the path as printed, then the title (or the text, for an item without one). */
    static String item(ItemEntry e) {
        return e.path().printed() + " " + heading(e.item());
    }

    static String heading(Item item) {
        return item.title().isEmpty() ? item.text() : item.title();
    }

    /** {@code moved, reworded}: what happened to a pair, or "" when nothing did. */
    static String what(SectionMatch m) {
        return join(m.moved() ? "moved" : null, m.reworded() ? "reworded" : null);
    }

    /** {@code moved to another section, reworded}. */
    static String what(ItemMatch m) {
        String move = switch (m.move()) {
            case SECTION -> "moved to another section";
            case PARENT -> "moved under another item";
            case ORDER -> "moved";
            default -> null;
        };
        return join(move, m.reworded() ? "reworded" : null);
    }

    /** {@code raised, comparator at-least → about, deadline moved}. */
    static String what(TargetChange t) {
        if (t.kind() != TargetChange.Kind.CHANGED) {
            return t.kind().id();
        }
        return join(t.valueChanged() ? t.direction().id() : null,
            t.comparatorChanged() ? "comparator " + t.before().comparator().id() + " → " + t.after().comparator().id() : null,
            t.deadlineChanged() ? "deadline " + deadline(t.before()) + " → " + deadline(t.after()) : null);
    }

    static String indicator(TargetChange t) {
        Target x = t.after() != null ? t.after() : t.before();
        return x.indicator().isEmpty() ? x.text() : x.indicator();
    }

    private static String deadline(Target t) {
        return t.deadline() == null ? "none" : t.deadline().text();
    }

    /** {@code 3 added, 2 removed, 5 moved, 4 reworded}. */
    static String sectionCounts(PlanChanges c) {
        return c.addedSections().size() + " added, " + c.removedSections().size() + " removed, "
            + c.sections().stream().filter(SectionMatch::moved).count() + " moved, "
            + c.sections().stream().filter(SectionMatch::reworded).count() + " reworded";
    }

    static String itemCounts(PlanChanges c) {
        return c.addedItems().size() + " added, " + c.removedItems().size() + " removed, "
            + c.movedItems().size() + " moved, " + c.rewordedItems().size() + " reworded, "
            + c.items().size() + " paired";
    }

    static String targetCounts(PlanChanges c) {
        return count(c, TargetChange.Kind.CHANGED) + " changed, " + count(c, TargetChange.Kind.ADDED) + " added, "
            + count(c, TargetChange.Kind.DROPPED) + " dropped";
    }

    static long count(PlanChanges c, TargetChange.Kind kind) {
        return c.targets().stream().filter(t -> t.kind() == kind).count();
    }

    static List<TargetChange> of(PlanChanges c, TargetChange.Kind kind) {
        return c.targets().stream().filter(t -> t.kind() == kind).toList();
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                b.append(b.length() == 0 ? "" : ", ").append(p);
            }
        }
        return b.toString();
    }
}
