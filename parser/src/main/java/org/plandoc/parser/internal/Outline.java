package org.plandoc.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.Severity;
import org.plandoc.parser.DiagnosticCodes;

/**
 * Steps 3 to 5 of the pipeline in one forward pass: finds markers at paragraph
 * starts and inside running text, decides which are structure and at which
 * level, and splits plans. Its helpers each do one job with their own state:
 * {@link Landmarks} (the first pass: top headings and plan boundaries, with
 * {@link Headings} for unnumbered ones), {@link Lines} (what a line is: an
 * attachment, a plan header, notes, a glossary), {@link Numbers} (repairing a
 * damaged number); {@link Closing} runs after it.
 *
 * <p>Levels come from the order in which styles appear in this document: a
 * marker whose style is open on the current path is a sibling of that node; a
 * new style numbered 1 opens a deeper level; a style seen before that goes on
 * counting (numbers run on across sections) returns under the parent it had.
 * Inside running text a marker counts only where the numbering expects it, and
 * where headings keep their own lines only an enumeration (一是…) counts there,
 * living in its paragraph.
 */
final class Outline {

    private final Logical text;
    private final Lines lines;
    private final Source source;
    private final Report report;
    private final int n;
    private final List<PlanDraft> plans = new ArrayList<>();
    private final List<Draft> path = new ArrayList<>();
    private final Map<Integer, Draft> lastByKey = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    /** For each style key, the keys seen on nodes below it: levels learned from this document. */
    private final Map<Integer, java.util.Set<Integer>> below = new HashMap<>();
    private PlanDraft plan;
    private Draft last;

    /** How the file marks its paragraphs, by logical offset of the paragraph's first char. */
    private final Marks marks;

    Outline(Logical text, Source source, Report report, Marks marks) {
        this.marks = marks;
        this.text = text;
        this.lines = new Lines(text);
        this.source = source;
        this.report = report;
        this.n = text.length();
    }

    /** Top headings and plan boundaries, found in a first pass. */
    private Landmarks landmarks;

    /**
     * Adds the unnumbered heading at {@code i}: the next section, or for a Markdown
     * heading the next node of its level, below the open headings of fewer marks
     * (### 重点任务 under ## 2025年工作安排).
     */
    private void addHeading(int i) {
        plan.lineStructured = true;
        int lineEnd = lines.lineEnd(i);
        int level = Headings.markdownLevel(text, i, lineEnd);
        int depth = 0;
        while (level > 0 && depth < path.size()) {
            int above = Headings.markdownLevel(text, path.get(depth).lineStart, lines.lineEnd(path.get(depth).lineStart));
            if (above == 0 || above >= level) {
                break;
            }
            depth++;
        }
        int ordinal = (depth == 0 ? plan.sections : path.get(depth - 1).children).size() + 1;
        lineStartOfMarker = i;
        headingLine = true;
        // its title starts after the line's markup: Markdown's ## is no part of it
        int at = MarkerScanner.skipLinePrefix(text, i, lineEnd);
        add(new Marker(NumberingStyle.HEADING, level, ordinal, "", at, at, at, false, Marker.Damage.NONE), depth, ordinal, null);
    }


    List<PlanDraft> build() {
        landmarks = new Landmarks(text, lines, marks);
        plan = new PlanDraft(0);
        plans.add(plan);
        int i = 0;
        boolean paragraphStart = true;
        int lineEnd = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                paragraphStart = true;
                i++;
                continue;
            }
            if (paragraphStart) {
                paragraphStart = false;
                lineEnd = lines.lineEnd(i);
                closeInline(i);
                boolean attachment = lines.isAttachment(i, lineEnd);
                String listed = attachment && !plan.sections.isEmpty() && plan.closingStart < 0
                    ? lines.attachmentList(i, lineEnd) : null;
                if (listed != null) {
                    listedAttachment = listed;
                }
                if (attachment && !plan.sections.isEmpty() && plan.closingStart < 0
                        && (listed != null || lines.glossaryAttachment(i, lineEnd))) {
                    // 附件 + 名词解释 is the glossary of the plan; 附件：X before the 落款 lists the attachments
                    plan.closingStart = i;
                    last.endOwnText(i);
                    i = lineEnd;
                    continue;
                }
                if (listedAttachment != null && plan.closingStart >= 0
                        && Chars.trim(text.text(i, lineEnd)).equals(listedAttachment)) {
                    // the title the list named, on a line of its own: the attachment begins
                    listedAttachment = null;
                    closePlan(i);
                    plan = new PlanDraft(i);
                    plan.attachment = true;
                    plan.titleStart = i;
                    plans.add(plan);
                    i = lineEnd;
                    continue;
                }
                if (attachment && startPlan(i, lineEnd, true)) {
                    i = lineEnd;
                    continue;
                }
                if (plan.closingStart >= 0 && lines.isMarkdownTitle(i, lineEnd)) {
                    // # 附件的标题 after a closing (名词解释 …): a Markdown title always opens a plan
                    closePlan(i);
                    plan = new PlanDraft(i);
                    plans.add(plan);
                    plan.titleStart = i;
                    i = lineEnd;
                    continue;
                }
                if (plan.closingStart >= 0) {
                    if (restartAfterClosing(i, lineEnd)) {
                        paragraphStart = true;      // the line opens the new plan: read it again
                    } else {
                        i = lineEnd;
                    }
                    continue;
                }
                if (!plan.sections.isEmpty() && (lines.isNotes(i, lineEnd) || lines.isGlossary(i, lineEnd))) {
                    // 注：… or 名词解释 after the outline: notes, numbered 1. again, that belong to no item
                    plan.closingStart = i;
                    last.endOwnText(i);
                    i = lineEnd;
                    continue;
                }
                if (lines.isMarkdownTitle(i, lineEnd)) {
                    if (!plan.sections.isEmpty()) {
                        closePlan(i);
                        plan = new PlanDraft(i);
                        plans.add(plan);
                    }
                    plan.titleStart = i;
                    i = lineEnd;
                    continue;
                }
                if (landmarks.heading(i)) {
                    addHeading(i);
                    i = lineEnd;
                    continue;
                }
                int j = MarkerScanner.skipLinePrefix(text, i, lineEnd);
                // a Markdown heading (### …) or a paragraph the file marks as a heading
                headingLine = text.charAt(Chars.skipBlank(text, i, lineEnd)) == '#' || Marks.heading(marks.at(i));
                Marker m = MarkerScanner.scan(text, j, lineEnd, true);
                if (m == null || m.style() == NumberingStyle.DECIMAL) {
                    // 20.2026年…, 三、三农…: a marker whose text starts with a number, where the numbering expects it
                    Marker plain = MarkerScanner.scanBeforeDigits(text, j, lineEnd);
                    if (plain != null && expectedExactly(plain)) {
                        m = plain;
                    }
                }
                if (m != null && m.style() == NumberingStyle.PART && m.depth() == 0 && lines.isPlanHeader(m, lineEnd)) {
                    startPlan(i, lineEnd, false);
                    i = lineEnd;
                    continue;
                }
                if (m != null && accept(m, true, true, i)) {
                    i = Math.max(m.contentStart(), i + 1);
                    continue;
                }
                i = Math.max(j, i + 1);
                continue;
            }
            // 第二、第七: an ordinal in prose, not a marker
            if (plan.closingStart < 0 && MarkerScanner.mayStart(c) && text.charAt(i - 1) != '第') {
                Marker m = MarkerScanner.scan(text, i, lineEnd, false);
                if (m != null && accept(m, false, lines.sentenceBoundary(i), i)) {
                    i = Math.max(m.contentStart(), i + 1);
                    continue;
                }
            }
            i++;
        }
        closePlan(n);
        return plans;
    }

    /**
     * A new paragraph ends the enumerations that lived inside the one before
     * (一是…二是…): they leave the path, and the paragraphs after them belong again to
     * the node that held them, not to the last of them.
     */
    private void closeInline(int at) {
        if (!plan.lineStructured || path.isEmpty() || !path.get(path.size() - 1).inline) {
            return;
        }
        while (!path.isEmpty() && path.get(path.size() - 1).inline) {
            path.remove(path.size() - 1);
        }
        Draft holder = path.isEmpty() ? null : path.get(path.size() - 1);
        if (last != null && last.inline && holder != null) {
            last.endOwnText(at);
            holder.extraStart = at;
            last = holder;
        }
    }

    /** The title a list of attachments named (附件：X): where a line holds it alone, the attachment begins. */
    private String listedAttachment;

    /** Opens a new plan at a header line; a plan with no sections yet takes the header instead. */
    private boolean startPlan(int from, int lineEnd, boolean attachment) {
        if (!plan.sections.isEmpty()) {
            closePlan(from);
            plan = new PlanDraft(from);
            plans.add(plan);
        }
        plan.headers.add(new int[] {from, lineEnd});
        plan.attachment |= attachment;
        listedAttachment = null;
        String line = Chars.trim(text.text(from, lineEnd));
        int colon = Math.max(line.indexOf('：'), line.indexOf(':'));
        String title;
        if (attachment) {
            title = colon >= 0 ? Chars.trim(line.substring(colon + 1)) : "";
        } else {
            int j = MarkerScanner.skipLinePrefix(text, from, lineEnd);
            Marker m = MarkerScanner.scan(text, j, lineEnd, true);
            title = m == null ? Chars.trim(text.text(j, lineEnd)) : Chars.trim(text.text(m.contentStart(), lineEnd));
        }
        if (!title.isEmpty()) {
            plan.headerTitle = title;
        }
        return true;
    }

    private void closePlan(int at) {
        if (last != null && plan.closingStart < 0) {
            last.endOwnText(at);
        }
        plan.end = at;
        path.clear();
        lastByKey.clear();
        below.clear();
        last = null;
    }

    private int pathIndex(int key) {
        for (int k = path.size() - 1; k >= 0; k--) {
            if (path.get(k).key == key) {
                return k;
            }
        }
        return -1;
    }

    /** Decides whether marker {@code m} is structure, and if so adds it. */
    private boolean accept(Marker m, boolean lineStart, boolean boundary, int paragraphStart) {
        lineStartOfMarker = lineStart ? paragraphStart : -1;
        // an enumeration in running text is one wherever the plan has no line breaks either: a text that
        // lost them runs one paragraph's 一是… into the next paragraph's, and a new 一是 opens a new list
        if (!lineStart && (plan.lineStructured || !plan.sections.isEmpty() && pathIndex(m.key()) >= 0
                && (m.style() == NumberingStyle.CHINESE_SHI || m.style() == NumberingStyle.CIRCLED))) {
            return acceptInline(m, boundary);
        }
        if (!lineStart && !boundary && !m.bracketed() && !expectedExactly(m)) {
            return false;
        }
        if (plan.sections.isEmpty()) {
            return firstSection(m, lineStart);
        }
        int k = pathIndex(m.key());
        if (k >= 0) {
            Draft prev = path.get(k);
            if (m.printed() == 1 && m.damage() == Marker.Damage.NONE) {
                // numbering starts again: a new plan when a title precedes it, else a new list
                if (!lineStart) {
                    return false;
                }
                if (k == 0 && splitAtTitle(m)) {
                    return firstSection(m, true);
                }
                return add(m, k, 1, null);
            }
            return judge(m, k, prev, lineStart, boundary);
        }
        if (m.printed() == 1 && m.damage() == Marker.Damage.NONE) {
            if (!lineStart && !boundary && !m.bracketed()) {
                return false;
            }
            // Where headings keep their own lines, a list inside a paragraph is an item's
            // text, except 一是…二是…, which lives inside paragraphs.
            if (!lineStart && plan.lineStructured && m.style() != NumberingStyle.CHINESE_SHI) {
                return false;
            }
            // an enumeration (一是…) holds no list of its own: a new list (（一）…) after it belongs to the
            // node that held the enumeration (in a text that lost its line breaks the paragraph that would
            // have closed it never ends; in a hard-wrapped one 四是 may open a line)
            int depth = path.size();
            while (m.style() != NumberingStyle.CHINESE_SHI && m.style() != NumberingStyle.CIRCLED && depth > 1
                    && path.get(depth - 1).style == NumberingStyle.CHINESE_SHI) {
                depth--;
            }
            return add(m, depth, 1, null);
        }
        Draft before = lastByKey.get(m.key());
        if (before == null) {
            return false;
        }
        return judge(m, continuingDepth(m.key()), before, lineStart, boundary);
    }

    /**
     * Inside a paragraph of a document whose headings keep their own lines, only an
     * enumeration (一是…二是…, ①②…) is structure: it starts at a sentence boundary, it
     * is a child of the node that holds the paragraph, and it lives in that paragraph
     * (see {@link #closeInline}). Other lists in running text are the node's text.
     */
    private boolean acceptInline(Marker m, boolean boundary) {
        if ((m.style() != NumberingStyle.CHINESE_SHI && m.style() != NumberingStyle.CIRCLED) || !boundary
                || path.isEmpty() || m.damage() != Marker.Damage.NONE) {
            return false;
        }
        int k = pathIndex(m.key());
        if (k >= 0) {
            // the list goes on: inside this paragraph, or after a 一是 that opened a line
            Draft prev = path.get(k);
            if (m.printed() == prev.ordinal + 1) {
                return add(m, k, m.printed(), null);
            }
            if (m.printed() == prev.printed) {
                return add(m, k, prev.ordinal + 1, DiagnosticCodes.DUPLICATE_NUMBER);
            }
            // 一是 again: another list of the same node: two lists in two paragraphs are two lists
            return m.printed() == 1 && add(m, k, 1, null);
        }
        return m.printed() == 1 && add(m, path.size(), 1, null);
    }

    /**
     * Where a style that goes on counting (（五） opening 二、) returns: under the
     * deepest open node of a style never seen below it. 第三条 goes under an open
     * 第一节; （三） does not go under an open 1. that was once its child.
     */
    private int continuingDepth(int key) {
        java.util.Set<Integer> under = below.getOrDefault(key, java.util.Set.of());
        for (int j = path.size() - 1; j >= 0; j--) {
            if (!under.contains(path.get(j).key)) {
                return j + 1;
            }
        }
        return 0;
    }

    /** Whether {@code m} is exactly the next number of an open level (then it needs no sentence boundary). */
    private boolean expectedExactly(Marker m) {
        if (m.damage() != Marker.Damage.NONE || plan.sections.isEmpty() || m.style() == NumberingStyle.CHINESE_SHI) {
            return false;
        }
        int k = pathIndex(m.key());
        if (k >= 0) {
            return m.printed() == path.get(k).ordinal + 1;
        }
        Draft before = lastByKey.get(m.key());
        return before != null && m.printed() == before.ordinal + 1;
    }

    private boolean firstSection(Marker m, boolean lineStart) {
        if (m.printed() != 1 || m.damage() != Marker.Damage.NONE || (m.style() == NumberingStyle.DECIMAL && m.depth() != 1)) {
            return false;
        }
        boolean top = m.style() == NumberingStyle.CHINESE_DUN || m.style() == NumberingStyle.CHAPTER
            || m.style() == NumberingStyle.PART;
        if (!top && landmarks.topAhead(m.start())) {
            return false;       // a list in the preamble: the plan's sections are the 一、 below
        }
        if (!lineStart && m.style() != NumberingStyle.CHINESE_DUN && m.style() != NumberingStyle.CHAPTER
                && m.style() != NumberingStyle.CHINESE_PAREN && m.style() != NumberingStyle.ARTICLE) {
            return false;       // 第一条 stands apart from its text (第一条 为了…): a regulation that lost its line breaks
        }
        plan.lineStructured = lineStart;
        return add(m, 0, 1, null);
    }

    /**
     * Places {@code m} at {@code depth} as the next sibling of {@code prev}, repairing a
     * damaged number from its position. In running text only a near miss counts.
     */
    private boolean judge(Marker m, int depth, Draft prev, boolean lineStart, boolean boundary) {
        boolean open = depth < path.size() && path.get(depth) == prev;
        Numbers.Verdict v = Numbers.judge(m, prev, lineStart, boundary, open);
        return v != null && add(m, depth, v.ordinal(), v.code());
    }

    /** Where the paragraph being read starts: a marker after "### " or "- " ends the node before at the line. */
    private int lineStartOfMarker = -1;
    /** Whether the paragraph being read is marked as a heading (Markdown #, a Word heading). */
    private boolean headingLine;

    private boolean add(Marker m, int depth, int ordinal, String code) {
        while (path.size() > depth) {
            path.remove(path.size() - 1);
        }
        Draft parent = path.isEmpty() ? null : path.get(path.size() - 1);
        // a document prints the same few labels thousands of times: keep one copy of each
        String label = labels.computeIfAbsent(text.text(m.start(), m.labelEnd()), l -> l);
        Draft d = new Draft(m, ordinal, label, parent);
        d.inline = lineStartOfMarker < 0;
        d.headingLine = lineStartOfMarker >= 0 && headingLine;
        d.lineStart = lineStartOfMarker >= 0 ? lineStartOfMarker : m.start();
        if (last != null) {
            last.endOwnText(lineStartOfMarker >= 0 ? lineStartOfMarker : m.start());
        }
        if (parent == null) {
            plan.sections.add(d);
        } else {
            parent.children.add(d);
        }
        // an enumeration inside a paragraph says nothing of the levels of line-leading styles
        for (Draft a = parent; a != null && !d.inline; a = a.parent) {
            below.computeIfAbsent(a.key, k -> new java.util.HashSet<>()).add(d.key);
        }
        path.add(d);
        lastByKey.put(d.key, d);
        last = d;
        if (code != null) {
            String message = Numbers.message(code, label, ordinal, m);
            int s = text.origin(m.start(), source.text.length());
            int e = text.originEnd(m.labelEnd(), source.text.length());
            report.add(Severity.WARNING, code, message, source.span(s, e));
        }
        return true;
    }

    /**
     * A page of several documents: after the notes, glossary or list of attachments that
     * closed a plan, a title with a plan word and a top heading numbered 1 on a line of its
     * own (一、, 第一章, 第一条) begin the next plan. Returns whether one began at line
     * {@code i}; its heading is then read, and the paragraphs between stay the closing.
     */
    private boolean restartAfterClosing(int i, int lineEnd) {
        Marker m = MarkerScanner.scan(text, MarkerScanner.skipLinePrefix(text, i, lineEnd), lineEnd, true);
        if (m == null || m.printed() != 1 || m.damage() != Marker.Damage.NONE
                || !(m.style() == NumberingStyle.CHINESE_DUN || m.style() == NumberingStyle.CHAPTER
                || m.style() == NumberingStyle.ARTICLE)) {
            return false;
        }
        // the last title with a plan word before the heading: the closing's own lines come first;
        // the lines before an earlier such heading held none, so each line is searched once
        int from = Math.max(plan.closingStart, closingSearched);
        closingSearched = m.start();
        int title = -1;
        for (int k = from; k < m.start(); k = lines.lineEnd(k) + 1) {
            int e = Math.min(lines.lineEnd(k), m.start());
            String line = Chars.trim(text.text(k, e));
            if (k > from && Titles.titleLike(line) && Titles.hasPlanWord(line) && !lines.isGlossary(k, e)) {
                title = k;
            }
        }
        if (title < 0) {
            return false;
        }
        int start = titleStart(title, from);
        closePlan(start);
        plan = new PlanDraft(start);
        plans.add(plan);
        return true;
    }

    /**
     * Where a new plan whose title line is at {@code title} starts: at the line or two before it
     * that the title wraps over (国务院关于促进综合保税区 / 高水平开放高质量发展的若干意见), short
     * title-like lines with no plan word of their own, not before {@code from}.
     */
    private int titleStart(int title, int from) {
        int start = title;
        for (int k = 0; k < 2 && start > from + 1; k++) {
            int e = start - 1;
            int s = e;
            while (s > 0 && text.charAt(s - 1) != '\n') {
                s--;
            }
            String line = Chars.trim(text.text(s, e));
            if (s <= from || line.length() > 30 || !Titles.titleLike(line) || Titles.hasPlanWord(line)) {
                break;
            }
            start = s;
        }
        return start;
    }

    /** How far the closing of the plan being read was searched for the title of a next plan. */
    private int closingSearched;

    /**
     * Numbering restarts at 一、 after a line that looks like a title: a new plan
     * begins at that title (a page holding several plans). Returns whether it split.
     */
    private boolean splitAtTitle(Marker m) {
        int from = last == null ? plan.start : last.contentStart;
        int title = titleBefore(from, m.start());
        if (title < 0) {
            return false;
        }
        int start = titleStart(title, from);
        closePlan(start);
        plan = new PlanDraft(start);
        if (!Titles.hasPlanWord(Chars.trim(text.text(title, lines.lineEnd(title))))) {
            plan.titleStart = title;    // a title with no plan word, which the front's reader would not prefer
        }
        plans.add(plan);
        return true;
    }

    /**
     * The first title-like line after the line at {@code from} and before {@code to} with a
     * plan word (工作要点, 方案 …), else the first title-like line; -1 when none.
     */
    private int titleBefore(int from, int to) {
        int title = -1;
        int withPlanWord = -1;
        int i = from;
        while (i < to) {
            int lineEnd = Math.min(lines.lineEnd(i), to);
            String line = Chars.trim(text.text(i, lineEnd));
            if (i > from && Titles.titleLike(line)) {
                title = title < 0 ? i : title;
                withPlanWord = withPlanWord < 0 && Titles.hasPlanWord(line) ? i : withPlanWord;
            }
            i = lineEnd + 1;
        }
        return withPlanWord >= 0 ? withPlanWord : title;
    }
}
