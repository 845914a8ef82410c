package org.plandoc.parser.internal;

import java.util.ArrayList;
import java.util.List;

/** A plan while the outline is read: where it starts, its header, its sections. */
final class PlanDraft {
    final int start;
    int end;
    /** The 第一篇 or 附件 lines that opened the plan, as start, end pairs. */
    final List<int[]> headers = new ArrayList<>();
    /** The title the header names (第一篇：X, 附件1：X), or "". */
    String headerTitle = "";
    boolean attachment;
    /** Where the title line stands when it is known from the outline (a split, a Markdown # title), or -1. */
    int titleStart = -1;
    final List<Draft> sections = new ArrayList<>();
    /** Where notes after the structure (注：…) begin, or -1: closing paragraphs, not items. */
    int closingStart = -1;
    /** The 落款 after the outline (issuing body and date), or null; its lines as start, end pairs. */
    String signatureIssuer;
    java.time.LocalDate signatureDate;
    final List<int[]> signature = new ArrayList<>();
    /** Whether the sections start at line starts (a document with its line breaks), not inside running text. */
    boolean lineStructured;

    PlanDraft(int start) {
        this.start = start;
    }

    /**
     * Where the front matter (title, preamble) ends: the line of the first section (its
     * Markdown heading marks are markup, as they are before every later node), or the plan's end.
     */
    int frontEnd() {
        return sections.isEmpty() ? end : sections.get(0).lineStart;
    }
}
