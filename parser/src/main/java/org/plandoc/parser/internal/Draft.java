package org.plandoc.parser.internal;

import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.NumberingStyle;

/** A numbered node while the outline is read; becomes a Section or an Item. */
final class Draft {
    final NumberingStyle style;
    final int key;
    final int ordinal;
    final int printed;
    final String label;
    final int start;
    final int contentStart;
    final Draft parent;
    final List<Draft> children = new ArrayList<>();
    /** End of this node's own text: where the next marker of any level begins. */
    int ownEnd;
    /**
     * More of its own text after children that lived inside one paragraph (一是…二是…):
     * the paragraphs after that paragraph, as start, end pairs; {@link #extraStart} is
     * where one begins that is still open, else -1.
     */
    final List<int[]> extras = new ArrayList<>();
    int extraStart = -1;
    /** Whether it is an enumeration inside a running paragraph (一是… after other text), not at a line start. */
    boolean inline;
    /** Whether its line is marked as a heading (Markdown ###, a Word heading): its whole first line is its title. */
    boolean headingLine;
    /** Where its line starts when only markup (### , - ) stands before its marker, else its {@link #start}. */
    int lineStart;

    Draft(Marker m, int ordinal, String label, Draft parent) {
        this.style = m.style();
        this.key = m.key();
        this.ordinal = ordinal;
        this.printed = m.printed();
        this.label = label;
        this.start = m.start();
        this.lineStart = m.start();
        this.contentStart = m.contentStart();
        this.parent = parent;
    }

    /** End of this node with all its descendants. */
    int end() {
        int end = children.isEmpty() ? ownEnd : Math.max(ownEnd, children.get(children.size() - 1).end());
        return extras.isEmpty() ? end : Math.max(end, extras.get(extras.size() - 1)[1]);
    }

    /** Ends its own text at {@code at}: the open extra range if there is one, else the text after its marker. */
    void endOwnText(int at) {
        if (extraStart >= 0) {
            extras.add(new int[] {extraStart, Math.max(extraStart, at)});
            extraStart = -1;
        } else {
            ownEnd = at;
        }
    }

    /** Cuts its own text (and the extra ranges) at {@code at}, where the plan's closing begins. */
    void cutOwnText(int at) {
        ownEnd = Math.min(ownEnd, at);
        extras.removeIf(r -> r[0] >= at);
        extras.forEach(r -> r[1] = Math.min(r[1], at));
    }
}
