package org.plandoc.parser.internal;

import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.NumberingStyle;

/**
 * Unnumbered headings: many work reports head their parts with short lines that
 * carry no number ({@code 2024年工作回顾} / {@code 2025年工作安排建议} /
 * {@code 加强政府自身建设}) and number only inside them. Such a line is a heading
 * when it stands alone between paragraphs, is short, has no sentence punctuation,
 * and comes after the document's opening (its title, speaker and salutation);
 * the document must number nothing at its top level (一、, 第一章, 第一条 …), must
 * have two such lines at least (or one its file marks as a heading), and must
 * number something after the first. A Word file's heading, bold or centred
 * paragraph and a Markdown {@code ##} heading are the same signal.
 */
final class Headings {

    /** The longest line read as an unnumbered heading. */
    private static final int MAX_HEADING = 25;
    /** A paragraph this long, or one ending a sentence, is running text: the opening (title, speaker) is behind. */
    private static final int RUNNING_TEXT = 40;

    private Headings() {
    }

    /** The paragraph starts of the unnumbered headings of {@code text}, ascending; empty when it has none. */
    static int[] find(Logical text, Marks marks) {
        int n = text.length();
        List<Integer> found = new ArrayList<>();
        // Markdown's own headings (## 重点任务 under a # title) are headings by their markup alone
        List<Integer> markup = new ArrayList<>();
        boolean titled = false;
        boolean numbered = false;
        boolean marked = false;
        boolean opened = false;
        boolean numberedAfter = false;
        int i = 0;
        while (i < n) {
            int end = lineEnd(text, i);
            int s = Chars.skipBlank(text, i, end);
            int e = Chars.trimEnd(text, s, end);
            if (e > s) {
                int j = MarkerScanner.skipLinePrefix(text, s, e);
                Marker m = MarkerScanner.scan(text, j, e, true);
                if (m != null && top(m)) {
                    numbered = true;        // the document numbers its parts: no unnumbered part headings
                }
                if (m != null && !found.isEmpty()) {
                    numberedAfter = true;
                }
                boolean markdown = text.charAt(s) == '#' && j > s;
                boolean fileHeading = Marks.heading(marks.at(i)) || markdown;
                if ((marks.at(i) & Marks.TABLE_CELL) != 0) {
                    i = end + 1;
                    continue;       // a table's cells are not headings
                }
                int level = markdownLevel(text, i, e);
                if (level == 1) {
                    titled = true;
                } else if (level > 1 && titled && m == null && j < e && !text.text(j, e).startsWith("附件")) {
                    markup.add(i);
                    i = end + 1;
                    continue;
                }
                // the opening (title, speaker) is never a part's heading, however the file marks it
                if (m == null && opened && headingLine(text, j, e) && bodyFollows(text, end)) {
                    found.add(i);
                    marked |= fileHeading;
                }
                char last = text.charAt(e - 1);
                if (last == '。' || last == '！' || last == '？' || Chars.fullStop(text, e - 1) || e - s > RUNNING_TEXT) {
                    opened = true;      // running text has begun: the title, speaker and date lines are behind
                }
            }
            i = end + 1;
        }
        if (numbered || !numberedAfter || found.isEmpty() || (found.size() < 2 && !marked)) {
            found.clear();
        }
        found.addAll(markup);
        return found.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * The level of the Markdown heading whose line starts at {@code i} ({@code ## } → 2), or 0
     * when the line is no Markdown heading (an escaped {@code \#} is a hash).
     */
    static int markdownLevel(Logical text, int i, int end) {
        int s = Chars.skipBlank(text, i, end);
        int k = s;
        while (k < end && text.charAt(k) == '#' && !text.escaped(k)) {
            k++;
        }
        return k > s && k - s <= 6 && k < end && text.charAt(k) == ' ' ? k - s : 0;
    }

    /** A marker of a document's top level: 一、, 第一章, 第一部分, 第一条 (numbered 1), or 1 followed by a blank. */
    private static boolean top(Marker m) {
        NumberingStyle s = m.style();
        return m.printed() == 1 && (s == NumberingStyle.CHINESE_DUN || s == NumberingStyle.CHAPTER
            || s == NumberingStyle.PART || s == NumberingStyle.ARTICLE || (s == NumberingStyle.DECIMAL && m.depth() == 1));
    }

    /** Short words with no sentence punctuation: not a date, not an address, not a glossary, not an attachment. */
    private static boolean headingLine(Logical text, int s, int e) {
        if (e - s < 4 || e - s > MAX_HEADING) {
            return false;
        }
        int han = 0;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if ("。，,；;：:！？!?、—―".indexOf(c) >= 0) {
                return false;
            }
            han += Chars.han(c) ? 1 : 0;
        }
        String t = text.text(s, e);
        return han * 2 >= e - s && !t.startsWith("各位") && !t.startsWith("附件") && !t.contains("名词")
            && Metadata.firstDate(t) == null;
    }

    /**
     * Whether the paragraph after {@code end} is the part a heading names — running
     * text or a numbered line — not another short line (table cells, a list of names).
     */
    private static boolean bodyFollows(Logical text, int end) {
        int s = Chars.skipBlank(text, Math.min(end + 1, text.length()), text.length());
        if (s >= text.length()) {
            return false;
        }
        int e = Chars.trimEnd(text, s, lineEnd(text, s));
        if (e <= s) {
            return false;
        }
        char last = text.charAt(e - 1);
        return e - s > MAX_HEADING || last == '。' || last == '：' || last == ':' || last == '；' || Chars.fullStop(text, e - 1)
            || MarkerScanner.scan(text, MarkerScanner.skipLinePrefix(text, s, e), e, true) != null;
    }

    private static int lineEnd(Logical text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) != '\n') {
            j++;
        }
        return j;
    }
}
