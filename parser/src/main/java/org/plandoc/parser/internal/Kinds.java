package org.plandoc.parser.internal;

import org.plandoc.core.TargetKind;

/**
 * What a quantity is: a commitment of the plan, a result of a reviewed period,
 * a baseline, a requirement that binds others, or a penalty. Read first from the
 * structure — the part it stands in (a report's 工作回顾, a regulation) — then
 * from its sentence, whose words say more than the part does (处…罚款, 不得少于,
 * 力争…, 已…). The words are in {@link Vocabulary}.
 */
final class Kinds {

    /** What the part a quantity stands in says about it before its sentence does. */
    enum Part {
        /** A plan's goals and tasks: quantities are commitments unless their sentence says otherwise. */
        PLAN,
        /** The review of a past period (工作回顾, 五年来): quantities are results. */
        REVIEW,
        /** A regulation's articles: quantities are requirements, fines penalties. */
        RULES
    }

    private Kinds() {
    }

    /**
     * Whether a heading names the review of a past period: 2025年工作回顾,
     * “十四五”时期工作回顾, 2025年主要工作和“十四五”发展成就 (in a plan of 2026), 工作总结.
     */
    static boolean reviewHeading(String title, Integer planYear) {
        if (Vocabulary.containsAny(title, Vocabulary.REVIEW_HEADINGS)) {
            return true;
        }
        if (planYear == null || !title.contains("工作")) {
            return false;
        }
        // 2025年主要工作 in a plan of 2026: the work of a past year
        for (int i = 0; i + 5 <= title.length(); i++) {
            if (Character.isDigit(title.charAt(i)) && i + 4 < title.length() && title.charAt(i + 4) == '年') {
                try {
                    int y = Integer.parseInt(title.substring(i, i + 4));
                    if (y >= 1990 && y < planYear && !Vocabulary.containsAny(title, Vocabulary.PLAN_HEADINGS)) {
                        return true;
                    }
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * The kind of the quantity at {@code start..end} of the source, in a part of kind
     * {@code part}: its sentence decides where it says enough, else the part.
     */
    static TargetKind of(Source source, int start, int end, String unit, Part part) {
        return of(source.text, source.afterNewline(start, Math.max(0, start - PARAGRAPH_REACH)), start, end, unit, part);
    }

    /** How far back the start of a quantity's paragraph is looked for (a paragraph longer than this is read from there). */
    private static final int PARAGRAPH_REACH = 3000;

    /*
     * The words are looked for in place, through Words, without copying the
     * sentence: this runs once for every quantity of the document.
     */
    private static TargetKind of(String text, int paragraph, int start, int end, String unit, Part part) {
        int s = start;
        while (s > 0 && !sentenceEnd(text.charAt(s - 1)) && start - s < 120) {
            s--;
        }
        int e = end;
        while (e < text.length() && !sentenceEnd(text.charAt(e)) && e - end < 60) {
            e++;
        }
        // a rule binds in the quantity's own clause (比例不得低于80%), not anywhere in its sentence
        int c = start;
        while (c > s && "，,；;：:".indexOf(text.charAt(c - 1)) < 0) {
            c--;
        }
        // the sentence is s..e; the words before the quantity's number, in its sentence and in its own text (确保…达到80%以上), s..end
        int found = lists(text, s, c, end, e);
        if ((found & PENALTY) != 0) {
            return TargetKind.PENALTY;
        }
        if (Words.at(text, end, e, "的") || Words.at(text, end, e, "及以上的") || Words.at(text, end, e, "及以下的")) {
            return TargetKind.REQUIREMENT;      // 500万元及以下的小微企业: a threshold that names a group
        }
        if ((found & REQUIREMENT) != 0) {
            return TargetKind.REQUIREMENT;
        }
        boolean future = (found & (part == Part.REVIEW ? COMMITMENT_IN_REVIEW : COMMITMENT)) != 0;
        boolean within = end < e && text.charAt(end) == '内' || end > start && text.charAt(end - 1) == '内';
        if (!future && within && Vocabulary.containsAny(unit, Vocabulary.TIME_LIMIT_UNITS)) {
            return TargetKind.REQUIREMENT;      // 15个工作日内作出决定: a time limit
        }
        if (part == Part.RULES) {
            return TargetKind.REQUIREMENT;
        }
        if ((found & BASELINE) != 0) {
            return TargetKind.BASELINE;
        }
        boolean past = (found & RESULT) != 0 || REVIEW_PARAGRAPHS.first(text, paragraph, Math.min(text.length(), paragraph + 12)) != null;
        if (part == Part.REVIEW) {
            return future && !past ? TargetKind.COMMITMENT : TargetKind.RESULT;
        }
        return past && !future ? TargetKind.RESULT : TargetKind.COMMITMENT;
    }

    /* The word lists a quantity's sentence is read for, one bit each, and where each must stand. */
    private static final int PENALTY = 1;               // anywhere in the sentence
    private static final int REQUIREMENT = 2;           // in the quantity's own clause, up to its end
    private static final int COMMITMENT = 4;            // before the quantity's end
    private static final int COMMITMENT_IN_REVIEW = 8;  // before the quantity's end
    private static final int BASELINE = 16;             // before the quantity's end
    private static final int RESULT = 32;               // anywhere in the sentence
    private static final String[][] LISTS = {Vocabulary.PENALTY, Vocabulary.REQUIREMENT, Vocabulary.COMMITMENT,
        Vocabulary.COMMITMENT_IN_REVIEW, Vocabulary.BASELINE, Vocabulary.RESULT};
    /** Every word of the lists, and the lists it is in: the sentence is scanned once for all of them. */
    private static final java.util.Map<String, Integer> LISTS_OF = new java.util.LinkedHashMap<>();

    static {
        for (int k = 0; k < LISTS.length; k++) {
            for (String w : LISTS[k]) {
                LISTS_OF.put(w, LISTS_OF.getOrDefault(w, 0) | 1 << k);
            }
        }
    }

    private static final Words ALL = new Words(LISTS_OF.keySet().toArray(new String[0]));

    /**
     * The lists (bits) with a word standing wholly where the list is read: the
     * sentence {@code s..e}, the clause {@code c..end}, or {@code s..end}.
     */
    private static int lists(String text, int s, int c, int end, int e) {
        int found = 0;
        for (int i = s; i < e; i++) {
            char ch = text.charAt(i);
            String[] candidates = ALL.startingWith(ch);
            if (candidates == null) {
                continue;
            }
            for (String w : candidates) {
                int to = i + w.length();
                if (w.charAt(0) != ch || to > e || !text.startsWith(w, i)) {
                    continue;
                }
                int in = LISTS_OF.get(w);
                found |= in & (PENALTY | RESULT);
                if (to <= end) {
                    found |= in & (COMMITMENT | COMMITMENT_IN_REVIEW | BASELINE);
                    if (i >= c) {
                        found |= in & REQUIREMENT;
                    }
                }
            }
        }
        return found;
    }

    private static final Words REVIEW_PARAGRAPHS = new Words(Vocabulary.REVIEW_PARAGRAPHS);

    private static boolean sentenceEnd(char c) {
        return c == '。' || c == '\n' || c == '！' || c == '？' || c == '；';
    }
}
