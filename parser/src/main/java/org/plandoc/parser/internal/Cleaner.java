package org.plandoc.parser.internal;

import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.ChineseNumerals;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.Severity;
import org.plandoc.parser.DiagnosticCodes;

/**
 * Step 2 of the pipeline: from source lines to the {@link Logical} text. Sets
 * aside what is not the plan (banners, bookmarks, site lines, sharing notices,
 * teasers, a table of contents), removes page numbers left by extraction, and
 * joins lines broken by extraction. Each of these is reported.
 */
final class Cleaner {

    private static final String[] SITE_LINE_STARTS = {
        "来源：", "来源:", "作者：", "作者:", "更新时间", "责任编辑", "相关链接", "浏览次数", "点击数", "打印本页",
        "关闭窗口", "【打印】", "【关闭】", "分享到", "扫一扫", "上一篇", "下一篇", "【字体", "字号："
    };
    private static final int MAX_NOISE_LINE = 150;
    private static final int PAGE_RUN_MIN = 3;

    private final Source source;
    private final Report report;
    private final int lines;
    private final int[] start;
    private final int[] end;
    private final boolean[] removed;
    private final boolean[] pageJoin;
    /** Lines a printed page added (its number, its running header): a page break, not a paragraph break. */
    private final boolean[] pageLine;
    /** The width the text was hard-wrapped at, in half units ({@link LineWidths}), or 0. */
    private int wrapWidth;
    /** Whether some lines but not most are indented: then an indented line opens a paragraph. */
    private boolean indentOpens;
    /**
     * In a hard-wrapped text, the numbering styles (by {@link Marker#key()}) whose nodes the
     * document heads with a line of their own (（一）着力扩大内需 / its body), not with a lead
     * sentence that its text follows on the same line (（一）加强建设。推动…).
     */
    private final java.util.Set<Long> headingStyles = new java.util.HashSet<>();
    final List<PageMeta> pageMeta = new ArrayList<>();
    final Logical logical;
    /** How the file marks its paragraphs, by source line; {@link #logicalMarks} the same by logical offset. */
    private final Marks marks;
    Marks logicalMarks = Marks.NONE;
    /** The marks of the file paragraph the line being built belongs to (its first line carries them). */
    private int paragraphFlags;
    /**
     * Whether the document indents its lines with ASCII spaces (a third of its lines or more open
     * with one): then a space at a line start is indentation, not the mark of a PDF fragment.
     */
    private final boolean spaceIndented;

    Cleaner(Source source, Report report, Marks marks) {
        this.source = source;
        this.report = report;
        this.marks = marks;
        this.lines = source.lineCount();
        this.start = new int[lines];
        this.end = new int[lines];
        this.removed = new boolean[lines];
        this.pageJoin = new boolean[lines];
        this.pageLine = new boolean[lines];
        // grown by doubling: sizing it to a huge source at once measured slower (zeroing 200 MB up front)
        this.logical = new Logical(Math.min(source.text.length() + 1, 1 << 16));
        String text = source.text;
        int nonBlank = 0;
        int spaceLed = 0;
        for (int l = 0; l < lines; l++) {
            int s = source.lineStart(l);
            int e = source.lineEnd(l);
            start[l] = Chars.skipBlank(text, s, e);
            end[l] = Chars.trimEnd(text, start[l], e);
            if (start[l] < end[l]) {
                nonBlank++;
                spaceLed += text.charAt(s) == ' ' ? 1 : 0;
            }
        }
        this.spaceIndented = nonBlank > 0 && spaceLed * 3 >= nonBlank;
    }

    Cleaner run() {
        pageChrome();
        pages();
        for (int l = 0; l < lines; l++) {
            if (!blank(l)) {
                l = setAside(l);
            }
        }
        removePageNumbers();
        int[] widths = new int[lines];
        int nonBlank = 0;
        int indented = 0;
        for (int l = 0; l < lines; l++) {
            // from the line's start: a PDF's indentation takes room in its line
            widths[l] = blank(l) ? -1 : LineWidths.width(source.text, source.lineStart(l), end[l]);
            nonBlank += blank(l) ? 0 : 1;
            indented += !blank(l) && start[l] > source.lineStart(l) ? 1 : 0;
        }
        wrapWidth = LineWidths.wrapWidth(widths);
        indentOpens = indented > 0 && indented * 2 < nonBlank;
        if (wrapWidth > 0) {
            headingStyles();
        }
        build();
        return this;
    }

    /** Sets aside the page numbers and running headers of text copied out of printed pages ({@link Pages}). */
    private void pages() {
        String[] short_ = new String[lines];
        for (int l = 0; l < lines; l++) {
            short_[l] = blank(l) ? "" : end[l] - start[l] > MAX_NOISE_LINE ? null : content(l);
        }
        Pages pages = new Pages(short_).run();
        for (int l = 0; l < lines; l++) {
            if (pages.kind[l] == Pages.NUMBER) {
                remove(l, DiagnosticCodes.PAGE_NUMBER, "page number");
                pageLine[l] = true;
            } else if (pages.kind[l] == Pages.HEADER) {
                remove(l, DiagnosticCodes.NOISE, "running header printed on every page");
                pageLine[l] = true;
            }
        }
    }

    /** Sets aside what a web page prints around the document, and reads its 来源/时间 lines as metadata. */
    private void pageChrome() {
        String[] short_ = new String[lines];
        for (int l = 0; l < lines; l++) {
            short_[l] = end[l] - start[l] > MAX_NOISE_LINE ? null : content(l);
        }
        PageChrome chrome = new PageChrome(short_).run();
        for (int l = 0; l < lines; l++) {
            if (blank(l)) {
                continue;
            }
            if (chrome.kind[l] == PageChrome.CHROME) {
                remove(l, DiagnosticCodes.NOISE, "page text that is not the document");
            } else if (chrome.kind[l] == PageChrome.META) {
                if (chrome.published[l] != null || chrome.source[l] != null) {
                    pageMeta.add(new PageMeta(l, chrome.published[l], chrome.source[l]));
                }
                remove(l, DiagnosticCodes.PAGE_METADATA, "publication line (read as metadata)");
            }
        }
    }

    private boolean blank(int l) {
        return removed[l] || start[l] >= end[l];
    }

    private String content(int l) {
        return source.text.substring(start[l], end[l]);
    }

    private void remove(int l, String code, String what) {
        removed[l] = true;
        report.add(Severity.INFO, code, what + " set aside: " + Report.quote(content(l)), source.span(start[l], end[l]));
    }

    /** Classifies line {@code l}; returns the last line it consumed. */
    private int setAside(int l) {
        int length = end[l] - start[l];
        if (length > MAX_NOISE_LINE && source.text.charAt(start[l]) != '[' && source.text.charAt(end[l] - 1) != '.'
                && source.text.charAt(end[l] - 1) != '…') {
            return l;       // a long line is plan text: no banner, bookmark or teaser (saves a copy of every line)
        }
        String t = content(l);
        if (t.startsWith("[bookmark:")) {
            int close = t.indexOf(']');
            int cut = close < 0 ? t.length() : close + 1;
            report.add(Severity.INFO, DiagnosticCodes.NOISE, "bookmark set aside: " + Report.quote(t.substring(0, cut)),
                source.span(start[l], start[l] + cut));
            start[l] = Chars.skipBlank(source.text, start[l] + cut, end[l]);
            if (blank(l)) {
                return l;
            }
            t = content(l);
        }
        if (isToc(t)) {
            return setAsideToc(l);
        }
        if (t.length() <= MAX_NOISE_LINE && isNoise(t)) {
            remove(l, DiagnosticCodes.NOISE, "text that is not part of the plan");
        } else if (t.length() <= MAX_NOISE_LINE && (t.startsWith("发布日期") || t.startsWith("发布时间") || t.startsWith("信息来源"))) {
            pageMeta.add(new PageMeta(l, Metadata.firstDate(t), Metadata.after(t, "信息来源")));
            remove(l, DiagnosticCodes.PAGE_METADATA, "publication line (read as metadata)");
        } else if (isTeaser(l, t)) {
            remove(l, DiagnosticCodes.TEASER, "teaser repeating the text");
        }
        return l;
    }

    static boolean isNoise(String t) {
        for (String s : SITE_LINE_STARTS) {
            if (t.startsWith(s)) {
                return true;
            }
        }
        if (t.contains("由会员分享") || t.contains("可在线阅读") || (t.contains("文库") && t.contains("搜索"))) {
            return true;
        }
        boolean web = t.contains("www.") || t.contains("http://") || t.contains("https://");
        return web && t.length() <= 60;
    }

    private boolean isTeaser(int l, String t) {
        if (t.length() < 20 || !(t.endsWith("...") || t.endsWith("…"))) {
            return false;
        }
        String head = t.substring(0, 8);
        int seen = 0;
        for (int m = l + 1; m < lines && seen < 3; m++) {
            if (blank(m)) {
                continue;
            }
            seen++;
            if (content(m).startsWith(head)) {
                return true;
            }
        }
        return false;
    }

    private static String squeeze(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            if (!Chars.blank(t.charAt(i))) {
                b.append(t.charAt(i));
            }
        }
        return b.toString();
    }

    private static boolean isToc(String t) {
        return t.length() <= 12 && squeeze(t).equals("目录");
    }

    /** A table of contents runs from 目录 to the line where its first entry appears again as a heading. */
    private int setAsideToc(int l) {
        String first = null;
        int last = l;
        int bodyStart = -1;
        for (int m = l + 1; m < lines && m <= l + 300; m++) {
            if (blank(m)) {
                continue;
            }
            String entry = squeeze(content(m));
            if (first == null) {
                first = entry;
            } else if (entry.equals(first)) {
                bodyStart = m;
                break;
            }
            last = m;
        }
        if (bodyStart < 0) {
            // no heading repeats the first entry: the contents end at the first line too long to be an entry
            last = l;
            for (int m = l + 1; m < lines && m <= l + 300; m++) {
                if (!blank(m) && end[m] - start[m] > 60) {
                    break;
                }
                last = m;
            }
        }
        int from = start[l];
        int to = end[last];
        for (int m = l; m <= last; m++) {
            removed[m] = true;
        }
        report.add(Severity.INFO, DiagnosticCodes.TABLE_OF_CONTENTS,
            "table of contents set aside: " + Report.quote(source.text.substring(from, to)), source.span(from, to));
        return last;
    }

    /** Length of a page number "12、" at the start of line {@code l}, or 0. */
    private int pagePrefix(int l, int[] number) {
        String text = source.text;
        int i = start[l];
        int j = i;
        while (j < end[l] && j - i < 4 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
            j++;
        }
        if (j == i || j >= end[l] || text.charAt(j) != '、' || j - i > 3) {
            return 0;
        }
        number[0] = Integer.parseInt(text.substring(i, j));
        return j + 1 - i;
    }

    /**
     * Page numbers: a run of consecutive lines opening 1、 2、 3、 … one after the
     * other, where the text mostly continues the line before. Item numbers
     * 1、 2、 are told apart by the line before ending its sentence.
     */
    private void removePageNumbers() {
        int[] number = new int[1];
        int l = 0;
        while (l < lines) {
            if (blank(l) || pagePrefix(l, number) == 0) {
                l++;
                continue;
            }
            int runStart = l;
            int expected = number[0];
            int continuing = 0;
            int m = l;
            int prevContent = previousContent(l);
            while (m < lines && !blank(m) && pagePrefix(m, number) > 0 && number[0] == expected) {
                int len = pagePrefix(m, number);
                boolean continues = (prevContent >= 0 && !endsSentence(prevContent))
                    || (start[m] + len < end[m] && Chars.cannotOpen(source.text.charAt(start[m] + len)));
                if (continues) {
                    continuing++;
                }
                prevContent = m;
                expected++;
                m++;
            }
            int run = m - runStart;
            if (run >= PAGE_RUN_MIN && continuing * 2 >= run) {
                for (int k = runStart; k < m; k++) {
                    int len = pagePrefix(k, number);
                    report.add(Severity.INFO, DiagnosticCodes.PAGE_NUMBER, "page number "
                        + Report.quote(source.text.substring(start[k], start[k] + len)) + " removed",
                        source.span(start[k], start[k] + len));
                    start[k] += len;
                    // the first page of a run continues nothing: a page break ends the page before it
                    pageJoin[k] = k > runStart && previousContent(k) == k - 1;
                }
            }
            l = Math.max(m, l + 1);
        }
    }

    private int previousContent(int l) {
        for (int m = l - 1; m >= 0; m--) {
            if (removed[m]) {
                return -1;
            }
            if (!blank(m)) {
                return m;
            }
        }
        return -1;
    }

    /** Whether line {@code l} ends a sentence (a "." that stands for 。 too). */
    private boolean endsSentence(int l) {
        return end[l] > start[l] && Chars.endsSentence(source.text, end[l] - 1);
    }

    private char lastChar(int l) {
        return end[l] > start[l] ? source.text.charAt(end[l] - 1) : '\n';
    }

    private void build() {
        String text = source.text;
        int[] logicalAt = new int[lines];
        int prev = -1;
        List<int[]> marked = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            logicalAt[l] = logical.length();
            if (blank(l)) {
                // a blank or set-aside line ends the paragraph (plandoc's own text output relies on it), but
                // for a page break: a page number or running header, with the blank lines around it
                int r = l;
                boolean setAside = false;
                boolean pageBreak = false;
                while (r < lines && blank(r)) {
                    logicalAt[r] = logical.length();
                    setAside |= removed[r] && !pageLine[r];
                    pageBreak |= pageLine[r];
                    r++;
                }
                // but for a line that is an opening bracket alone: it opens what follows, across blank lines
                // too (（ / blank / 三）改革开放… is one marker). Only alone: a line that merely ends in one
                // may be a heading plandoc's text output wrote (一、（), whose blank line is a paragraph break.
                boolean open = prev >= 0 && end[prev] - start[prev] == 1 && Chars.opens(lastChar(prev)) && r < lines
                    && closesMarker(lastChar(prev), r);
                if ((setAside || !pageBreak) && !open) {
                    prev = -1;
                }
                l = r - 1;
                continue;
            }
            int flags = marks.at(l);
            if (flags != 0) {
                paragraphFlags = flags;
            }
            // a paragraph of a Word or HTML file is a paragraph: only text lines are rejoined, but for a
            // heading its author wrapped by hand, with a paragraph break or inside a centred or heading
            // paragraph with a line break (a title broken into balanced lines)
            boolean softBreak = flags == 0 && !marks.isEmpty() && Marks.heading(paragraphFlags);
            boolean join = prev >= 0
                && ((flags & Marks.PARAGRAPH) == 0
                && (pageJoin[l] || softBreak || filled(prev, l) || brokenLine(prev, l, prev == l - 1))
                || wrappedHeading(prev, l));
            if (join && !pageJoin[l]) {
                report.add(Severity.INFO, DiagnosticCodes.LINES_JOINED, "line joined to the one before it",
                    source.span(start[l], end[l]));
            }
            if (!join) {
                logical.newline(source.lineStart(l));
                if (flags != 0) {
                    marked.add(new int[] {logical.length(), flags});
                }
            }
            appendUnescaped(text, start[l], end[l]);
            prev = l;
        }
        pageMeta.replaceAll(m -> new PageMeta(logicalAt[m.at()], m.published(), m.source()));
        if (!marked.isEmpty()) {
            logicalMarks = Marks.of(marked.stream().mapToInt(m -> m[0]).toArray(),
                marked.stream().mapToInt(m -> m[1]).toArray());
        }
    }

    /**
     * Appends a line, dropping the backslash of a Markdown escape (\\* \\_ \\[ …), or of
     * one that opens a line or follows a blank before what opens as a number would
     * (\\三、, which plandoc's text output writes where text, not a number, begins): text
     * that was once Markdown or plandoc's output reads back as written. A backslash
     * before a digit that opens no number (\\1 in a path) is the text's own and stays.
     */
    private void appendUnescaped(String text, int from, int to) {
        int run = from;
        for (int i = from; i + 1 < to; i++) {
            if (text.charAt(i) == '\\' && (isAsciiPunctuation(text.charAt(i + 1))
                    || ((i == from || Chars.blank(text.charAt(i - 1))) && opensNumber(text, i + 1, to)))) {
                logical.append(text, run, i);
                run = i + 1;
                i++;
            }
        }
        logical.append(text, run, to);
    }

    /**
     * Whether the text at {@code i} opens as a number would, so that plandoc's text output
     * escapes it: ①, 、, a bracket before a numeral, 第 before a numeral and 篇章节条部, or a
     * numeral (up to three digits or five Chinese numerals) before . ．、)）是 or a blank.
     */
    static boolean opensNumber(String s, int i, int end) {
        char c = s.charAt(i);
        if ((c >= '①' && c <= '⑳') || c == '、') {
            return true;
        }
        int k = c == '（' || c == '(' || c == '第' ? i + 1 : i;
        int digits = 0;
        int numerals = 0;
        while (k < end && (ChineseNumerals.isArabicDigit(s.charAt(k)) || "〇零一二三四五六七八九十百".indexOf(s.charAt(k)) >= 0)) {
            if (ChineseNumerals.isArabicDigit(s.charAt(k))) {
                digits++;
            } else {
                numerals++;
            }
            k++;
        }
        if (digits + numerals == 0 || digits > 3 || numerals > 5) {
            return false;
        }
        if (c == '（' || c == '(') {
            return true;
        }
        char after = k < end ? s.charAt(k) : '\n';
        if (c == '第') {
            return "篇章节条部".indexOf(after) >= 0;
        }
        return ".．、)）是 \u3000\t".indexOf(after) >= 0;
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /**
     * Learns {@link #headingStyles}: a line that opens with a number and stops short of the width
     * with no punctuation at its end is a whole heading (a paragraph would fill its line); one
     * with a full stop in it opens a paragraph with a lead sentence.
     */
    private void headingStyles() {
        // counted in each part under a top heading (一、…): a report may open its review's parts with
        // lead sentences, （一）…。…, and head its tasks' parts, （一）… on a line of its own
        java.util.Map<Long, int[]> seen = new java.util.HashMap<>();
        String text = source.text;
        headingPart = new int[lines];
        int part = 0;
        for (int l = 0; l < lines; l++) {
            headingPart[l] = part;
            if (blank(l)) {
                continue;
            }
            Marker m = MarkerScanner.scan(text, MarkerScanner.skipLinePrefix(text, start[l], end[l]), end[l], true);
            if (m == null) {
                continue;
            }
            if (m.style() == NumberingStyle.CHINESE_DUN) {
                headingPart[l] = ++part;
            }
            int[] c = seen.computeIfAbsent(styleInPart(part(l, m), m.key()), k -> new int[2]);
            boolean full = full(l);
            if (holdsSentenceEnd(m.contentStart(), end[l])) {
                c[1]++;         // a lead sentence
            } else if (!full && !endsSentence(l) && !Chars.closes(lastChar(l))) {
                c[0]++;         // a heading; a full line without a full stop may be either, and counts for neither
            }
        }
        seen.forEach((key, c) -> {
            if (c[0] >= 2 && c[1] * 3 <= c[0]) {      // a style used both ways (Zhejiang's （一）) is neither
                headingStyles.add(key);
            }
        });
    }

    /** The top heading's part each line stands in, for {@link #headingStyles}. */
    private int[] headingPart;

    /** The part a marker's style is learnt in: the whole document for the top headings themselves. */
    private int part(int l, Marker m) {
        return m.style() == NumberingStyle.CHINESE_DUN ? 0 : headingPart[l];
    }

    private static long styleInPart(int part, int key) {
        return (long) part << 32 | (key & 0xffffffffL);
    }

    /**
     * Whether line {@code l} fills the wrap width: the first unit of the next line of text (across
     * a page break) did not fit after it.
     */
    private boolean full(int l) {
        int next = l + 1;
        boolean pageBreak = false;
        while (next < lines && blank(next)) {
            pageBreak |= pageLine[next];
            next++;
        }
        if (blank(l) || next >= lines || next > l + 1 && !pageBreak) {
            return false;
        }
        return LineWidths.width(source.text, source.lineStart(l), end[l])
            + LineWidths.firstUnit(source.text, start[next], end[next]) > wrapWidth;
    }

    private boolean holdsSentenceEnd(int from, int to) {
        for (int i = from; i < to; i++) {
            if (source.text.charAt(i) == '。' || Chars.fullStop(source.text, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A heading of a style the document heads its nodes with ({@link #headingStyles}) that fills
     * its line to the width: the next line goes on with it only when it is the rest of the heading,
     * a short line with no end punctuation; a full line or a sentence is the heading's body.
     */
    private boolean headingEndsAtWidth(int p, int l) {
        String text = source.text;
        Marker m = MarkerScanner.scan(text, MarkerScanner.skipLinePrefix(text, start[p], end[p]), end[p], true);
        if (m == null || !headingStyles.contains(styleInPart(part(p, m), m.key())) || "，,、；;".indexOf(lastChar(p)) >= 0) {
            return false;       // (a heading ends in no comma: 7.1　各省、…制订和完善本省、 / 自治区…)
        }
        for (int i = m.contentStart(); i < end[p]; i++) {
            if (Chars.endsSentence(text, i)) {
                return false;       // a lead sentence, and the paragraph it opens
            }
        }
        boolean tail = !endsSentence(l) && LineWidths.width(text, source.lineStart(l), end[l]) + 2 <= wrapWidth;
        return !tail;
    }

    /**
     * Whether line {@code p} of a hard-wrapped text is filled to the wrap width, with no sentence
     * ended at its end: the first unit of line {@code l} did not fit after it, so {@code l} goes on
     * with its sentence, even where it opens like a number (二是, （三）项, 2026年).
     */
    private boolean filled(int p, int l) {
        if (wrapWidth == 0 || indentOpens && start[l] > source.lineStart(l)) {
            return false;       // an indented line opens a paragraph where the others are not indented
        }
        int width = LineWidths.width(source.text, source.lineStart(p), end[p]);
        if (width + LineWidths.firstUnit(source.text, start[l], end[l]) <= wrapWidth) {
            return false;
        }
        // at a sentence's end, or at a bracket or quote that may end a paragraph with no full stop
        // (…（国家发展改革委负责）), a number or an address to the audience opens the next paragraph;
        // other text goes on: a filled line ends a paragraph far less often than a sentence inside one
        char last = lastChar(p);
        if (!endsSentence(p) && !Chars.closes(last)) {
            return !headingEndsAtWidth(p, l);
        }
        // …; a line with no end punctuation that does not fill the width itself is a line of its own (a heading)
        String text = source.text;
        boolean lineOfItsOwn = !endsSentence(l) && !Chars.closes(lastChar(l)) && !full(l);
        return !lineOfItsOwn && !Closing.turnsToAudience(text, start[l])
            && MarkerScanner.scan(text, MarkerScanner.skipLinePrefix(text, start[l], end[l]), end[l], true) == null;
    }

    /**
     * Whether line {@code l} continues line {@code p} that extraction broke; {@code adjacent}
     * when no page break (a page number, a running header) stands between them.
     */
    private boolean brokenLine(int p, int l, boolean adjacent) {
        String text = source.text;
        char last = lastChar(p);
        char first = text.charAt(start[l]);
        if (endsSentence(p) || Chars.closes(last)) {
            return false;
        }
        if (Chars.opens(last)) {
            return true;        // no line ends in an opening bracket: （ / 三）改革开放… is one marker
        }
        if (MarkerScanner.scan(text, MarkerScanner.skipLinePrefix(text, start[l], end[l]), end[l], true) != null) {
            return false;
        }
        if (Chars.cannotOpen(first)) {
            return true;
        }
        if (Chars.latinOrDigit(last) && (Chars.han(first) || Chars.latinOrDigit(first)) && !isAttachment(content(p))) {
            return true;
        }
        boolean heading = MarkerScanner.scan(text, MarkerScanner.skipLinePrefix(text, start[p], end[p]), end[p], true) != null;
        if ("的和与及或并".indexOf(last) >= 0 && !heading) {
            return true;
        }
        if (first == '是' && start[l] + 1 < end[l] && (text.charAt(start[l] + 1) == '：' || text.charAt(start[l] + 1) == ':')) {
            return true;
        }
        // a line that opens with an ASCII space after an unfinished one that is not a heading: a PDF fragment
        return text.charAt(source.lineStart(l)) == ' ' && !heading && !spaceIndented && adjacent;
    }

    /**
     * 三、持续提升政府 / 治理效能和服务水平: a numbered heading wrapped over two lines — a
     * heading line without punctuation, then a short line of words only, then the body
     * (a sentence, a long paragraph or the next marker).
     */
    private boolean wrappedHeading(int p, int l) {
        String text = source.text;
        int j = MarkerScanner.skipLinePrefix(text, start[p], end[p]);
        Marker m = MarkerScanner.scan(text, j, end[p], true);
        if (m == null || m.style() == NumberingStyle.PART || end[p] - m.contentStart() < 6
                || end[p] - m.contentStart() > 25 || end[l] - start[l] > 15
                || text.substring(m.contentStart(), end[p]).contains(content(l))
                || !words(m.contentStart(), end[p]) || !words(start[l], end[l])
                || MarkerScanner.scan(text, start[l], end[l], true) != null) {
            return false;
        }
        int next = l + 1;
        while (next < lines && blank(next)) {
            next++;
        }
        if (next >= lines) {
            return false;
        }
        boolean body = endsSentence(next) || end[next] - start[next] > 30
            || MarkerScanner.scan(text, MarkerScanner.skipLinePrefix(text, start[next], end[next]), end[next], true) != null;
        return body;
    }

    /**
     * Whether line {@code l} opens with the rest of a bracketed number whose opening bracket
     * {@code open} stands alone on a line before it: （ and 三）… read together as a marker, as
     * {@link MarkerScanner} reads one. A line that opens a whole marker of its own, （一）…, is
     * not the rest of one.
     */
    private boolean closesMarker(char open, int l) {
        String joined = open + source.text.substring(start[l], Math.min(end[l], start[l] + 12));
        Marker m = MarkerScanner.scan(joined, 0, joined.length(), true);
        return m != null && m.damage() == Marker.Damage.NONE
            && (m.style() == NumberingStyle.CHINESE_PAREN || m.style() == NumberingStyle.ARABIC_PAREN);
    }

    /** Whether {@code from..to} holds Chinese words only: no punctuation, no digits, no blanks. */
    private boolean words(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = source.text.charAt(i);
            if (!Chars.han(c) && c != '“' && c != '”') {
                return false;
            }
        }
        return to > from;
    }

    static boolean isAttachment(String t) {
        if (!t.startsWith("附件")) {
            return false;
        }
        int i = 2;
        while (i < t.length() && (org.plandoc.core.ChineseNumerals.digitValue(t.charAt(i)) >= 0 || Chars.blank(t.charAt(i)))) {
            i++;
        }
        return i == t.length() || t.charAt(i) == '：' || t.charAt(i) == ':';
    }
}
