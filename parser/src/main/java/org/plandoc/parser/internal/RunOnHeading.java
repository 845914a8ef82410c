package org.plandoc.parser.internal;

/**
 * Where a heading ends that runs into its first paragraph, in a text whose line breaks were
 * lost (a web page scraped as one line): {@code 一、2026年重点工作2026年是“十五五”开局之年。…}
 * holds the heading 2026年重点工作. A heading stands on a line of its own; without the line
 * break, its end is where the paragraph's first sentence visibly begins:
 * <ul>
 * <li>a sentence that opens with the time it speaks of (今年是, 过去一年，, 2026年是, “十五五”时期是)
 *     or with a document's set opening (以习近平新时代中国特色社会主义思想为指导, 各地区、各部门要);</li>
 * <li>a heading's closing word (回顾, 任务, 要求, 安排, 制度, 水平 …) followed at once by more words
 *     that do not continue it (二、主要目标通过…, but not 主要目标任务 or 总体要求和政策取向);</li>
 * <li>the paragraph naming its subject again (二、全面推行行政执法公示制度行政执法公示是…).</li>
 * </ul>
 * Only a section whose number stands inside a line is split (a text with its line breaks,
 * whose headings stand on lines of their own, keeps its leads whole), and only within the
 * first {@link #LONGEST} chars, as long as a heading runs.
 */
final class RunOnHeading {

    /** The longest heading looked for. */
    static final int LONGEST = 30;
    /** The fewest chars of a sentence after a heading. */
    private static final int SENTENCE = 6;
    /** The shortest heading: the sentence cannot begin before. */
    private static final int SHORTEST = 4;

    /** Times a report's paragraph opens with, before 是 or a comma. */
    private static final String[] TIMES = {"今年", "明年", "去年", "过去一年", "过去的一年", "过去五年", "一年来", "五年来",
        "今后五年", "未来五年", "新的一年"};
    /** Openings that only a paragraph has. */
    private static final String[] OPENINGS = {"以习近平新时代中国特色社会主义思想为指导", "各地区、各", "各地区各",
        "各省（区、市）", "刚刚过去的"};
    /** Words a heading ends with (2025年工作回顾, 主要目标, 有关要求, 重要意义, 现代化水平). */
    private static final String[] CLOSING = {"回顾", "任务", "目标", "要求", "安排", "考虑", "意义", "办法", "措施",
        "保障", "原则", "思想", "制度", "体系", "机制", "水平", "取向", "型政府", "成就", "总结"};
    /** Words that go on a heading after one of {@link #CLOSING} (目标任务, 体系建设, 工作机制). */
    private static final String[] GOING_ON = {"建设", "发展", "改革", "创新", "能力", "格局", "质量"};

    private RunOnHeading() {
    }

    /**
     * The index in {@code lead} (a section's words up to its first 。) where its heading ends,
     * or -1 when the lead is the heading. Only a section whose number stands inside a running
     * line ({@code runOn}) can have lost the line break after its heading.
     */
    static int end(String lead, boolean runOn) {
        if (!runOn || opensClause(lead)) {
            return -1;
        }
        // a sentence follows the heading: at least a few words of it before the 。
        int limit = Math.min(LONGEST, lead.length() - SENTENCE);
        for (int k = SHORTEST; k <= limit; k++) {
            if (opensSentence(lead, k) || closesHeading(lead, k)) {
                return k;
            }
            if (repeatsHeading(lead, k)) {
                // 全面推行执法全过程记录制度行政执法全过程记录是: the repeat may start inside the subject
                for (int j = Math.max(SHORTEST, k - 3); j < k; j++) {
                    if (closesHeading(lead, j)) {
                        return j;
                    }
                }
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the lead opens with a preposition (对…的省（区、市），给予…): a provision that is one
     * sentence, with no heading in it.
     */
    private static boolean opensClause(String lead) {
        for (String p : PREPOSITIONS) {
            if (lead.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] PREPOSITIONS = {"对", "在", "从", "按照", "根据", "为了", "凡"};

    private static boolean opensSentence(String s, int k) {
        for (String o : OPENINGS) {
            if (s.startsWith(o, k)) {
                return true;
            }
        }
        int t = timeEnd(s, k);
        return t > k && t < s.length() && "是，,".indexOf(s.charAt(t)) >= 0;
    }

    /** End of a time named at {@code k} (今年, 2026年, “十五五”时期), or -1. */
    private static int timeEnd(String s, int k) {
        for (String w : TIMES) {
            if (s.startsWith(w, k)) {
                return k + w.length();
            }
        }
        int j = k;
        while (j < s.length() && j - k < 4 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            j++;
        }
        if (j - k == 4 && j < s.length() && s.charAt(j) == '年') {
            return j + 1;
        }
        if (s.startsWith("“十", k) && k + 7 <= s.length() && s.charAt(k + 3) == '五' && s.charAt(k + 4) == '”'
                && s.startsWith("时期", k + 5)) {
            return k + 7;       // “十五五”时期
        }
        return -1;
    }

    /** Whether a heading's closing word ends at {@code k} and the words after it start something else. */
    private static boolean closesHeading(String s, int k) {
        boolean closes = false;
        for (String w : CLOSING) {
            closes |= k >= w.length() && s.startsWith(w, k - w.length());
        }
        if (!closes || k >= s.length() || "和及与、，,；;：:的（(和".indexOf(s.charAt(k)) >= 0) {
            return false;
        }
        for (String[] words : new String[][] {CLOSING, GOING_ON}) {
            for (String w : words) {
                if (s.startsWith(w, k)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the four chars at {@code k} already stand in the heading before it: the paragraph names its subject again. */
    private static boolean repeatsHeading(String s, int k) {
        if (k + 4 > s.length()) {
            return false;
        }
        String words = s.substring(k, k + 4);
        return words.chars().anyMatch(c -> Chars.han((char) c)) && s.substring(0, k).contains(words);
    }
}
