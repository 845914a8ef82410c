package org.plandoc.examples;

import java.nio.file.Path;
import org.plandoc.core.Plan;
import org.plandoc.core.diff.ItemMatch;
import org.plandoc.core.diff.PlanChanges;
import org.plandoc.core.diff.PlanDiff;
import org.plandoc.core.diff.TargetChange;
import org.plandoc.formats.Formats;
import org.plandoc.render.diff.DiffHtmlRenderer;

/**
 * Comparing last year's plan with this year's: the README's {@code plandoc diff} snippet as a
 * program. {@code java -cp examples/target/plandoc.jar org.plandoc.examples.Diffing 2025.docx 2026.txt}
 */
public final class Diffing {

    private Diffing() {
    }

    public static void main(String[] args) {
        System.out.print(run(Path.of(args[0]), Path.of(args[1])));
    }

    /** What the snippet prints, and the HTML report's length. */
    static String run(Path lastYearFile, Path thisYearFile) {
        StringBuilder out = new StringBuilder();
        Formats formats = Formats.builder().build();
        Plan lastYear = formats.read(lastYearFile).result().plans().get(0);
        Plan thisYear = formats.read(thisYearFile).result().plans().get(0);

        PlanDiff diff = PlanDiff.builder().build();                 // immutable, thread-safe: build once
        PlanChanges changes = diff.compare(lastYear, thisYear);
        for (TargetChange t : changes.targets()) {
            if (t.kind() == TargetChange.Kind.CHANGED) {             // 地区生产总值增长6%左右 → …5%以上 LOWERED
                out.append(t.before().text()).append(" → ").append(t.after().text()).append(' ').append(t.direction())
                    .append('\n');
            }
        }
        changes.addedItems().forEach(e -> out.append("+ ").append(e.path()).append(' ').append(e.item().title()).append('\n'));
        changes.removedItems().forEach(e -> out.append("- ").append(e.path()).append(' ').append(e.item().title()).append('\n'));
        for (ItemMatch m : changes.movedItems()) {                  // 二.（一） → 三.（二） SECTION
            out.append(m.before().path()).append(" → ").append(m.after().path()).append(' ').append(m.move()).append('\n');
        }
        String page = DiffHtmlRenderer.builder().standalone(true).build().render(changes);
        out.append("html ").append(page.length()).append('\n');
        return out.toString();
    }
}
