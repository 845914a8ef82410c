package org.plandoc.core.diff;

import java.util.List;
import java.util.Objects;
import org.plandoc.core.Section;

/**
 * A section of the old plan and the section of the new plan it became.
 *
 * @param before     the old section
 * @param after      the new section
 * @param similarity how alike they are (see {@link PlanDiff} for how sections are scored), in [0, 1]
 * @param moved      whether it stands elsewhere in the order of the sections both plans have
 *                   (its number changing alone is no move)
 */
public record SectionMatch(Section before, Section after, double similarity, boolean moved) {

    public SectionMatch {
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
    }

    /** Whether its title changed (white space and punctuation aside). */
    public boolean reworded() {
        return PlanDiff.reworded(before.title(), after.title());
    }

    /** The character edits from the old title to the new. */
    public List<TextEdit> titleEdits() {
        return TextEdit.diff(before.title(), after.title());
    }
}
