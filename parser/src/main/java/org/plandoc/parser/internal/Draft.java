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
    /** Whether it is an enumeration inside a running paragraph (一是… after other text), not at a line start. */
    boolean inline;
    /** Whether its line is marked as a heading (Markdown ###, a Word heading): its whole first line is its title. */
    boolean headingLine;

    Draft(Marker m, int ordinal, String label, Draft parent) {
        this.style = m.style();
        this.key = m.key();
        this.ordinal = ordinal;
        this.printed = m.printed();
        this.label = label;
        this.start = m.start();
        this.contentStart = m.contentStart();
        this.parent = parent;
    }

    /** End of this node with all its descendants. */
    int end() {
        return children.isEmpty() ? ownEnd : children.get(children.size() - 1).end();
    }
}
