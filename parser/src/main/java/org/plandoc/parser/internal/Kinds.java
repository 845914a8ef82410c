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

    /** Whether a paragraph opens the review of a past period, inside a part about the plan (“十四五”时期，…). */
    static boolean reviewParagraph(String paragraph) {
        return Vocabulary.startsWithAny(paragraph, Vocabulary.REVIEW_PARAGRAPHS);
    }

    /**
     * The kind of the quantity at {@code start..end} of {@code text}, in a part of
     * kind {@code part}: its sentence decides where it says enough, else the part.
     */
    static TargetKind of(CharSequence text, int start, int end, String unit, Part part) {
        int s = start;
        while (s > 0 && !sentenceEnd(text.charAt(s - 1)) && start - s < 120) {
            s--;
        }
        int e = end;
        while (e < text.length() && !sentenceEnd(text.charAt(e)) && e - end < 60) {
            e++;
        }
        String sentence = text.subSequence(s, e).toString();
        // the words before the quantity's number, in its sentence and in its own text (确保…达到80%以上)
        String before = text.subSequence(s, end).toString();
        String after = text.subSequence(end, e).toString();
        if (Vocabulary.containsAny(sentence, Vocabulary.PENALTY)) {
            return TargetKind.PENALTY;
        }
        if (after.startsWith("的") || after.startsWith("及以上的") || after.startsWith("及以下的")) {
            return TargetKind.REQUIREMENT;      // 500万元及以下的小微企业: a threshold that names a group
        }
        // a rule binds in the quantity's own clause (比例不得低于80%), not anywhere in its sentence
        int c = start;
        while (c > s && "，,；;：:".indexOf(text.charAt(c - 1)) < 0) {
            c--;
        }
        if (Vocabulary.containsAny(text.subSequence(c, end).toString(), Vocabulary.REQUIREMENT)) {
            return TargetKind.REQUIREMENT;
        }
        boolean future = Vocabulary.containsAny(before, part == Part.REVIEW ? Vocabulary.COMMITMENT_IN_REVIEW : Vocabulary.COMMITMENT);
        String own = text.subSequence(start, end).toString();
        if (!future && (after.startsWith("内") || own.endsWith("内")) && Vocabulary.containsAny(unit, Vocabulary.TIME_LIMIT_UNITS)) {
            return TargetKind.REQUIREMENT;      // 15个工作日内作出决定: a time limit
        }
        if (part == Part.RULES) {
            return TargetKind.REQUIREMENT;
        }
        if (Vocabulary.containsAny(before, Vocabulary.BASELINE)) {
            return TargetKind.BASELINE;
        }
        boolean past = Vocabulary.containsAny(sentence, Vocabulary.RESULT) || reviewParagraph(text, start);
        if (part == Part.REVIEW) {
            return future && !past ? TargetKind.COMMITMENT : TargetKind.RESULT;
        }
        return past && !future ? TargetKind.RESULT : TargetKind.COMMITMENT;
    }

    /** Whether the paragraph holding {@code at} opens the review of a past period. */
    private static boolean reviewParagraph(CharSequence text, int at) {
        int p = at;
        while (p > 0 && text.charAt(p - 1) != '\n' && at - p < 3000) {
            p--;
        }
        return reviewParagraph(text.subSequence(p, Math.min(text.length(), p + 12)).toString());
    }

    private static boolean endsWithAny(CharSequence text, int at, String[] words) {
        for (String w : words) {
            if (at >= w.length() && text.subSequence(at - w.length(), at).toString().equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceEnd(char c) {
        return c == '。' || c == '\n' || c == '！' || c == '？' || c == '；';
    }
}
