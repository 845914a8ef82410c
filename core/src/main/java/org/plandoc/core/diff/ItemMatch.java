package org.plandoc.core.diff;

import java.util.List;
import java.util.Objects;
import org.plandoc.core.ItemEntry;

/**
 * An item of the old plan and the item of the new plan it became, with where each stands
 * ({@link ItemEntry#section()}, {@link ItemEntry#path()}).
 *
 * @param before     the old item
 * @param after      the new item
 * @param similarity how alike their title and text are, in [0, 1]
 * @param move       whether and how it moved; renumbering alone is no move
 */
public record ItemMatch(ItemEntry before, ItemEntry after, double similarity, Move move) {

    /** How an item moved between the plans. */
    public enum Move {
        /** It stands where it stood: under the counterpart of its old parent, in the same order. */
        NONE,
        /** Under the counterpart of its old parent, but out of order among the siblings both plans have. */
        ORDER,
        /** Under another item of its old section's counterpart. */
        PARENT,
        /** In a section that is not its old section's counterpart. */
        SECTION;

        /** The kebab-case name used in data ({@code section}). */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ItemMatch {
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        Objects.requireNonNull(move, "move must not be null");
    }

    /** Whether it moved at all. */
    public boolean moved() {
        return move != Move.NONE;
    }

    /** Whether its title changed (white space and punctuation aside); for items without a title, its text. */
    public boolean reworded() {
        return PlanDiff.reworded(PlanDiff.heading(before.item()), PlanDiff.heading(after.item()));
    }

    /** The character edits from the old title (or text, for items without one) to the new. */
    public List<TextEdit> titleEdits() {
        return TextEdit.diff(PlanDiff.heading(before.item()), PlanDiff.heading(after.item()));
    }
}
