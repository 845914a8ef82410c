package org.plandoc.parser.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.Comparison;
import org.plandoc.core.Quantity;
import org.plandoc.core.SourceSpan;
import org.plandoc.core.Target;

/**
 * Step 7 of the pipeline: the quantities in a piece of text —
 * "新增病床位1600张", "规范管理率≥65%", "1.2万例以上", "控制在280／10万以内",
 * "1~2名", "XX个/千人". One forward scan; at each number a bounded look around
 * (the clause it stands in), so the work stays linear in the text. Each quantity
 * is read in steps, each in its own class: the number and unit
 * ({@link Quantities}), the comparator ({@link Comparators}), the indicator
 * ({@link Indicators}); its kind ({@link Kinds}) is decided by the assembler, which
 * knows the part of the document it stands in.
 *
 * <p>Not quantities: years and dates, ages, ordinals (第五届), levels (二级医院),
 * numbers in 《》 titles or quoted slogans, numbers glued to Latin letters
 * (PM2.5, 1+X), formulas (×100%), and fixed political phrases (两个维护).
 */
final class TargetScanner implements TargetFinder {

    private final Source source;

    TargetScanner(Source source) {
        this.source = source;
    }

    @Override
    public List<Target> find(Logical text, int from, int to) {
        List<Target> out = new ArrayList<>();
        Context context = new Context();
        int quotes = 0;
        int book = 0;
        int i = from;
        int lastEnd = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!INTERESTING[c]) {
                i++;
                continue;
            }
            if ((c == '“' || c == '「' || c == '"' && quotes == 0) && slogan(text, i, to)) {
                quotes++;
            } else if ((c == '”' || c == '」' || c == '"') && quotes > 0) {
                quotes--;
            } else if (c == '《') {
                book++;
            } else if (c == '》' && book > 0) {
                book--;
            } else if (c == '。' || c == '\n') {
                quotes = 0;
                book = 0;
            }
            if (quotes == 0 && book == 0 && Quantities.startsNumber(text, i, from)) {
                int end = target(text, i, from, to, lastEnd, out, context);
                if (end > i) {
                    lastEnd = end;
                    i = end;
                    continue;
                }
                i = Quantities.skipNumber(text, i, to);
                continue;
            }
            i++;
        }
        return out;
    }

    /**
     * A short quotation is a slogan or a name ("公卫20条", "1+5+1"): its numbers are
     * no targets. A long one quotes a requirement ("产区保持三个月销量，…") and is read.
     */
    private static boolean slogan(Logical t, int open, int to) {
        for (int j = open + 1; j < to && j <= open + 13; j++) {
            char c = t.charAt(j);
            if (c == '”' || c == '」' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /** What the scan stops at: quotation and title marks, sentence ends, and what may start a number. */
    private static final boolean[] INTERESTING = Chars.table("“”「」\"《》。\n0123456789０１２３４５６７８９XxＸｘ"
        + "〇零两二三四五六七八九十百千万亿");
    private static final boolean[] CLAUSE_MARK = Chars.table("，,。；;：:（(\n");
    private static final boolean[] NOUN_END = Chars.table("，,。；;：:、（(\n");

    /** Reads the target whose number starts at {@code i}; returns its end, or {@code i} when there is none. */
    /**
     * What the targets before in the same sentence tell the next one: the last
     * indicator (赤字规模4.06万亿元，比上年…增加1800亿元 compares the same thing), and the
     * names of a 分别 list (美丽河湖、美丽海湾建成率分别达到30%、50%).
     */
    private static final class Context {
        String indicator = "";
        int sentence = -1;
        String[] names;
        String head;
        int next;
    }

    private int target(Logical t, int i, int from, int to, int lastEnd, List<Target> out, Context context) {
        Quantities.Reading q = Quantities.read(t, i, from, to);
        if (q == null) {
            return i;
        }
        Quantities.Number first = q.first();
        String unit = q.unit();
        Comparators.Word after = Comparators.after(t, q.end(), to, unit);
        Comparators.Word before = Comparators.before(t, i, from);
        boolean verb = verbBefore(t, i, from);
        if (after == null && (unit.equals("年") || unit.equals("天") || unit.equals("周"))
                && q.end() < to && Chars.han(t.charAt(q.end()))) {
            return i;           // 三年行动, 五年规划: a period that names something, not a quantity
        }
        if (first.chinese() && (first.value().intValue() == 1 && t.charAt(i) == '一' && !verb
                || Quantities.match(t, i, to, Words.FIXED) != null)) {
            return i;           // 一 opens idioms (一批, 一次) but counts after a verb (培育一家); 两个维护 is a phrase
        }
        if (first.chinese() && after == null && !verb && before == null) {
            return i;           // 五项制度, 七个区县: Chinese numerals count only with a verb or comparator of their own
        }
        Comparison comparison = Comparators.combine(before, after, q.upper() != null, q.loose());
        int end = q.end() + (after == null ? 0 : after.text().length());
        int start = before == null ? i : i - before.text().length();
        // the clause it stands in: from the last clause mark before it
        int clause = start;
        while (clause > Math.max(from, lastEnd) && !CLAUSE_MARK[t.charAt(clause - 1)]) {
            clause--;
        }
        // a clause that a list goes on (、省级无烟单位, 及4种): its joining mark is not its text
        while (clause < start && "、，,及和与".indexOf(t.charAt(clause)) >= 0) {
            clause++;
        }
        String prefix = t.text(clause, start);
        int textStart = clause;
        String indicator = "";
        if (prefix.endsWith("等") || prefix.endsWith("共") || prefix.endsWith("的") || prefix.endsWith(")")
                || prefix.endsWith("）")) {
            textStart = start;      // 等4个项目完工: the words before sum up a list; what is counted follows
        } else {
            indicator = Indicators.before(prefix, q.printedUnit());
        }
        // 新增5个市级中医专业质控中心, 4个抽水蓄能电站: what is counted may follow the unit
        int e = end;
        while (e < to && e - end < 24 && !countsAt(t, e, to)) {
            char c = t.charAt(e);
            // a list of nouns goes on over 、 (机关、企事业单位附属空间); a preposition, a verb or the next count ends it
            // 、 goes on only after a short noun (机关、企事业单位…), not after a whole item (省级重点项目、…)
            if ((NOUN_END[c] && !(c == '、' && e > end && e - end <= 3)) || (e > end + 1 && (verbAt(t, e) || prepositionAt(t, e)))
                    || (c == '等' && e > end + 1)
                    || ("和及与".indexOf(c) >= 0 && e + 1 < to && Quantities.isDigit(t.charAt(e + 1)))) {
                break;
            }
            e++;
        }
        int sentence = sentenceStart(t, start, from);
        if (sentence != context.sentence) {
            context.sentence = sentence;
            context.indicator = "";
            context.names = null;
        }
        String clauseText = prefix.strip();
        if (context.names != null && clauseText.isEmpty() && context.next < context.names.length) {
            indicator = context.names[context.next++] + context.head;     // 、50%: the next of a 分别 list
        } else if (Vocabulary.startsWithAny(clauseText, Vocabulary.COMPARED) && !context.indicator.isEmpty()) {
            indicator = context.indicator;          // 比上年增加1800亿元: the same thing, compared
        } else if (prefix.contains("分别") && indicator.indexOf('、') > 0) {
            distribute(indicator, context);
            if (context.names != null && context.next < context.names.length) {
                indicator = context.names[context.next++] + context.head;
            }
        }
        String counted = Indicators.after(t.text(end, e));
        int textEnd = end;
        // 500万元及以下的小微企业, 不超过1%的担保业务: a bound followed by 的 is a threshold naming a group, not what is counted
        boolean threshold = comparison != Comparison.EXACTLY && comparison != Comparison.ABOUT && end < to && t.charAt(end) == '的';
        if (!threshold && !counted.isEmpty() && noun(counted)
                && (indicator.isEmpty() || Indicators.bare(indicator) || !Indicators.predicate(prefix))) {
            // 水泥、焦化行业70%以上产能…改造: a share of what the words before name
            boolean share = unit.equals("%") && !indicator.isEmpty() && !Indicators.bare(indicator);
            indicator = share ? indicator + counted : counted;
            textEnd = e;
            while (textEnd > end && "、，,；;".indexOf(t.charAt(textEnd - 1)) >= 0) {
                textEnd--;      // 新增29所普惠、7所…: the list's mark is not the target's text
            }
        }
        // 处以三万元以下的罚款: what a penalty's amount measures is the fine
        String fine = fineAfter(t, end, to);
        if (fine != null) {
            indicator = fine;
        }
        if (!indicator.isEmpty()) {
            context.indicator = indicator;
        }
        String textOf = t.text(textStart, textEnd).strip();
        if (textOf.isEmpty()) {
            return i;
        }
        BigDecimal value = first.value();
        Quantity normalized = null;
        if (value != null) {
            BigDecimal factor = q.multiplier() == null ? BigDecimal.ONE : Quantities.factor(q.multiplier());
            BigDecimal n = q.multiplier() == null ? value : value.multiply(factor).stripTrailingZeros();
            normalized = new Quantity(n.scale() < 0 ? n.setScale(0) : n,
                unit.contains("/") ? unit : Quantities.normalizedUnit(unit));
        }
        // the span covers the text as stripped, not the blank the indicator search stopped at
        int spanStart = Chars.skipBlank(t, textStart, textEnd);
        int s = t.origin(spanStart, source.text.length());
        int e2 = t.originEnd(Chars.trimEnd(t, spanStart, textEnd), source.text.length());
        SourceSpan span = source.span(s, Math.max(s, e2));
        Target target = new Target(textOf, indicator, comparison, value, q.upper() == null ? null : q.upper().value(),
            q.printedUnit(), normalized, deadline(t, start, from), value == null, span);
        // 处五千元以上五万元以下罚款: one range, not a floor and a ceiling (in the unit both come to)
        Target floor = out.isEmpty() ? null : out.get(out.size() - 1);
        if (floor != null && comparison == Comparison.AT_MOST && floor.comparator() == Comparison.AT_LEAST
                && floor.normalized() != null && normalized != null && floor.normalized().unit().equals(normalized.unit())
                && floor.span() != null && span.start() - floor.span().end() <= 1
                && floor.normalized().value().compareTo(normalized.value()) < 0) {
            out.set(out.size() - 1, new Target(source.text.substring(floor.span().start(), span.end()),
                fine != null ? fine : floor.indicator(), Comparison.BETWEEN, floor.normalized().value(), normalized.value(),
                normalized.unit(), floor.normalized(), target.deadline(), false, source.span(floor.span().start(), span.end())));
            return Math.max(end, textEnd);
        }
        out.add(target);
        return Math.max(end, textEnd);
    }

    /**
     * 美丽河湖、美丽海湾建成率 before 分别: parallel names of equal length and the head
     * they share (建成率), one name for each quantity of the list that follows.
     */
    private static void distribute(String subject, Context context) {
        String[] items = subject.split("、");
        int n = items[0].length();
        for (int k = 0; k < items.length - 1; k++) {
            if (items[k].length() != n) {
                return;
            }
        }
        String last = items[items.length - 1];
        if (last.length() <= n) {
            return;
        }
        context.head = last.substring(n);
        items[items.length - 1] = last.substring(0, n);
        context.names = items;
        context.next = 0;
    }

    private static int sentenceStart(Logical t, int at, int from) {
        int s = at;
        while (s > from && t.charAt(s - 1) != '。' && t.charAt(s - 1) != '\n' && at - s < 300) {
            s--;
        }
        return s;
    }

    /** 罚款 or 罚金 just after a quantity (…元以下的罚款), or null. */
    private static String fineAfter(Logical t, int end, int to) {
        int j = end;
        if (j < to && t.charAt(j) == '的') {
            j++;
        }
        return Quantities.at(t, j, "罚款") ? "罚款" : Quantities.at(t, j, "罚金") ? "罚金" : null;
    }

    /** Whether words start like a noun: not a verb, an adverb or a comparator. */
    private static boolean noun(String w) {
        char c = w.charAt(0);
        return w.length() >= 2 && (Chars.han(c) || c == '“' || Quantities.isDigit(c)) && !Words.VERBS.starts(w)
            && !Words.PREDICATES.starts(w);
    }

    private static boolean prepositionAt(Logical t, int e) {
        return Quantities.match(t, e, t.length(), Words.PREPOSITIONS) != null;
    }

    private static boolean verbAt(Logical t, int e) {
        return LINKING.first(t, e, t.length()) != null;
    }

    /** The linking verbs of two chars or more: one char (是, 为) is too often part of another word. */
    private static final Words LINKING = new Words(twoCharsOrMore(Vocabulary.LINKING_VERBS));

    private static String[] twoCharsOrMore(String[] words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w.length() >= 2) {
                out.add(w);
            }
        }
        return out.toArray(new String[0]);
    }
    private static final Words COUNT_VERBS = new Words(Vocabulary.COUNT_VERBS);

    /** Whether an Arabic number with a counting unit starts at {@code e} (65岁 does not count). */
    private static boolean countsAt(Logical t, int e, int to) {
        int j = e;
        if (Quantities.isChineseNumeral(t.charAt(e)) && "万亿千百".indexOf(t.charAt(e)) < 0) {
            while (j < to && Quantities.isChineseNumeral(t.charAt(j)) && "万亿".indexOf(t.charAt(j)) < 0) {
                j++;        // 五万元: a count in Chinese numerals
            }
        } else if (!Quantities.isDigit(t.charAt(e))) {
            return false;
        }
        while (j < to && j - e <= Quantities.MAX_NUMBER && (Quantities.isDigit(t.charAt(j)) || t.charAt(j) == '.')) {
            j++;
        }
        if (j - e > Quantities.MAX_NUMBER) {
            return false;       // too long to be a count: stop before the end of the run (this runs 24 times a target)
        }
        String m = Quantities.match(t, j, to, Words.MULTIPLIERS);
        return Quantities.match(t, m == null ? j : j + m.length(), to, Words.UNITS) != null;
    }

    /** A verb of building or increasing just before the number (新建三所, 保持三个月): it makes a count a target. */
    private static boolean verbBefore(Logical t, int i, int from) {
        return COUNT_VERBS.endingAt(t, from, i);
    }

    /**
     * The deadline that governs a target: the last deadline phrase earlier in its
     * sentence (年底前, 到2025年, 6月底前), with the last day it allows in the plan's year.
     */
    private org.plandoc.core.Deadline deadline(Logical t, int clause, int from) {
        int s = clause;
        while (s > from && t.charAt(s - 1) != '。' && t.charAt(s - 1) != '\n' && clause - s < 200) {
            s--;
        }
        // the words are copied only where a phrase may stand
        return Deadlines.mayHold(t, s, clause) ? Deadlines.last(t.text(s, clause), planYear, false) : null;
    }

    /** The year of the plan being read (for 年底前 and 6月底前), or null; set by the assembler for each plan. */
    private Integer planYear;

    @Override
    public void planYear(Integer year) {
        this.planYear = year;
    }
}
