package org.plandoc.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plandoc.core.ChineseNumerals;

/**
 * What a printed page adds to text copied out of it: the page number at its foot
 * ({@code — 3 —}, {@code - 3 -}, {@code 第3页 共20页}, {@code 3} alone) and the running
 * header at its top (the title or the issuer, printed again on every page). Both stand
 * on lines of their own, between lines of the text, often inside a sentence.
 *
 * <p>A number in dashes or in 第…页 is a page number wherever it stands. A bare number is
 * one only as a member of a run of three or more that count up by one, each some lines
 * after the last (a page's worth): a table flattened into lines also has lines that
 * are only a number, but close together. A running header is a short line printed the
 * same twice or more beside page numbers (more copies than not, on half the pages or more), or, in
 * a text with no page numbers, at regular intervals; a copy away from a page's edge
 * (or, without page numbers, the first) is the document's own line — its title — and stays.
 *
 * <p>Works on the trimmed text of each line ({@code null} for a line too long to be
 * either, "" for a blank one): one pass and one map of the short lines, linear.
 */
final class Pages {

    static final byte TEXT = 0;
    static final byte NUMBER = 1;
    static final byte HEADER = 2;

    /** The fewest lines of text between two page numbers, or two running headers. */
    private static final int MIN_PAGE = 6;
    private static final int MAX_HEADER = 80;

    private final String[] lines;
    final byte[] kind;
    /** Index of each line among the non-blank ones: distances count lines of text, not blank ones. */
    private final int[] rank;

    Pages(String[] lines) {
        this.lines = lines;
        this.kind = new byte[lines.length];
        this.rank = new int[lines.length];
        int r = 0;
        for (int l = 0; l < lines.length; l++) {
            rank[l] = r;
            r += lines[l] == null || !lines[l].isEmpty() ? 1 : 0;
        }
    }

    Pages run() {
        numbers();
        headers();
        return this;
    }

    private record Chain(List<Integer> members, int last, int lastLine) {
    }

    private void numbers() {
        // runs of bare numbers, keyed by the number each expects next
        Map<Integer, Chain> open = new HashMap<>();
        List<Chain> done = new ArrayList<>();
        for (int l = 0; l < lines.length; l++) {
            String t = lines[l];
            if (t == null || t.isEmpty() || t.length() > 24) {
                continue;
            }
            if (decorated(t)) {
                kind[l] = NUMBER;
                continue;
            }
            int v = bare(t);
            if (v < 0) {
                continue;
            }
            Chain before = open.remove(v);
            List<Integer> members = new ArrayList<>();
            if (before != null && rank[l] - rank[before.lastLine()] > MIN_PAGE) {
                members = before.members();
            } else if (before != null) {
                open.put(v, before);        // too close to be the next page: a table's cell
            }
            members.add(l);
            Chain c = new Chain(members, v, l);
            Chain replaced = open.put(v + 1, c);
            if (replaced != null) {
                done.add(replaced);
            }
        }
        done.addAll(open.values());
        for (Chain c : done) {
            if (c.members().size() >= 3) {
                c.members().forEach(m -> kind[m] = NUMBER);
            }
        }
    }

    /** — 3 —, - 3 -, －3－, 第3页, 第 3 页 共 20 页, 共20页 第3页, 3/20 页: a page number by its form alone. */
    static boolean decorated(String t) {
        int i = 0;
        int n = t.length();
        int dashes = 0;
        while (i < n && (dash(t.charAt(i)) || Chars.blank(t.charAt(i)))) {
            dashes += dash(t.charAt(i++)) ? 1 : 0;
        }
        if (dashes > 0) {
            int d = digits(t, i);
            if (d == 0) {
                return false;
            }
            int j = i + d;
            int after = 0;
            while (j < n && (dash(t.charAt(j)) || Chars.blank(t.charAt(j)))) {
                after += dash(t.charAt(j++)) ? 1 : 0;
            }
            return j == n && after > 0;
        }
        // 第3页 共20页, 共20页 第3页, 第3页/共20页
        boolean page = false;
        i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (Chars.blank(c) || c == '/' || c == '，' || c == ',') {
                i++;
            } else if ((c == '第' || c == '共') && digits(t, Chars.skipBlank(t, i + 1, n)) > 0) {
                int j = Chars.skipBlank(t, i + 1, n);
                j = Chars.skipBlank(t, j + digits(t, j), n);
                if (j >= n || t.charAt(j) != '页') {
                    return false;
                }
                page |= c == '第';
                i = j + 1;
            } else {
                return false;
            }
        }
        return page;
    }

    private static boolean dash(char c) {
        return c == '—' || c == '－' || c == '-' || c == '–' || c == '―' || c == '─';
    }

    private static int digits(String t, int i) {
        int j = i;
        while (j < t.length() && j - i < 4 && ChineseNumerals.isArabicDigit(t.charAt(j))) {
            j++;
        }
        return j - i;
    }

    /** The value of a line that is only a number of 1 to 3 digits, else -1. */
    private static int bare(String t) {
        if (t.length() > 3 || digits(t, 0) != t.length()) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < t.length(); i++) {
            v = v * 10 + Character.digit(t.charAt(i), 10);
        }
        return v;
    }

    private void headers() {
        int firstNumber = -1;
        for (int l = 0; l < lines.length && firstNumber < 0; l++) {
            firstNumber = kind[l] == NUMBER ? l : -1;
        }
        int pageNumbers = 0;
        for (byte k : kind) {
            pageNumbers += k == NUMBER ? 1 : 0;
        }
        Map<String, List<Integer>> seen = new HashMap<>();
        for (int l = 0; l < lines.length; l++) {
            String t = lines[l];
            if (t != null && t.length() >= 2 && t.length() <= MAX_HEADER && kind[l] == TEXT && headerLike(t)) {
                seen.computeIfAbsent(t, k -> new ArrayList<>()).add(l);
            }
        }
        for (List<Integer> at : seen.values()) {
            if (at.size() < 2) {
                continue;
            }
            List<Integer> beside = new ArrayList<>();
            for (int l : at) {
                if (besideNumber(l)) {
                    beside.add(l);
                }
            }
            // a running header stands on most pages (every page but the first, or every other one with
            // odd and even headers); a line beside a few of many numbers is a table's cell beside its rows'
            // numbers (8个改革试验区域 / 11 / 允许地方高校…)
            boolean onMostPages = (beside.size() + 1) * 2 >= pageNumbers;
            if (beside.size() >= 2 && beside.size() * 2 > at.size() && onMostPages) {
                // the copy away from a page's edge is the document's own line (its title, on the page it begins)
                beside.forEach(l -> kind[l] = HEADER);
            } else if (firstNumber < 0 && at.size() >= 3 && rank[at.get(0)] <= OPENING && Titles.titleLike(lines[at.get(0)])
                    && regular(at)) {
                // (a title's words: the fragments of a wrapped text, …和各有 / 关省级人民政府负责）, repeat too)
                // no page numbers: the first copy is the document's own line
                at.subList(1, at.size()).forEach(l -> kind[l] = HEADER);
            }
        }
    }

    /**
     * No sentence ends in it, no number opens it, it neither opens nor ends as a piece of a sentence
     * does (，… …）): a title, an issuer, a report's name.
     */
    private static boolean headerLike(String t) {
        char last = t.charAt(t.length() - 1);
        return !Chars.endsSentence(t, t.length() - 1) && !Chars.closes(last) && !Chars.cannotOpen(t.charAt(0)) && MarkerScanner.scan(t, 0, t.length(), true) == null && !decorated(t);
    }

    /** Whether line {@code l} stands within two lines of text of a page number: at a page's edge. */
    private boolean besideNumber(int l) {
        for (int m = l - 1; m >= 0 && rank[l] - rank[m] <= 2; m--) {
            if (kind[m] == NUMBER) {
                return true;
            }
        }
        for (int m = l + 1; m < lines.length && rank[m] - rank[l] <= 2; m++) {
            if (kind[m] == NUMBER) {
                return true;
            }
        }
        return false;
    }

    /**
     * Without page numbers, a running header repeats a line of the document's opening (its title):
     * a short line repeated at intervals that starts further in is a table's cell (8个改革试验区域).
     */
    private static final int OPENING = 10;

    /** The most lines of text a printed page holds. */
    private static final int MAX_PAGE = 60;

    /** Whether the copies stand at about the same distance from each other, a page's worth. */
    private boolean regular(List<Integer> at) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int k = 1; k < at.size(); k++) {
            int gap = rank[at.get(k)] - rank[at.get(k - 1)];
            min = Math.min(min, gap);
            max = Math.max(max, gap);
        }
        return min >= 2 * MIN_PAGE && max <= MAX_PAGE && max * 2 <= min * 3;
    }
}
