package org.plandoc.parser.internal;

/**
 * The third step of reading a target: what it measures. Three readings, tried in
 * order:
 * <ol>
 *   <li>a predicate before the number says how the measured thing moves or stands —
 *       the indicator is its subject: {@code 地区生产总值增长5%}, {@code 力争规上高新技术企业达到1.8万家},
 *       {@code 赤字率拟按3%安排};</li>
 *   <li>words after the last verb before the number name it:
 *       {@code 新增病床位1600张}, {@code 实施补链强链重点项目1900个}, {@code 全年开展职业技能培训10万人次};</li>
 *   <li>else the noun after the unit: {@code 改建2000张认知障碍照护床位}, {@code 4个抽水蓄能电站}.</li>
 * </ol>
 * The words are in {@link Vocabulary}; an indicator never starts with a verb or an
 * adverb, nor inside a quotation, and never ends with a verb of change.
 */
final class Indicators {

    /** An indicator is at most this long: look no further back. */
    private static final int MAX = 48;

    private Indicators() {
    }

    /**
     * The indicator named before the number: {@code prefix} is its clause up to the
     * number (comparator words removed). Empty when the words before name nothing,
     * and the noun after the unit must be tried.
     */
    static String before(String prefix) {
        return before(prefix, "");
    }

    /**
     * As {@link #before(String)}, for a quantity in {@code unit}: before a predicate,
     * with a unit that measures (公里, 年, 吨), a leading 新增 is part of the
     * statistic's name (新增劳动力平均受教育年限达到14.2年).
     */
    static String before(String prefix, String unit) {
        String p = prefix.strip();
        if (p.length() > MAX) {
            p = p.substring(p.length() - MAX);
        }
        p = trimEnd(p);
        // 1. a predicate ends the words: what stands before it is measured
        String predicate = Words.PREDICATES.longestEnding(p);
        if (predicate != null) {
            String subject = stripLeads(trimEnd(p.substring(0, p.length() - predicate.length())));
            // 保持各医疗机构互认率在…: a verb before the subject goes; 达到服务能力标准的卫生院占比: it qualifies it
            String verb = Words.VERBS.longestAt(subject, 0);
            boolean qualifies = verb != null && (subject.indexOf('的') > 0 && subject.indexOf('的') <= verb.length() + 10
                || statisticName(verb, unit));
            return clean(subject, !qualifies);
        }
        // 2. the object of the verbs that open the words (组织企业参加境外展洽活动), or of the verb
        //    after a subject (生物实验室备案实现在线办理比例); a verb at the end names an activity
        int start = objectStart(p);
        String verb = Words.VERBS.longestAt(stripLeads(p), 0);
        if (verb != null && start > 0 && namesStatistic(verb, p)) {
            return clean(stripLeads(p), false);     // 新改建农村公路, 新增公路通车里程: the verb is in the name
        }
        return clean(p.substring(start), true);
    }

    private static boolean namesStatistic(String verb, String words) {
        return Vocabulary.startsWithAny(verb, Vocabulary.NAMING_VERBS)
            || verb.equals("新增") && Vocabulary.containsAny(words.substring(words.length() - Math.min(2, words.length())),
                Vocabulary.NAMED_GROWTH);
    }

    /** 新增, 新建, 新改建 before a measured thing: part of the statistic's name. */
    private static boolean statisticName(String verb, String unit) {
        return verb != null && verb.startsWith("新") && Vocabulary.containsAny(unit, Vocabulary.MEASURE_UNITS)
            && !unit.contains("/");
    }

    /**
     * Where the measured thing starts in words before a number: after the verbs
     * that open them (新增…, 规范提升…, 组织企业参加…: a verb, possibly an object of
     * two chars and another verb), else after a verb that follows a subject of three
     * chars or more; 0 when neither (城镇新增就业, a name).
     */
    private static int objectStart(String p) {
        // most words quote nothing: then no verb in them stands inside a quotation
        boolean quotes = p.indexOf('“') >= 0 || p.indexOf('「') >= 0;
        int cut = 0;
        boolean verb = false;
        while (true) {
            int q = cut;
            String lead;
            while ((lead = Words.LEADS.longestAt(p, q)) != null) {
                q += lead.length();
            }
            int found = -1;
            for (int k = q; k <= q + (verb ? 2 : 0) && k < p.length(); k++) {
                String v = Words.VERBS.longestAt(p, k);
                if (v != null && k + v.length() < p.length() && !(quotes && insideQuotation(p, k))) {
                    found = k + v.length();
                    break;
                }
            }
            if (found < 0) {
                break;
            }
            cut = found;
            verb = true;
        }
        if (verb) {
            return cut;
        }
        // a subject, then its verb: 生物实验室备案 | 实现 | 在线办理比例
        for (int k = p.length() - 2; k >= 3; k--) {
            String v = Words.VERBS.longestAt(p, k);
            // a list of nouns before the verb is what it acts on (城中村、棚户区改造安置房), not a subject
            if (v != null && k + v.length() < p.length() && !(quotes && insideQuotation(p, k)) && !shortRate(p.substring(k + v.length()))
                    && stripLeads(p.substring(0, k)).length() >= 3 && p.lastIndexOf('、', k) < 0) {
                return k + v.length();
            }
        }
        return 0;
    }

    /** Whether {@code k} stands inside a quotation opened before it in {@code p} (“新时代城市建设者…”). */
    private static boolean insideQuotation(String p, int k) {
        int open = Math.max(p.lastIndexOf('“', k), p.lastIndexOf('「', k));
        return open >= 0 && Math.max(p.lastIndexOf('”', k), p.lastIndexOf('」', k)) < open;
    }

    private static String stripLeads(String w) {
        String s = w;
        String lead;
        while ((lead = Words.LEADS.longestAt(s, 0)) != null && s.length() > lead.length()) {
            s = s.substring(lead.length());
        }
        return s;
    }

    /** 管理率 after 规范: a rate too short to be named without the word before it (规范管理率). */
    private static boolean shortRate(String rest) {
        return rest.length() <= 3 && (rest.endsWith("率") || rest.endsWith("比例") || rest.endsWith("比重"));
    }

    /**
     * Leading adverbs (and verbs, with {@code verbs}), a scope that a statistic names
     * again, and a rate's subject, removed.
     */
    static String clean(String words, boolean verbs) {
        String w = words.strip();
        // a closing quotation mark with no opening one: the indicator started inside a quotation
        int close = Math.max(w.lastIndexOf('”'), w.lastIndexOf('」'));
        if (close >= 0 && w.lastIndexOf('“', close) < 0 && w.lastIndexOf('「', close) < 0) {
            w = w.substring(close + 1);
        }
        boolean changed = true;
        while (changed && !w.isEmpty()) {
            changed = false;
            String lead = Words.LEADS.longestAt(w, 0);
            if (lead == null && verbs) {
                lead = Words.VERBS.longestAt(w, 0);
            }
            if (lead != null && w.length() > lead.length()) {
                w = w.substring(lead.length());
                changed = true;
            }
            while (!w.isEmpty() && "及和与的，,、：:".indexOf(w.charAt(0)) >= 0) {
                w = w.substring(1);
                changed = true;
            }
        }
        for (String scope : Vocabulary.SCOPES) {
            if (w.startsWith(scope) && Vocabulary.startsWithAny(w.substring(scope.length()), Vocabulary.SCOPED_STATISTICS)) {
                w = w.substring(scope.length());
            }
        }
        // a rate of a group (糖尿病患者规范管理率): the indicator is the rate, the group its subject
        if (w.endsWith("率") || w.endsWith("比例") || w.endsWith("比重")) {
            for (String subject : Vocabulary.SUBJECTS) {
                int k = w.lastIndexOf(subject);
                if (k >= 0 && w.length() - (k + subject.length()) >= 2) {
                    w = w.substring(k + subject.length());
                    break;
                }
            }
        }
        return w.length() > 40 ? w.substring(w.length() - 40) : w.strip();
    }

    /**
     * The noun after the unit (改建2000张认知障碍照护床位): up to the end of its
     * phrase, without a closing 建设 (6个未来产业加速园建设).
     */
    static String after(String phrase) {
        String w = phrase.strip();
        while (w.endsWith("、")) {
            w = w.substring(0, w.length() - 1);
        }
        // 争取三年内实现政府性融资担保业务市级全覆盖: the thing, not the verb that reaches it
        String verb = startingWith(w, new String[] {"实现", "完成", "达到"});
        if (verb != null && w.length() > verb.length() + 1) {
            w = w.substring(verb.length());
        }
        while (w.startsWith("的")) {
            w = w.substring(1);
        }
        if (w.endsWith("建设") && w.length() > 4) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }

    /** Whether the words are only a verb or an adverb (改建, 推动): they name nothing. */
    static boolean bare(String w) {
        // the longest word a word starts with is the word itself when it is in the list
        return w.equals(Words.VERBS.longestAt(w, 0)) || w.equals(Words.LEADS.longestAt(w, 0))
            || w.equals(Words.PREDICATES.longestAt(w, 0));
    }

    /** Whether the clause before the number ends in a predicate (地区生产总值增长): its subject is the indicator. */
    static boolean predicate(String prefix) {
        return Words.PREDICATES.longestEnding(trimEnd(prefix)) != null;
    }

    private static final String[] TRAILING = {"分别", "均", "拟", "将", "要", "的", "达", "了", "已", "再", "共", "约", "近",
        "预期目标", "目标", "预期", "力争", "确保", "争取", "逐步", "进一步", "在", "最长", "最短", "最高", "最低"};

    private static final Words TRAILING_WORDS = new Words(TRAILING);

    /** Trailing particles, modal words and comparator leftovers: 的, 达, 为, 拟, 将, 分别, 均. */
    private static String trimEnd(String p) {
        String w = p.strip();
        if (w.isEmpty() || !TRAILING_WORDS.mayEndWith(w.charAt(w.length() - 1))) {
            return w;       // most words end with no trailing word: none of them can match
        }
        boolean changed = true;
        while (changed && !w.isEmpty()) {
            changed = false;
            for (String end : TRAILING) {
                if (w.endsWith(end) && w.length() > end.length()) {
                    w = w.substring(0, w.length() - end.length()).strip();
                    changed = true;
                }
            }
        }
        return w;
    }

    private static String startingWith(String w, String[] words) {
        String best = null;
        for (String s : words) {
            if (w.startsWith(s) && (best == null || s.length() > best.length())) {
                best = s;
            }
        }
        return best;
    }
}
