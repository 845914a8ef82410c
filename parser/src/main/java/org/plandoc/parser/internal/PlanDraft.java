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
     * Whether {@code start..end} lies inside one header line. The headers are in
     * text order: a binary search, so that a file of many headers stays linear.
     */
    boolean inHeader(int start, int end) {
        int lo = 0;
        int hi = headers.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] h = headers.get(mid);
            if (h[0] > start) {
                hi = mid - 1;
            } else if (h[1] < start) {
                lo = mid + 1;
            } else {
                return end <= h[1];
            }
        }
        return false;
    }

    /**
     * Where the front matter (title, preamble) ends: the line of the first section (its
     * Markdown heading marks are markup, as they are before every later node), or the plan's end.
     */
    int frontEnd() {
        return sections.isEmpty() ? end : sections.get(0).lineStart;
    }
}
