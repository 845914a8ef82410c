package org.plandoc.parser.internal;

import java.util.ArrayList;
import java.util.List;

/** A plan while the outline is read: where it starts, its header, its sections. */
final class PlanDraft {
    final int start;
    int end;
    /** A 第一篇 or 附件 line that opened the plan, or -1. */
    int headerStart = -1;
    int headerEnd = -1;
    /** The title the header names (第一篇：X, 附件1：X), or "". */
    String headerTitle = "";
    boolean attachment;
    final List<Draft> sections = new ArrayList<>();

    PlanDraft(int start) {
        this.start = start;
    }

    /** Where the front matter (title, preamble) ends: the first section, or the plan's end. */
    int frontEnd() {
        return sections.isEmpty() ? end : sections.get(0).start;
    }
}
