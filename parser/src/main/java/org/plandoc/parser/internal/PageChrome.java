package org.plandoc.parser.internal;

import java.time.LocalDate;

/**
 * What a web page puts around the document it shows: the toolbar
 * ({@code 下载 打印 【字号： 加大 还原 减小 】}), the breadcrumb
 * ({@code 您的位置: 首页 > 云南要闻}), the page's 来源/时间 lines (read as
 * metadata), photo captions ({@code …本报记者阮洋摄}), and after the document the
 * list of related links ({@code 相关报道：} and all that follows), share bars and
 * licence text. Pages of every government site print these in a few fixed forms,
 * so the forms are listed here as words, not guessed.
 *
 * <p>Works on the trimmed text of each line ({@code null} for a line too long to be
 * chrome) and marks each line {@link #CONTENT}, {@link #CHROME} or {@link #META}.
 */
final class PageChrome {

    static final byte CONTENT = 0;
    static final byte CHROME = 1;
    static final byte META = 2;

    /** Lines that are a toolbar or share-bar button wherever they stand. */
    private static final String[] BUTTONS = {
        "下载", "打印", "全屏", "收藏", "加大", "还原", "减小", "首页", ">", "|", "×", "分享", "分享：", "分享:",
        "分享到", "分享到：", "分享到:", "分享到微信", "分享到微博", "打印本页", "关闭窗口", "【打印本页】", "【关闭窗口】",
        "扫一扫在手机打开当前页", "字号", "字体", "【", "】", "##", "###"
    };
    /** Labels of page metadata whose value may stand on the next line. */
    private static final String[] META_LABELS = {"来源", "信息来源", "时间", "发表时间", "发布时间", "发布日期", "日期"};
    /** Lines after which the rest of the page is links, comments or licence, not the document. */
    private static final String[] TAIL_STARTS = {
        "相关报道", "相关文档", "相关附件", "相关链接", "相关阅读", "相关新闻", "相关稿件", "相关解读", "相关文章", "延伸阅读", "网友评论", "我要评论", "发表评论", "网友留言", "评论区",
        "本作品是中华人民共和国的", "》》点击图片进入专题"
    };
    /** Lines of the page's frame that begin so. */
    private static final String[] FRAME_STARTS = {
        "您的位置", "当前位置", "您当前", "您现在", "【字号", "【字体", "阅读量", "浏览量", "编辑：", "编辑:", "责任编辑",
        "（责任编辑", "<!--", "发布机构：", "发布机构:", "索引号：", "索引号:", "主办：", "主办:", "主办单位", "承办：", "承办:",
        "技术支持：", "技术支持:"
    };
    /** Words of a site's footer: a short line that holds one is the page's frame wherever it stands. */
    private static final String[] FOOTER_WORDS = {"版权所有", "Copyright", "ICP备", "公网安备", "网站标识码", "网站地图"};
    /** Words of a toolbar or share bar that several stand on one line: 【打印本页】 【关闭窗口】, 微信 微博 QQ空间. */
    private static final String[] BAR_WORDS = {
        "打印", "打印本页", "关闭", "关闭窗口", "收藏", "分享", "分享到", "纠错", "我要纠错", "返回顶部", "字号", "字体", "大", "中",
        "小", "微信", "微博", "QQ", "QQ空间", "朋友圈", "联系我们", "使用帮助", "隐私声明", "网站声明"
    };

    private final String[] lines;
    final byte[] kind;
    /** For a META line: the date it gives, and the source it names (either may be null). */
    final LocalDate[] published;
    final String[] source;

    /** {@code lines}: the trimmed text of each line, "" for a blank one, null for one too long to be chrome. */
    PageChrome(String[] lines) {
        this.lines = lines;
        this.kind = new byte[lines.length];
        this.published = new LocalDate[lines.length];
        this.source = new String[lines.length];
    }

    PageChrome run() {
        int front = frontEnd();
        tail();
        // a site's footer names its 主办单位 once; a list of tasks names one under each task
        int hosts = 0;
        for (String t : lines) {
            hosts += t != null && t.startsWith("主办单位") ? 1 : 0;
        }
        for (int l = 0; l < lines.length; l++) {
            String t = lines[l];
            if (t == null || t.isEmpty() || kind[l] != CONTENT) {
                continue;
            }
            boolean frame = startsWithAny(t, FRAME_STARTS) && !(hosts > 1 && t.startsWith("主办单位"));
            if (button(t) || frame || t.startsWith("<!--") && t.endsWith("-->") || footer(t)
                    || bar(t) || crumbs(t)) {
                kind[l] = CHROME;
                if (t.startsWith("您的位置") || t.startsWith("当前位置") || t.startsWith("您当前") || t.startsWith("您现在")
                        || crumbs(t)) {
                    breadcrumb(l, front, !crumbs(t));
                } else if (t.endsWith("：") || t.endsWith(":")) {
                    // 责任编辑： with the name on the next line
                    int v = nextNonBlank(l);
                    if (v >= 0 && lines[v] != null && lines[v].length() <= 12) {
                        kind[v] = CHROME;
                    }
                }
            } else if (bracketBlock(l)) {
                continue;
            } else if ((l < front || underDocumentTitle(l)) && meta(l)) {
                continue;
            } else if (l < front && repeatsLineBefore(l) || caption(t)) {
                kind[l] = CHROME;
            } else if (sourceInBrackets(t)) {
                kind[l] = META;
                source[l] = t.substring(4, t.length() - 1).strip();
            }
        }
        return this;
    }

    /**
     * Where the front of the page ends: the salutation 各位代表, the first numbered
     * heading, or a line too long to be chrome. Metadata, captions and
     * repeated labels are looked for before it only.
     */
    private int frontEnd() {
        for (int l = 0; l < lines.length; l++) {
            String t = lines[l];
            if (t == null || t.startsWith("各位代表") || t.startsWith("一、") || t.startsWith("第一")) {
                return l;
            }
        }
        return lines.length;
    }

    /**
     * 相关报道： and the links after it, or the licence a wiki adds: set aside. The
     * tail is link-like lines — short titles, hashes, buttons — and ends at the
     * first line that is a document's again (a long paragraph, a numbered heading,
     * the toolbar of the next page, a title under which a subtitle or the page's
     * 来源/时间 lines stand: a page may hold another plan after a plan's links). Looked
     * for in the last third of the page, or anywhere as a label alone on its line
     * with a link under it (a page of several documents); a label early in the text
     * with text after it is the text's own.
     */
    private void tail() {
        for (int l = 0; l < lines.length; l++) {
            String t = lines[l];
            if (t != null && t.length() <= 30 && startsWithAny(t, TAIL_STARTS)
                    && (l >= lines.length * 2 / 3 || labelAlone(l))) {
                int m = l;
                while (m < lines.length && !documentAgain(m, l)) {
                    kind[m] = CHROME;
                    m++;
                }
                l = m;
            }
        }
    }

    /** 相关报道：, 相关附件>>, 》》点击图片进入专题《《 alone on its line, a short line (a link) under it. */
    private boolean labelAlone(int l) {
        String t = lines[l];
        if (t.length() > 16) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if ("。，,；;".indexOf(t.charAt(k)) >= 0) {
                return false;
            }
        }
        int next = nextNonBlank(l);
        return next >= 0 && lines[next] != null && lines[next].length() <= 80;
    }

    /**
     * Whether line {@code m} after the links under the label on line {@code label} is text of a
     * document again: too long for a link, a numbered heading, or, after a link, the next page's
     * toolbar or a title with its subtitle or page lines under it.
     */
    private boolean documentAgain(int m, int label) {
        String t = lines[m];
        if (m == label) {
            return false;
        }
        boolean afterLinks = m > label + 1;
        if (t == null) {
            return true;
        }
        if (t.startsWith("本作品") || t.length() <= 2 && !button(t)) {
            return false;
        }
        if (t.length() > 80 || t.startsWith("一、") || t.startsWith("第一") || t.startsWith("（一）")) {
            return true;
        }
        if (afterLinks && (button(t) && !t.equals(">") && !t.equals("|") || startsWithAny(t, FRAME_STARTS))) {
            return true;        // the toolbar or breadcrumb that heads the next page
        }
        return documentTitle(m);
    }

    /**
     * Whether line {@code l} heads a document of the page: a title with a plan word (or the
     * first of two lines it wraps over), no number before it, and under it a subtitle
     * (——2026年…在…会议上), a page line (来源：, 时间：), the bare date and time of the page or
     * a document number (国发〔2019〕5号).
     */
    private boolean documentTitle(int l) {
        String t = lines[l];
        if (t == null || !Titles.titleLike(t) || MarkerScanner.scan(t, 0, t.length(), true) != null) {
            return false;
        }
        int next = nextNonBlank(l);
        if (!Titles.hasPlanWord(t)) {
            // 国务院关于在市场监管领域全面推行 / 部门联合“双随机、一公开”监管的意见
            if (next < 0 || lines[next] == null || !Titles.titleLike(lines[next]) || !Titles.hasPlanWord(lines[next])) {
                return false;
            }
            next = nextNonBlank(next);
        }
        String u = next < 0 || lines[next] == null ? "" : lines[next];
        if (u.length() <= 50 && u.endsWith("号") && (u.contains("〔") || u.contains("[") || u.contains("［"))) {
            return true;
        }
        if (u.length() >= 2 && "—―─－-".indexOf(u.charAt(0)) >= 0 && "—―─－-".indexOf(u.charAt(1)) >= 0) {
            return true;
        }
        for (String label : META_LABELS) {
            if (afterLabel(u, label) >= 0) {
                return true;
            }
        }
        return dateTime(u);
    }

    /**
     * Whether line {@code l} stands under the head of a later document of the page (its title
     * within the three lines of text before it): where that document's 来源/时间 lines are.
     */
    private boolean underDocumentTitle(int l) {
        int m = l;
        for (int k = 0; k < 3; k++) {
            m = previousNonBlank(m);
            if (m < 0) {
                return false;
            }
            if (kind[m] == CONTENT && lines[m] != null && Titles.titleLike(lines[m]) && Titles.hasPlanWord(lines[m])
                    && MarkerScanner.scan(lines[m], 0, lines[m].length(), true) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * After 您的位置, the crumbs: short lines and > up to the first line that is more than a label.
     * Before it, at the top of the page, the site's header (its name, its menu): a page prints its
     * breadcrumb under them, and the document under the breadcrumb. {@code labelled}: the
     * crumbs follow a label (您的位置：) on lines of their own; else they stand on its line.
     */
    private void breadcrumb(int l, int front, boolean labelled) {
        if (l < front) {
            for (int m = 0; m < l; m++) {
                if (lines[m] != null && !lines[m].isEmpty() && kind[m] == CONTENT) {
                    kind[m] = CHROME;
                }
            }
        }
        if (!labelled) {
            return;
        }
        for (int m = l + 1; m < lines.length && m <= l + 12; m++) {
            String t = lines[m];
            if (t == null || t.length() > 8 || Titles.hasPlanWord(t)) {
                return;
            }
            if (!t.isEmpty()) {
                kind[m] = CHROME;
            }
        }
    }

    /** 【字体： 大 中 小 】: a bracket opened on one line and closed a few short lines later. */
    private boolean bracketBlock(int l) {
        String t = lines[l];
        if (!t.startsWith("【") || t.endsWith("】")) {
            return false;
        }
        for (int m = l + 1; m < lines.length && m <= l + 6; m++) {
            String u = lines[m];
            if (u == null || u.length() > 6) {
                return false;
            }
            if (u.endsWith("】")) {
                for (int k = l; k <= m; k++) {
                    kind[k] = CHROME;
                }
                return true;
            }
        }
        return false;
    }

    /** 来源：解放日报, 时间：2026-02-09, 发表时间： + 2026-02-09 09:45:30, a bare date-time line. */
    private boolean meta(int l) {
        String t = lines[l];
        for (String label : META_LABELS) {
            int colon = afterLabel(t, label);
            if (colon < 0) {
                continue;
            }
            String value = t.substring(colon).strip();
            int valueLine = l;
            if (value.isEmpty()) {
                // the label alone: its value is the next line
                valueLine = nextNonBlank(l);
                if (valueLine < 0 || lines[valueLine] == null || lines[valueLine].length() > 30) {
                    return false;
                }
                value = lines[valueLine];
            }
            if (label.endsWith("来源")) {
                source[l] = firstWord(value);
            } else {
                published[l] = Metadata.firstDate(value);
                if (published[l] == null) {
                    return false;
                }
                // 发布日期:2022-05-31信息来源:市卫健委: both on one line
                source[l] = Metadata.after(value, "来源");
            }
            kind[l] = META;
            kind[valueLine] = META;
            return true;
        }
        if (dateTime(t)) {
            published[l] = Metadata.firstDate(t);
            kind[l] = META;
            return published[l] != null;
        }
        return false;
    }

    /** Index just past "label：" (blanks allowed around the colon) at the start of {@code t}, or -1. */
    private static int afterLabel(String t, String label) {
        if (!t.startsWith(label)) {
            return -1;
        }
        int i = Chars.skipBlank(t, label.length(), t.length());
        if (i >= t.length() || (t.charAt(i) != '：' && t.charAt(i) != ':')) {
            return -1;
        }
        return Chars.skipBlank(t, i + 1, t.length());
    }

    private static String firstWord(String value) {
        int j = 0;
        while (j < value.length() && !Chars.blank(value.charAt(j))) {
            j++;
        }
        return value.substring(0, j);
    }

    /** 2026-02-03 09:02:33, 2026年02月10日 07时41分: a date and a time of day, nothing else. */
    static boolean dateTime(String t) {
        if (t.length() < 14 || t.length() > 22 || Metadata.firstDate(t) == null) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ("-/.:年月日时分秒 ".indexOf(c) < 0) {
                return false;
            }
        }
        return digits >= 12 && (t.indexOf(':') > 0 || t.indexOf('时') > 0);
    }

    /** （来源：青海日报）: the page's source, printed under the text (brackets and colon of either width). */
    private static boolean sourceInBrackets(String t) {
        return t.length() <= 30 && (t.startsWith("（来源") || t.startsWith("(来源")) && t.length() > 4
            && (t.charAt(3) == '：' || t.charAt(3) == ':') && (t.endsWith("）") || t.endsWith(")"));
    }

    /**
     * A photo caption in a report's page: 省长叶建春作政府工作报告。本报全媒体记者 林 君摄,
     * …宁夏日报记者 王鼎 摄, 张工作政府工作报告。
     */
    private static boolean caption(String t) {
        boolean stop = t.endsWith("。") || Chars.fullStop(t, t.length() - 1);
        String s = stop ? t.substring(0, t.length() - 1).strip() : t;
        if (s.endsWith("摄") && s.contains("记者")) {
            return true;
        }
        return t.length() <= 40 && stop && t.contains("作政府工作报告");
    }

    /** A label printed twice in a row (the column name 云南要闻 after the breadcrumb that ends in it). */
    private boolean repeatsLineBefore(int l) {
        int p = previousNonBlank(l);
        return p >= 0 && lines[p] != null && lines[p].equals(lines[l]) && lines[l].length() <= 10;
    }

    private int nextNonBlank(int l) {
        for (int m = l + 1; m < lines.length; m++) {
            if (lines[m] == null || !lines[m].isEmpty()) {
                return m;
            }
        }
        return -1;
    }

    private int previousNonBlank(int l) {
        for (int m = l - 1; m >= 0; m--) {
            if (lines[m] == null || !lines[m].isEmpty()) {
                return m;
            }
        }
        return -1;
    }

    /** 首页 > 新闻中心 > 要闻动态, 首页»政策»通知: a breadcrumb with no label, crumbs of a few words between arrows. */
    private static boolean crumbs(String t) {
        if (t.length() > 60) {
            return false;
        }
        int arrows = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '>' || c == '»' || c == '＞' || c == '›') {
                arrows++;
                run = 0;
            } else if (!Chars.blank(c) && ++run > 12) {
                return false;       // a crumb is a few words
            } else if ("。，；！？".indexOf(c) >= 0) {
                return false;
            }
        }
        return arrows >= 2 && t.startsWith("首页");
    }

    /** 版权所有 ©2024 …, 京ICP备05070218号, 网站地图 | 联系我们: a line of the site's footer. */
    private static boolean footer(String t) {
        if (t.length() > 100) {
            return false;
        }
        for (String w : FOOTER_WORDS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 【打印本页】 【关闭窗口】, 微信 微博 QQ空间, 字号：大 中 小 | 打印 | 关闭: two or more toolbar words and
     * nothing else but blanks, bars, brackets and colons.
     */
    private static boolean bar(String t) {
        int words = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (Chars.blank(c) || "|｜【】[]·：:/".indexOf(c) >= 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && !Chars.blank(t.charAt(j)) && "|｜【】[]·：:/".indexOf(t.charAt(j)) < 0) {
                j++;
            }
            boolean known = false;
            for (String w : BAR_WORDS) {
                known |= t.regionMatches(i, w, 0, w.length()) && w.length() == j - i;
            }
            if (!known) {
                return false;
            }
            words++;
            i = j;
        }
        return words >= 2;
    }

    private static boolean button(String t) {
        for (String b : BUTTONS) {
            if (t.equals(b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String t, String[] starts) {
        for (String s : starts) {
            if (t.startsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
