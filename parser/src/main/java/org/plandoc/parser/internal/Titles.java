package org.plandoc.parser.internal;

/** What a plan title looks like, and the words sharing sites glue onto it. */
final class Titles {

    private static final String[] PLAN_WORDS = {
        "要点", "计划", "方案", "规划", "意见", "报告", "总结", "思路", "安排", "预案", "办法", "措施", "纲要",
        "清单", "通知", "决定", "细则", "规定", "条例", "指南"
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
            if (c == '。' || c == '，' || c == ',' || c == '；' || c == ';' || c == '！' || c == '？') {
                return false;
            }
            if (Chars.han(c)) {
                han++;
            }
        }
        char last = t.charAt(t.length() - 1);
        // a line that opens with a whole date records an event (2021年9月29日…会议通过, a 修正 of a
        // regulation), a title at most names a year
        return han >= 4 && last != '：' && last != ':' && Metadata.leadingDate(t) == null;
    }

    static boolean hasPlanWord(String t) {
        for (String w : PLAN_WORDS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
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
