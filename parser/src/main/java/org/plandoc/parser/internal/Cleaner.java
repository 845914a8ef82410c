package org.plandoc.parser.internal;

import java.util.ArrayList;
import java.util.List;
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
    final List<PageMeta> pageMeta = new ArrayList<>();
    final Logical logical;
    /** How the file marks its paragraphs, by source line; {@link #logicalMarks} the same by logical offset. */
    private final Marks marks;
    Marks logicalMarks = Marks.NONE;
    /** The marks of the file paragraph the line being built belongs to (its first line carries them). */
    private int paragraphFlags;

    Cleaner(Source source, Report report, Marks marks) {
        this.source = source;
        this.report = report;
        this.marks = marks;
        this.lines = source.lineCount();
        this.start = new int[lines];
        this.end = new int[lines];
        this.removed = new boolean[lines];
        this.pageJoin = new boolean[lines];
        // grown by doubling: sizing it to a huge source at once measured slower (zeroing 200 MB up front)
        this.logical = new Logical(Math.min(source.text.length() + 1, 1 << 16));
        String text = source.text;
        for (int l = 0; l < lines; l++) {
            int s = source.lineStart(l);
            int e = source.lineEnd(l);
            start[l] = Chars.skipBlank(text, s, e);
            end[l] = Chars.trimEnd(text, start[l], e);
        }
    }

    Cleaner run() {
        pageChrome();
        for (int l = 0; l < lines; l++) {
            if (!blank(l)) {
                l = setAside(l);
            }
        }
        removePageNumbers();
        build();
        return this;
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
                remove(l, DiagnosticCodes.PAGE_METADATA, "web page metadata (read as metadata)");
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
            remove(l, DiagnosticCodes.PAGE_METADATA, "web page metadata (read as metadata)");
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
                boolean continues = (prevContent >= 0 && !Chars.endsSentence(lastChar(prevContent)))
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
                prev = -1;     // a blank or set-aside line ends the paragraph
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
            boolean join = prev >= 0 && prev == l - 1
                && ((flags & Marks.PARAGRAPH) == 0 && (pageJoin[l] || softBreak || brokenLine(prev, l))
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
     * one that opens a line or follows a blank before what could open a number (\\三、,
     * which plandoc's text output writes where text, not a number, begins): text that
     * was once Markdown or plandoc's output reads back as written.
     */
    private void appendUnescaped(String text, int from, int to) {
        int run = from;
        for (int i = from; i + 1 < to; i++) {
            if (text.charAt(i) == '\\' && (isAsciiPunctuation(text.charAt(i + 1))
                    || ((i == from || Chars.blank(text.charAt(i - 1))) && MarkerScanner.mayOpen(text.charAt(i + 1))))) {
                logical.append(text, run, i);
                run = i + 1;
                i++;
            }
        }
        logical.append(text, run, to);
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /** Whether line {@code l} continues line {@code p} that extraction broke. */
    private boolean brokenLine(int p, int l) {
        String text = source.text;
        char last = lastChar(p);
        char first = text.charAt(start[l]);
        if (Chars.endsSentence(last) || Chars.closes(last)) {
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
        return text.charAt(source.lineStart(l)) == ' ' && !heading;
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
        boolean body = Chars.endsSentence(lastChar(next)) || end[next] - start[next] > 30
            || MarkerScanner.scan(text, MarkerScanner.skipLinePrefix(text, start[next], end[next]), end[next], true) != null;
        return body;
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
