package org.plandoc.office.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a title into lines as GB/T 9704 §7.3.3 asks: "回行时，要做到词意完整，排列对称，
 * 长短适宜" — lines of near-equal length, broken where words end (before 关于, after
 * 印发, after a place or body's name, at a comma), never inside a number or before a
 * closing mark. Without a dictionary the word ends are a short list of characters that
 * end names and phrases in titles and of verbs titles put before their object; a break
 * elsewhere costs as much as lines about 5 characters apart.
 */
final class TitleLines {

    /**
     * Characters that often end a word in a title: a body (市, 委, 局 …), a year, 的, a
     * conjunction, and the last character of its common nouns (制度, 工作, 建设, 管理, 发展 …).
     */
    private static final String ENDS_WORD = "年省市县区委局厅部府室会院的于和及与度作设理展革务案点、，；：》”）";
    /**
     * Verbs and adverbs that titles put before their object: a line may end after them
     * (关于加强 / 三级公立医院…) or begin with them (国务院关于在市场监管领域 / 全面推行…).
     */
    private static final List<String> VERBS = List.of("加强", "推进", "推动", "做好", "开展", "实施", "促进", "深化",
        "完善", "建立", "健全", "支持", "加快", "落实", "规范", "提升", "印发", "转发", "关于");
    /**
     * Adverbs that go with the verb after them (有效发挥, 切实支持, 全面推行): a line may begin with
     * them, never end with them.
     */
    private static final List<String> ADVERBS = List.of("进一步", "全面", "深入", "切实", "有效", "大力", "积极", "持续");
    /** Names a line may end after though their last character goes on other words (共和国 / 外国籍…). */
    private static final List<String> NAMES = List.of("共和国", "办公厅", "办公室", "委员会", "人民政府");
    /** Words that end in a character that usually ends one (部, 市, 府 …) but go on. */
    private static final List<String> UNSPLIT = List.of("部门", "部署", "市场", "府性", "区域", "县域", "会议", "局面",
        "务院", "作用", "理论", "设施", "院长", "度假", "点位");
    /** Characters that start a word a line may begin with. */
    private static final String STARTS_WORD = "关《“（";
    /** Marks a line must not begin with. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】…—·";
    /** Marks a line must not end with. */
    private static final String NO_LINE_END = "（《「『“‘〔【";

    private static final long FORBIDDEN = Long.MAX_VALUE / 4;

    private TitleLines() {
    }

    /** The lines of {@code title}, each at most {@code maxHalfWidths} wide where the title allows it. */
    static List<String> split(String title, int maxHalfWidths) {
        int total = OfficialText.halfWidths(title);
        if (total <= maxHalfWidths || title.length() < 2) {
            return List.of(title);
        }
        for (int lines = (total + maxHalfWidths - 1) / maxHalfWidths; lines <= title.length(); lines++) {
            List<String> best = best(title, lines, maxHalfWidths, total);
            if (best != null) {
                return best;
            }
        }
        return List.of(title);
    }

    /** The cheapest split into exactly {@code lines} lines, or null when none fits. */
    private static List<String> best(String title, int lines, int max, int total) {
        int n = title.length();
        int[] width = new int[n + 1];
        for (int i = 0; i < n; i++) {
            width[i + 1] = width[i] + OfficialText.halfWidths(title.substring(i, i + 1));
        }
        double ideal = total / (double) lines;
        long[][] cost = new long[lines + 1][n + 1];
        int[][] from = new int[lines + 1][n + 1];
        for (long[] row : cost) {
            java.util.Arrays.fill(row, FORBIDDEN);
        }
        cost[0][0] = 0;
        for (int k = 1; k <= lines; k++) {
            for (int end = 1; end <= n; end++) {
                long breakCost = end == n ? 0 : breakCost(title, end);
                if (breakCost >= FORBIDDEN) {
                    continue;
                }
                for (int start = end - 1; start >= 0 && width[end] - width[start] <= max; start--) {
                    if (cost[k - 1][start] >= FORBIDDEN) {
                        continue;
                    }
                    double off = width[end] - width[start] - ideal;
                    long c = cost[k - 1][start] + Math.round(off * off) + breakCost;
                    if (c < cost[k][end]) {
                        cost[k][end] = c;
                        from[k][end] = start;
                    }
                }
            }
        }
        if (cost[lines][n] >= FORBIDDEN) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int k = lines, end = n; k > 0; end = from[k][end], k--) {
            out.add(0, title.substring(from[k][end], end));
        }
        return out;
    }

    /** What breaking before {@code title.charAt(at)} costs: 0 at a word's end, more elsewhere. */
    private static long breakCost(String title, int at) {
        char before = title.charAt(at - 1);
        char after = title.charAt(at);
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0
            || Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after) && before < 0x2E80 && after < 0x2E80
            || Character.isLowSurrogate(after)) {
            return FORBIDDEN;
        }
        boolean wordEnd = ENDS_WORD.indexOf(before) >= 0 || STARTS_WORD.indexOf(after) >= 0
            || VERBS.stream().anyMatch(v -> at >= v.length() && title.startsWith(v, at - v.length()) || title.startsWith(v, at))
            || ADVERBS.stream().anyMatch(a -> title.startsWith(a, at))
            || NAMES.stream().anyMatch(n -> at >= n.length() && title.startsWith(n, at - n.length()));
        boolean inWord = UNSPLIT.stream().anyMatch(w -> title.startsWith(w, at - 1))
            || ADVERBS.stream().anyMatch(a -> at >= a.length() && title.startsWith(a, at - a.length()));
        // elsewhere a break may split a word: worth it only to even out lines about 5 characters apart
        long cost = wordEnd && !inWord ? 0 : 200;
        if (insideBookTitle(title, at)) {
            cost += 200;
        }
        return cost;
    }

    private static boolean insideBookTitle(String title, int at) {
        int open = title.lastIndexOf('《', at - 1);
        return open >= 0 && title.lastIndexOf('》', at - 1) < open;
    }
}
