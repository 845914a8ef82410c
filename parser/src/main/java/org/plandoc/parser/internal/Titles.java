package org.plandoc.parser.internal;

/** What a plan title looks like, and the words sharing sites glue onto it. */
final class Titles {

    /** The kinds of document a title names: plans, and the kinds of official document (GB/T 9704: 批复, 通报 …). */
    private static final String[] PLAN_WORDS = {
        "要点", "计划", "方案", "规划", "意见", "报告", "总结", "思路", "安排", "预案", "办法", "措施", "纲要",
        "清单", "通知", "决定", "细则", "规定", "条例", "指南", "批复", "决议", "通报", "公告", "通告",
        // a government's list of the year's projects for the people (十件民生实事, 惠民实事) is a plan of its own
        "实事"
    };
    private static final String[] GLUED_SUFFIXES = {"精选范文", "范文", "精选", ".docx", ".doc", ".pdf"};

    private Titles() {
    }

    /** A short line of words with no sentence punctuation: a title or a heading. */
    static boolean titleLike(String t) {
        if (t.length() < 4 || t.length() > 80) {
            return false;
        }
        char first = t.charAt(0);
        if (first == '（' || first == '(' || first == '【' || first == '[') {
            return false;
        }
        int han = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '，' || c == ',' || c == '；' || c == ';' || c == '！' || c == '？' || Chars.fullStop(t, i)) {
                return false;
            }
            if (Chars.han(c)) {
                han++;
            }
        }
        char last = t.charAt(t.length() - 1);
        // a line that opens with a whole date records an event (2021年9月29日…会议通过, a 修正 of a
        // regulation), a title at most names a year; a title run into such a line (…条例2019年4月22日
        // …会议通过, a text that lost its line breaks) is not one either
        return han >= 4 && last != '：' && last != ':' && Metadata.leadingDate(t) == null && !runIntoDate(t);
    }

    /** Whether a plan word in {@code t} is directly followed by a whole date. */
    private static boolean runIntoDate(String t) {
        for (String w : PLAN_WORDS) {
            for (int k = t.indexOf(w); k >= 0; k = t.indexOf(w, k + 1)) {
                int e = k + w.length();
                if (e < t.length() && t.charAt(e) >= '0' && t.charAt(e) <= '9' && Metadata.leadingDate(t.substring(e)) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean hasPlanWord(String t) {
        for (String w : PLAN_WORDS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** End of the first plan word in {@code t} that starts at or after {@code from} and ends by {@code limit}, or -1. */
    static int firstPlanWordEnd(String t, int from, int limit) {
        int best = -1;
        for (String w : PLAN_WORDS) {
            int k = t.indexOf(w, from);
            if (k >= 0 && k + w.length() <= limit && (best < 0 || k + w.length() < best)) {
                best = k + w.length();
            }
        }
        return best;
    }

    /** End of the last plan word in {@code t} before {@code limit}, or -1. */
    static int lastPlanWordEnd(String t, int limit) {
        int best = -1;
        for (String w : PLAN_WORDS) {
            int k = t.lastIndexOf(w, limit - w.length());
            if (k >= 0 && k + w.length() > best) {
                best = k + w.length();
            }
        }
        return best;
    }

    /** {@code t} without words a sharing site glued onto it (精选范文, （最终5篇）); the same string when none. */
    static String stripGlued(String t) {
        String s = t;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suffix : GLUED_SUFFIXES) {
                if (s.endsWith(suffix) && s.length() > suffix.length() + 3) {
                    s = s.substring(0, s.length() - suffix.length());
                    changed = true;
                }
            }
            if ((s.endsWith("篇）") || s.endsWith("篇)")) && s.length() > 6) {
                int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
                if (open > 3 && s.length() - open <= 8) {
                    s = s.substring(0, open);
                    changed = true;
                }
            }
        }
        return Chars.trim(s);
    }
}
