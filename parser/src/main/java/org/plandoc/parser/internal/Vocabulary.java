package org.plandoc.parser.internal;

/**
 * The words the target reader knows, in one place: the units of Chinese
 * statistics, the comparator words, the verbs around an indicator, and what makes
 * a quantity a result, a requirement, a penalty or a baseline rather than a
 * commitment, with the headings that name the review of a past period. Each list
 * is data: extend it here when a real document shows a form it lacks.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Units, longest first where one is the start of another. */
    static final String[] UNITS = {
        "个百分点", "个工作日", "个小时", "个星期", "平方公里", "平方米", "万千瓦", "千瓦时", "立方米", "微克/立方米", "标准箱",
        "个月", "人次", "剂次", "架次", "千瓦", "千米", "千克", "公里", "公顷", "小时", "家庭", "批次", "工作日", "星期",
        "%o", "%O", "%", "％", "‰",
        "个", "所", "家", "名", "人", "张", "项", "期", "例", "次", "台", "套", "座", "条", "处", "支", "床", "户", "元",
        "米", "吨", "亩", "辆", "间", "块", "种", "件", "篇", "部", "份", "场", "天", "周", "年", "倍", "位", "层", "栋",
        "片", "株", "头", "只", "册", "门", "类", "批", "对", "组", "队", "点", "岗", "斤", "番", "艘", "架", "列",
        "首", "枚", "度"
    };
    /** Units that make a number something other than a quantity: ages, levels, ordinals, dates. */
    static final String[] NOT_UNITS = {"岁", "级", "届", "月", "日", "号", "时", "版", "代", "线", "星"};
    static final String[] MULTIPLIERS = {"百万", "千万", "万亿", "万", "亿", "千", "百"};
    /** Counted things a number after these words approximates or exceeds: 3500多个, 20余家. */
    static final String[] LOOSE_COUNT = {"多", "余"};

    /** Phrases that count something but set no target. */
    static final String[] FIXED = {
        "两个维护", "两个确立", "四个意识", "四个自信", "四个全面", "三个代表", "两个一百年", "五位一体", "一个中心",
        "两个基本点", "三大攻坚战"
    };
    /** Verbs of building or increasing that make a count in Chinese numerals a target (新建三所, 培育一家, 翻一番). */
    static final String[] COUNT_VERBS = {"新建", "新增", "建成", "建设", "增加", "培养", "招聘", "引进", "完成",
        "创建", "打造", "保持", "达到", "提高到", "新引进", "扩大到", "举办", "选送", "培训", "推广", "培育", "翻"};

    /**
     * Verbs that state how the measured thing moves or stands (地区生产总值增长5%, 赤字率拟按3%安排):
     * the indicator is what stands before them.
     */
    static final String[] PREDICATES = {
        "提高到", "提升到", "提升至", "增长到", "增加到", "扩大到", "降低到", "下降到", "减少到", "压缩到", "控制到",
        "保持在", "稳定在", "控制在", "提高", "提升", "增长", "增加", "减少", "降低", "下降", "降至", "增至", "达到",
        "突破", "超过", "拟按", "拟安排", "安排", "发行", "压缩", "缩短", "扩大", "实现", "保持", "稳定", "达", "为", "是",
        "按", "至", "到", "超"
    };
    /**
     * Verbs that act on a counted or measured thing (新增病床位1600张, 改建2000张床位): the
     * indicator is the thing after them; at the end of an indicator they name an
     * activity measured in its unit (职业技能培训10万人次).
     */
    static final String[] VERBS = {
        "新增", "增加", "新建", "建设", "建成", "完成", "实现", "达到", "引进", "招聘", "招录", "培养", "培训", "举办",
        "推广", "推进", "推动", "开展", "设计", "选送", "扶持", "支持", "打造", "创建", "培育", "组建", "改造", "改建",
        "扩建", "新改建", "筛查", "覆盖", "建立", "投入", "安排", "配备", "落实", "救治", "实施", "组织", "参加",
        "更新", "扩充", "规范", "提升", "集聚", "新集聚", "盘活", "处置", "形成", "抓好", "办好", "做大做强", "再建",
        "新培育", "选择", "确定", "壮大", "培植", "建好", "用好", "发放",
        "吸引", "招引", "签约", "开工", "竣工", "投产", "认定", "评选", "遴选", "创办", "设立", "谋划",
        "争取", "新开工", "启动", "攻克", "突破", "研发", "制定", "修订", "出台", "培树", "命名", "新开通", "开通",
        "筹措", "筹集", "供应", "建成投用", "投用"
    };
    /**
     * Statistics whose name opens with a verb (新改建农村公路, 新增公路通车里程): the verb, or
     * the end of the name that makes the verb part of it.
     */
    static final String[] NAMING_VERBS = {"新改建"};
    static final String[] NAMED_GROWTH = {"里程", "年限"};
    /** Units that measure (length, area, weight, power, time) rather than count: 新改建农村公路3500公里 names a statistic. */
    static final String[] MEASURE_UNITS = {"公里", "千米", "米", "平方米", "平方公里", "公顷", "亩", "吨", "千瓦", "千瓦时",
        "立方米", "年", "斤"};
    /** Words before an indicator that say when, where or how hard, not what (力争, 全年, 扎实, 进一步). */
    static final String[] LEADS = {
        "力争", "确保", "争取", "全年", "今年", "明年", "要", "将", "再", "共", "累计", "进一步", "持续", "加快", "大力",
        "积极", "扎实", "深入", "着力", "努力", "计划", "预计", "拟", "其中", "同时", "并", "分别", "均", "还",
        "以上", "以下", "左右", "逐步", "引导", "先", "又", "也", "都", "各", "包括", "如"
    };
    /** Verbs that start a new phrase after a counted noun (11个城市开展试点): the noun ends before them. */
    static final String[] LINKING_VERBS = {"开展", "实行", "实施", "推进", "推动", "开放", "进行", "参与", "纳入", "达到", "实现",
        "支援", "帮扶", "对口"};
    /** A clause that opens so compares the quantity before it (赤字规模4.06万亿元，比上年增加1800亿元): the same indicator. */
    static final String[] COMPARED = {"比上年", "比去年", "较上年", "较去年", "同比", "比上一年"};
    /** Words that open a new phrase after a counted noun (对社会开放, 在全省推广): the noun ends before them. */
    static final String[] PREPOSITIONS = {"对", "向", "在", "于", "从", "把", "将", "被", "给", "由", "按"};
    /** A scope before a statistic that names it again (全省地区生产总值): the statistic is the indicator. */
    static final String[] SCOPES = {"全省", "全市", "全区", "全县", "全国"};
    /** What may follow a scope for the scope to be dropped. */
    static final String[] SCOPED_STATISTICS = {"地区生产总值", "国内生产总值"};
    /** The group whose rate is measured (糖尿病患者规范管理率): the indicator is the rate. */
    static final String[] SUBJECTS = {"患者", "人群", "儿童", "居民", "老年人", "孕产妇", "学生", "职工"};

    /** A heading with one of these reviews a past period: its quantities are results. */
    static final String[] REVIEW_HEADINGS = {
        "回顾", "成就", "工作总结", "过去一年", "过去五年", "五年来", "一年来", "取得的成绩", "主要成绩"
    };
    /** Words of a heading about what comes: 2026年主要工作 is the plan's, whatever year it names. */
    static final String[] PLAN_HEADINGS = {"思路", "安排", "任务", "目标", "要点", "计划", "建议", "打算"};
    /** A paragraph that opens so reviews a past period, even inside a part about the plan. */
    static final String[] REVIEW_PARAGRAPHS = {
        "“十四五”时期，", "“十四五”以来", "“十四五”期间", "过去五年", "五年来", "过去一年", "一年来", "回顾过去", "回首"
    };
    /** A fine or sanction in the sentence: the quantity is a penalty. */
    static final String[] PENALTY = {"罚款", "罚金", "没收违法", "拘留", "吊销"};
    /** Before the quantity: a rule that binds others (不得少于3人, 原则上不超过1%, 最长不超过70年). */
    static final String[] REQUIREMENT = {"不得", "应当", "必须", "原则上", "最长", "最短", "最高不超过", "每年至少", "之日起",
        "按不低于", "按不超过", "按照不低于"};
    /** Time units whose quantity, followed by 内, is a time limit (15个工作日内): a requirement. */
    static final String[] TIME_LIMIT_UNITS = {"个工作日", "工作日", "日", "天", "个小时", "小时", "星期", "周"};
    /** Before the quantity: a level that exists, stated as a fact (现有…, 常住人口…). */
    static final String[] BASELINE = {"现有", "目前", "已有", "预计"};
    /** Before the quantity: what the plan commits to (力争…, 确保…, 今年…, 预期目标…). */
    static final String[] COMMITMENT = {"力争", "确保", "争取", "预期", "今年", "明年", "拟"};
    /** In the review of a past period, only these make a quantity a commitment (争取 there is often past: 新争取…资金). */
    static final String[] COMMITMENT_IN_REVIEW = {"力争", "确保", "预期目标", "明年"};
    /** In the sentence: what was done (完成了, 累计, 同比, 比上年, 去年). */
    static final String[] RESULT = {
        "完成了", "实现了", "达到了", "增长了", "建成了", "新增了", "提高了", "下降了", "突破了", "超过了", "取得了",
        "累计", "同比", "去年", "已经", "已建成", "已完成", "已实现", "提前完成", "超额完成"
    };

    static boolean containsAny(String text, String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithAny(String text, String[] words) {
        for (String w : words) {
            if (text.startsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
