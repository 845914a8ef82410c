package org.plandoc.parser.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.ChineseNumerals;
import org.plandoc.core.Comparison;
import org.plandoc.core.Quantity;
import org.plandoc.core.SourceSpan;
import org.plandoc.core.Target;

/**
 * Step 7 of the pipeline: quantified commitments in a piece of text —
 * "新增病床位1600张", "规范管理率≥65%", "1.2万例以上", "控制在280／10万以内",
 * "1~2名", "XX个/千人". One forward scan; at each number a bounded look around
 * (the clause it stands in), so the work stays linear in the text.
 *
 * <p>Not targets: years and dates, ages, ordinals (第五届), levels (二级医院),
 * numbers in 《》 titles or quoted slogans, numbers glued to Latin letters
 * (PM2.5, 1+X), formulas (×100%), and fixed political phrases (两个维护).
 */
final class TargetScanner implements TargetFinder {

    /** Units, longest first where one is the start of another. */
    private static final String[] UNITS = {
        "个百分点", "个工作日", "个小时", "平方公里", "平方米", "万千瓦", "千瓦时", "立方米", "个月", "人次", "剂次", "千瓦", "千米", "千克",
        "公里", "公顷", "小时", "家庭", "批次", "%o", "%O", "%", "％", "‰",
        "个", "所", "家", "名", "人", "张", "项", "期", "例", "次", "台", "套", "座", "条", "处", "支", "床", "户", "元",
        "米", "吨", "亩", "辆", "间", "块", "种", "件", "篇", "部", "份", "场", "天", "周", "年", "倍", "位", "层", "栋",
        "片", "株", "头", "只", "册", "门", "类", "批", "对", "组", "队", "点", "岗"
    };
    /** Units that make a number something other than a target. */
    private static final String[] NOT_UNITS = {"岁", "级", "届", "月", "日", "号", "时", "版", "代", "线", "星"};
    private static final String[] MULTIPLIERS = {"百万", "千万", "万亿", "万", "亿", "千", "百"};
    /** A comparator word and what it means. */
    private record Word(String text, Comparison means) {
    }

    /** Before the number; the longer of two words that start alike comes first (不超过 before 超过 before 超). */
    private static final List<Word> BEFORE = List.of(
        new Word("不少于", Comparison.AT_LEAST), new Word("不低于", Comparison.AT_LEAST),
        new Word("不超过", Comparison.AT_MOST), new Word("不高于", Comparison.AT_MOST),
        new Word("不大于", Comparison.AT_MOST), new Word("不小于", Comparison.AT_LEAST),
        new Word("控制在", Comparison.AT_MOST), new Word("至少", Comparison.AT_LEAST),
        new Word("超过", Comparison.MORE_THAN), new Word("高于", Comparison.MORE_THAN),
        new Word("大于", Comparison.MORE_THAN), new Word("多于", Comparison.MORE_THAN),
        new Word("超", Comparison.MORE_THAN), new Word("低于", Comparison.LESS_THAN),
        new Word("少于", Comparison.LESS_THAN), new Word("小于", Comparison.LESS_THAN),
        new Word("≥", Comparison.AT_LEAST), new Word(">=", Comparison.AT_LEAST),
        new Word("≤", Comparison.AT_MOST), new Word("<=", Comparison.AT_MOST),
        new Word("＞", Comparison.MORE_THAN), new Word("＜", Comparison.LESS_THAN),
        new Word(">", Comparison.MORE_THAN), new Word("<", Comparison.LESS_THAN), new Word("约", Comparison.ABOUT));
    /** After the unit. */
    private static final List<Word> AFTER = List.of(
        new Word("以上", Comparison.AT_LEAST), new Word("以下", Comparison.AT_MOST), new Word("以内", Comparison.AT_MOST),
        new Word("之内", Comparison.AT_MOST), new Word("左右", Comparison.ABOUT));
    private static final String[] VERBS = {
        "新增", "增加", "新建", "建设", "建成", "完成", "实现", "达到", "提高到", "提升到", "引进", "招聘", "招录", "培养",
        "培训", "举办", "推广", "推进", "开展", "设计", "选送", "扶持", "支持", "打造", "创建", "培育", "组建", "改造",
        "筛查", "覆盖", "保持在", "保持", "稳定在", "提高", "下降", "减少", "降低", "增长", "控制", "选择", "确定",
        "建立", "投入", "安排", "配备", "落实", "救治", "服务", "达", "为", "有"
    };
    /** Phrases that count something but set no target. */
    private static final String[] FIXED = {
        "两个维护", "两个确立", "四个意识", "四个自信", "四个全面", "三个代表", "两个一百年", "五位一体", "一个中心",
        "两个基本点", "三大攻坚战"
    };
    /** Verbs of building or increasing that make a count in Chinese numerals a target (新建三所). */
    private static final String[] COUNT_VERBS = {"新建", "新增", "建成", "建设", "增加", "培养", "招聘", "引进", "完成",
        "创建", "打造", "保持", "达到", "提高到", "新引进", "扩大到", "举办", "选送", "培训", "推广"};

    private final Source source;

    TargetScanner(Source source) {
        this.source = source;
    }

    @Override
    public List<Target> find(Logical text, int from, int to) {
        List<Target> out = new ArrayList<>();
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
            if (quotes == 0 && book == 0 && startsNumber(text, i, from)) {
                int end = target(text, i, from, to, lastEnd, out);
                if (end > i) {
                    lastEnd = end;
                    i = end;
                    continue;
                }
                i = skipNumber(text, i, to);
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

    private static boolean isDigit(char c) {
        return ChineseNumerals.isArabicDigit(c);
    }

    private static boolean isPlaceholder(char c) {
        return c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ';
    }

    private static final boolean[] CHINESE_NUMERAL = Chars.table("〇零两二三四五六七八九十百千万亿");
    /** What the scan stops at: quotation and title marks, sentence ends, and what may start a number. */
    private static final boolean[] INTERESTING = Chars.table("“”「」\"《》。\n0123456789０１２３４５６７８９XxＸｘ"
        + "〇零两二三四五六七八九十百千万亿");
    private static final boolean[] UNIT_START = unitStarts();

    private static boolean[] unitStarts() {
        StringBuilder b = new StringBuilder("/／");      // a rate with no unit before its slash: 280／10万
        for (String u : UNITS) {
            b.append(u.charAt(0));
        }
        for (String u : NOT_UNITS) {
            b.append(u.charAt(0));
        }
        for (String m : MULTIPLIERS) {
            b.append(m.charAt(0));
        }
        return Chars.table(b.toString());
    }
    private static final boolean[] CLAUSE_MARK = Chars.table("，,。；;：:、（(\n");
    private static final boolean[] NOUN_END = Chars.table("，,。；;：:、（(\n和及与");

    private static boolean isChineseNumeral(char c) {
        return CHINESE_NUMERAL[c];
    }

    private static boolean latin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A number starts here: not in the middle of another number or of a Latin name. */
    private static boolean startsNumber(Logical t, int i, int from) {
        char c = t.charAt(i);
        char prev = i > from ? t.charAt(i - 1) : ' ';
        if (isDigit(c)) {
            return !isDigit(prev) && prev != '.' && prev != '．' && !latin(prev) && prev != '+' && prev != '第';
        }
        if (isPlaceholder(c)) {
            return !latin(prev) && !isDigit(prev);
        }
        if (isChineseNumeral(c)) {
            return !isChineseNumeral(prev) && prev != '第' && prev != '初' && prev != '星' && prev != '周';
        }
        return false;
    }

    private static int skipNumber(Logical t, int i, int to) {
        int j = i + 1;
        while (j < to && (isDigit(t.charAt(j)) || isChineseNumeral(t.charAt(j)) || isPlaceholder(t.charAt(j)))) {
            j++;
        }
        return j;
    }

    /** A number read at a position: its value (null for a placeholder), its text end. */
    private record Number(BigDecimal value, int end, boolean chinese) {
    }

    private static Number number(Logical t, int i, int to) {
        char c = t.charAt(i);
        if (isPlaceholder(c)) {
            int j = i;
            while (j < to && (isPlaceholder(t.charAt(j))
                    || ((t.charAt(j) == '.' || t.charAt(j) == ' ') && j + 1 < to && isPlaceholder(t.charAt(j + 1))))) {
                j++;
            }
            return new Number(null, j, false);
        }
        if (isDigit(c)) {
            StringBuilder b = new StringBuilder();
            int j = i;
            while (j < to && isDigit(t.charAt(j))) {
                b.append((char) ('0' + ChineseNumerals.digitValue(t.charAt(j))));
                j++;
            }
            if (j + 1 < to && (t.charAt(j) == '.' || t.charAt(j) == '．') && isDigit(t.charAt(j + 1))) {
                b.append('.');
                j++;
                while (j < to && isDigit(t.charAt(j))) {
                    b.append((char) ('0' + ChineseNumerals.digitValue(t.charAt(j))));
                    j++;
                }
            }
            if (b.length() > 12) {
                return null;
            }
            return new Number(new BigDecimal(b.toString()), j, false);
        }
        // Chinese numerals: stop before a multiplier that a unit follows (三万人 reads 三 万 人 later)
        int j = i;
        while (j < to && j - i < 8 && isChineseNumeral(t.charAt(j)) && "万亿".indexOf(t.charAt(j)) < 0) {
            j++;
        }
        if (j == i) {
            return null;
        }
        long v = ChineseNumerals.parseOrMinusOne(t, i, j);
        if (v < 0) {
            return null;
        }
        return new Number(BigDecimal.valueOf(v), j, true);
    }

    private static String match(Logical t, int i, int to, String[] words) {
        if (i >= to) {
            return null;
        }
        for (String w : words) {
            if (i + w.length() <= to && at(t, i, w)) {
                return w;
            }
        }
        return null;
    }

    /** Whether {@code w} stands at {@code i}: compared in place, no substring made (this runs at every number). */
    private static boolean at(Logical t, int i, String w) {
        if (i < 0 || i + w.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (t.charAt(i + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Reads the target whose number starts at {@code i}; returns its end, or {@code i} when there is none. */
    private int target(Logical t, int i, int from, int to, int lastEnd, List<Target> out) {
        Number first = number(t, i, to);
        if (first == null) {
            return i;
        }
        int j = first.end();
        char next = j < to ? t.charAt(j) : ' ';
        if (!first.chinese() && first.value() != null && (latin(next) || next == '+' || next == '×')) {
            return i;           // PM2.5, 1+X, 5G: names, not quantities
        }
        if (i > from && (t.charAt(i - 1) == '×' || t.charAt(i - 1) == '*')) {
            return i;           // ×100%: a formula
        }
        // a range: 1~2, 1—2, 1－2, 3至5, 4.5%—5%
        String unit1 = j < to ? match(t, j, to, new String[] {"%", "％"}) : null;
        int k = unit1 == null ? j : j + unit1.length();
        Number upper = null;
        if (k + 1 < to) {
            char sep = t.charAt(k);
            int s = -1;
            if ("~～–-－到至".indexOf(sep) >= 0) {
                s = k + 1;
            } else if (sep == '—') {
                s = t.charAt(k + 1) == '—' ? k + 2 : k + 1;
            }
            if (s > 0 && s < to && startsNumber(t, s, from) && !isPlaceholder(t.charAt(s))) {
                Number u = number(t, s, to);
                if (u != null && u.value() != null && u.chinese() == first.chinese()) {
                    upper = u;
                    j = u.end();
                }
            }
        }
        // multiplier and unit
        String multiplier = null;
        if (j >= to || !UNIT_START[t.charAt(j)]) {
            return i;           // no unit, multiplier or rate: a bare number is no target
        }
        String unit = match(t, j, to, UNITS);
        if (unit == null) {
            multiplier = match(t, j, to, MULTIPLIERS);
            if (multiplier != null) {
                unit = match(t, j + multiplier.length(), to, UNITS);
                if (unit == null) {
                    multiplier = null;
                }
            }
        }
        if (upper != null && unit1 != null && unit == null) {
            unit = unit1;
        }
        int unitStart = j;
        int unitEnd = unit == null ? j : j + (multiplier == null ? 0 : multiplier.length()) + unit.length();
        // a rate: 280／10万, 个/千人
        if (unitEnd < to && (t.charAt(unitEnd) == '/' || t.charAt(unitEnd) == '／')) {
            int slash = unitEnd;
            int r = slash + 1;
            while (r < to && isDigit(t.charAt(r))) {
                r++;
            }
            String m = match(t, r, to, MULTIPLIERS);
            r += m == null ? 0 : m.length();
            String per = match(t, r, to, UNITS);
            r += per == null ? 0 : per.length();
            if (r > slash + 1 && (per != null || m != null)) {
                String base = unit == null ? "" : (multiplier == null ? "" : multiplier) + unit;
                unit = base + "/" + t.text(slash + 1, r);
                multiplier = null;
                unitEnd = r;
            }
        }
        if (unit == null) {
            return i;
        }
        if (match(t, unitStart, to, NOT_UNITS) != null) {
            return i;
        }
        String printedUnit = unit.contains("/") ? unit : (multiplier == null ? "" : multiplier) + unit;
        // years and durations: 2024年 is a date, 3年 a duration
        if (unit.equals("年") && multiplier == null && first.value() != null
                && first.value().compareTo(new BigDecimal("1900")) >= 0 && first.value().compareTo(new BigDecimal("2200")) <= 0) {
            return i;
        }
        if (unit.equals("年") && unitEnd < to && (t.charAt(unitEnd) == '度' || t.charAt(unitEnd) == '级')) {
            return i;
        }
        if (first.chinese() && (first.value().intValue() == 1 && t.charAt(i) == '一' || fixed(t, i, to))) {
            return i;           // 一 opens idioms (一批, 一次); 两个维护 is a phrase, not a count
        }
        // comparators
        Comparison comparison = Comparison.EXACTLY;
        int end = unitEnd;
        Word after = word(t, end, to, AFTER);
        String verb = verbBefore(t, i, from);
        if (after == null && (unit.equals("年") || unit.equals("天") || unit.equals("周"))
                && end < to && Chars.han(t.charAt(end))) {
            return i;           // 三年行动, 五年规划: a period that names something, not a commitment
        }
        if (first.chinese() && after == null && verb == null && before(t, i, from) == null) {
            return i;           // 五项制度, 七个区县: Chinese numerals count only with a verb or comparator of their own
        }
        if (after != null) {
            comparison = after.means();
            end += after.text().length();
        }
        Word before = before(t, i, from);
        int start = before == null ? i : i - before.text().length();
        // a word after the unit decides (达到80%以上), except 左右, which only softens one before it
        if (before != null && (after == null || after.means() == Comparison.ABOUT)) {
            comparison = after != null && before.means() == Comparison.ABOUT ? Comparison.ABOUT : before.means();
        }
        if (upper != null) {
            comparison = Comparison.BETWEEN;
        }
        // the clause it stands in: from the last clause mark before it
        int clause = start;
        while (clause > Math.max(from, lastEnd) && !CLAUSE_MARK[t.charAt(clause - 1)]) {
            clause--;
        }
        String prefix = t.text(clause, start);
        String indicator = indicator(prefix);
        int textStart = clause;
        if (prefix.endsWith("等") || prefix.endsWith("共") || prefix.endsWith("的") || prefix.endsWith(")")
                || prefix.endsWith("）")) {
            // 等4个项目完工: the words before sum up a list; what is counted follows the number
            indicator = "";
            textStart = start;
        }
        int textEnd = end;
        if (indicator.isEmpty()) {
            // 新增5个市级中医专业质控中心: what is counted follows the unit
            int e = end;
            while (e < to && e - end < 24 && !NOUN_END[t.charAt(e)] && !countsAt(t, e, to)) {
                e++;
            }
            indicator = t.text(end, e).strip();
            while (indicator.startsWith("的")) {
                indicator = indicator.substring(1);
            }
            textEnd = e;
        }
        String textOf = t.text(textStart, textEnd).strip();
        if (textOf.isEmpty()) {
            return i;
        }
        BigDecimal value = first.value();
        Quantity normalized = null;
        if (value != null) {
            BigDecimal factor = multiplier == null ? BigDecimal.ONE : factor(multiplier);
            BigDecimal n = multiplier == null ? value : value.multiply(factor).stripTrailingZeros();
            normalized = new Quantity(n.scale() < 0 ? n.setScale(0) : n, unit.contains("/") ? unit : normalizedUnit(unit));
        }
        int s = t.origin(textStart, source.text.length());
        int e = t.originEnd(textEnd, source.text.length());
        SourceSpan span = source.span(s, Math.max(s, e));
        out.add(new Target(textOf, indicator, comparison, value, upper == null ? null : upper.value(), printedUnit,
            normalized, deadline(t, start, from), value == null, span));
        return end;
    }

    /** Whether an Arabic number with a counting unit starts at {@code e} (65岁 does not count). */
    private static boolean countsAt(Logical t, int e, int to) {
        if (!isDigit(t.charAt(e))) {
            return false;
        }
        int j = e;
        while (j < to && (isDigit(t.charAt(j)) || t.charAt(j) == '.')) {
            j++;
        }
        String m = match(t, j, to, MULTIPLIERS);
        return match(t, m == null ? j : j + m.length(), to, UNITS) != null;
    }

    private static Word before(Logical t, int i, int from) {
        for (Word w : BEFORE) {
            int n = w.text().length();
            if (i - n >= from && at(t, i - n, w.text())) {
                return w;
            }
        }
        return null;
    }

    private static Word word(Logical t, int i, int to, List<Word> words) {
        for (Word w : words) {
            int n = w.text().length();
            if (i + n <= to && at(t, i, w.text())) {
                return w;
            }
        }
        return null;
    }

    /** A verb of building or increasing just before the number (新建三所, 保持三个月): it makes a count a target. */
    private static String verbBefore(Logical t, int i, int from) {
        for (String v : COUNT_VERBS) {
            if (i - v.length() >= from && at(t, i - v.length(), v)) {
                return v;
            }
        }
        return null;
    }

    private static BigDecimal factor(String multiplier) {
        switch (multiplier) {
            case "百": return new BigDecimal("100");
            case "千": return new BigDecimal("1000");
            case "万": return new BigDecimal("10000");
            case "百万": return new BigDecimal("1000000");
            case "千万": return new BigDecimal("10000000");
            case "亿": return new BigDecimal("100000000");
            default: return new BigDecimal("1000000000000");
        }
    }

    private static String normalizedUnit(String unit) {
        return unit.equals("%o") || unit.equals("%O") ? "‰" : unit.equals("％") ? "%" : unit;
    }

    private static boolean fixed(Logical t, int i, int to) {
        return match(t, i, to, FIXED) != null;
    }

    /** What is measured: the words before the number after the last verb (在线办理比例 in 实现在线办理比例90%). */
    private static String indicator(String prefix) {
        String p = prefix.strip();
        if (p.length() > 40) {
            p = p.substring(p.length() - 40);       // the indicator is at most 30 chars: look no further back
        }
        int cut = 0;
        for (String v : VERBS) {
            int k = p.lastIndexOf(v);
            if (k >= 0 && k + v.length() > cut) {
                cut = k + v.length();
            }
        }
        String rest = p.substring(cut);
        while (rest.endsWith("的") || rest.endsWith("达") || rest.endsWith("为") || rest.endsWith("到")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        while (rest.startsWith("及") || rest.startsWith("和") || rest.startsWith("与") || rest.startsWith("的")) {
            rest = rest.substring(1);
        }
        // a rate of a group (糖尿病患者规范管理率): the indicator is the rate, the group its subject
        if (rest.endsWith("率") || rest.endsWith("比例") || rest.endsWith("比重")) {
            for (String subject : SUBJECTS) {
                int k = rest.lastIndexOf(subject);
                if (k >= 0 && rest.length() - (k + subject.length()) >= 2) {
                    rest = rest.substring(k + subject.length());
                    break;
                }
            }
        }
        return rest.length() > 30 ? rest.substring(rest.length() - 30) : rest;
    }

    private static final String[] SUBJECTS = {"患者", "人群", "儿童", "居民", "老年人", "孕产妇", "学生", "职工"};

    /** The deadline phrase that governs a target: the last one earlier in its sentence (年底前, 到2025年, 6月底前). */
    private static String deadline(Logical t, int clause, int from) {
        int s = clause;
        while (s > from && t.charAt(s - 1) != '。' && t.charAt(s - 1) != '\n' && clause - s < 200) {
            s--;
        }
        org.plandoc.core.Deadline d = Deadlines.last(t.text(s, clause), null, false);
        return d == null ? null : d.text();
    }
}
