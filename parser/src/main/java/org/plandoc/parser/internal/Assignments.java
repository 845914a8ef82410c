package org.plandoc.parser.internal;

import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.Deadline;

/**
 * Who does what by when: the lead and supporting units and the deadline an
 * item's text gives, in the forms real plans use —
 * "（牵头单位：市发展改革委，配合单位：市委组织部、…）", "（责任单位：…）",
 * "（农业农村部、工业和信息化部等负责。列第一位者为牵头单位，下同）",
 * "市卫健委牵头，各区县配合", "2020年12月底前完成", "年底前", "到2025年".
 * Nothing is guessed from prose: units come from labels, from a bracketed
 * "…负责", or from "…牵头"; an open deadline (长期坚持) only from a label or such
 * a bracket. One instance reads one document: the convention "列第一位者为牵头单位"
 * holds for the items after the one that states it.
 */
final class Assignments {

    record Found(List<String> lead, List<String> supporting, Deadline deadline) {
        static final Found NONE = new Found(List.of(), List.of(), null);
    }

    private static final String[] LEAD_LABELS = {"牵头单位", "牵头部门", "主办单位"};
    private static final String[] SUPPORT_LABELS = {"配合单位", "配合部门", "协办单位", "参与单位"};
    private static final String[] RESPONSIBLE_LABELS = {"责任单位", "责任部门"};
    private static final String[] DEADLINE_LABELS = {"完成时限", "完成时间", "时间节点"};

    private final Integer planYear;
    private boolean firstIsLead;

    Assignments(Integer planYear) {
        this.planYear = planYear;
    }

    Found find(String text) {
        // most items name no one: look for the few words every form needs before trying the forms
        boolean units = text.indexOf("单位") >= 0 || text.indexOf("部门") >= 0 || text.indexOf("负责") >= 0
            || text.indexOf("牵头") >= 0 || text.indexOf("会同") >= 0;
        if (!units) {
            String labelled = labelValue(text, DEADLINE_LABELS);
            Deadline d = labelled != null ? Deadlines.last(labelled, planYear, true) : Deadlines.last(text, planYear, false);
            return d == null ? Found.NONE : new Found(List.of(), List.of(), d);
        }
        List<String> lead = new ArrayList<>();
        List<String> supporting = new ArrayList<>();
        Deadline deadline = null;
        if (text.contains("列第一位者为牵头单位") || text.contains("排在第一位的为牵头单位")) {
            firstIsLead = true;
        }
        // labelled units and deadlines, wherever they stand
        labelled(text, LEAD_LABELS, lead);
        labelled(text, SUPPORT_LABELS, supporting);
        List<String> responsible = new ArrayList<>();
        labelled(text, RESPONSIBLE_LABELS, responsible);
        assign(responsible, lead, supporting);
        String labelledDeadline = labelValue(text, DEADLINE_LABELS);
        if (labelledDeadline != null) {
            deadline = Deadlines.last(labelledDeadline, planYear, true);
        }
        // a bracket that ends in 负责: （农业农村部、工业和信息化部等负责。…）, unless 牵头 comes first
        int firstLead = leadVerb(text, 0);
        int firstDuty = text.indexOf("负责");
        boolean leadFirst = firstLead >= 0 && (firstDuty < 0 || firstLead < firstDuty);
        if (lead.isEmpty() && supporting.isEmpty() && !leadFirst) {
            for (String bracket : brackets(text)) {
                int k = bracket.indexOf("负责");
                if (k > 0) {
                    // （生态环境部指导，试点城市政府负责落实）: who 负责 is the clause just before it
                    String who = subject(clauseBefore(bracket, k));
                    int with = who.indexOf("会同");
                    if (with > 0) {
                        // （市卫健委会同市医保局负责）: the first leads, the others work with it
                        lead.addAll(units(who.substring(0, with)));
                        supporting.addAll(units(who.substring(with + 2)));
                    } else {
                        assign(units(who), lead, supporting);
                    }
                    if (deadline == null) {
                        deadline = Deadlines.last(bracket, planYear, true);
                    }
                    break;
                }
            }
        }
        // 市卫健委牵头，各区县配合
        if (lead.isEmpty()) {
            int k = leadVerb(text, 0);
            // 市卫健委牵头，…; 市发展改革委、市财政局牵头负责
            if (k > 0 && (k + 2 >= text.length() || "，,、；;。）)".indexOf(text.charAt(k + 2)) >= 0
                    || text.startsWith("负责", k + 2))) {
                String who = subject(clauseBefore(text, k));
                if (!who.isEmpty() && who.length() <= 30) {
                    lead.addAll(units(who));
                    int c = firstOf(text, k, "配合", "参与", "协助", "协同");
                    if (c > k && c - k < 80) {
                        String with = clauseBefore(text, c);
                        if (!with.isEmpty()) {
                            supporting.addAll(units(with));
                        }
                    }
                }
            }
        }
        // 生态环境部会同有关部门组建…: the lead, then those it works with
        if (lead.isEmpty() && supporting.isEmpty()) {
            int k = text.indexOf("会同");
            if (k > 0) {
                String who = subject(clauseBefore(text, k));
                int e = k + 2;
                while (e < text.length() && "，,。；;：:\n".indexOf(text.charAt(e)) < 0 && !verbAt(text, e)) {
                    e++;
                }
                List<String> leads = units(who.replace("及", "、"));
                List<String> with = units(text.substring(k + 2, e));
                if (!leads.isEmpty() && leads.stream().allMatch(Assignments::bodyName) && !with.isEmpty()
                        && with.stream().allMatch(Assignments::bodyName)) {
                    lead.addAll(leads);
                    supporting.addAll(with);
                }
            }
        }
        // 公安部负责维护…, the duty lists of emergency plans: units that open the item, then 负责
        if (lead.isEmpty() && supporting.isEmpty()) {
            for (String line : text.split("\n")) {
                int k = line.indexOf("负责");
                String before = k > 0 ? subject(line.substring(0, k)) : "";
                if (k > 0 && before.length() <= 30 && !before.isEmpty() && before.chars().noneMatch(c -> "，,。；;：:".indexOf(c) >= 0)) {
                    List<String> who = units(before.replace("及", "、").replace("和", "、"));
                    if (!who.isEmpty() && who.stream().allMatch(Assignments::bodyName)) {
                        assign(who, lead, supporting);
                        break;
                    }
                }
            }
        }
        if (deadline == null) {
            deadline = Deadlines.last(text, planYear, false);
        }
        if (lead.isEmpty() && supporting.isEmpty() && deadline == null) {
            return Found.NONE;
        }
        return new Found(lead, supporting, deadline);
    }

    /** Whether a paragraph only names who does an item and by when: 牵头单位：…；配合单位：…；完成时限：… */
    static boolean isNote(String paragraph) {
        int from = paragraph.startsWith("（") || paragraph.startsWith("(") ? 1 : 0;
        for (String note : NOTES) {
            if (paragraph.startsWith(note, from)) {
                return true;
            }
        }
        return false;
    }

    /** Every label with each colon after it: what a note opens with. */
    private static final String[] NOTES = notes(LEAD_LABELS, SUPPORT_LABELS, RESPONSIBLE_LABELS, DEADLINE_LABELS);

    private static String[] notes(String[]... labels) {
        List<String> out = new ArrayList<>();
        for (String[] list : labels) {
            for (String l : list) {
                out.add(l + "：");
                out.add(l + ":");
            }
        }
        return out.toArray(new String[0]);
    }

    /**
     * Where 牵头 is the verb (市卫健委牵头), from {@code from}; -1 when none. In 牵头单位 and
     * 牵头部门 it is part of a noun (各专项工作牵头单位负责), unless a label's colon follows.
     */
    private static int leadVerb(String text, int from) {
        for (int k = text.indexOf("牵头", from); k >= 0; k = text.indexOf("牵头", k + 2)) {
            boolean noun = text.startsWith("单位", k + 2) || text.startsWith("部门", k + 2);
            boolean label = noun && k + 4 < text.length() && (text.charAt(k + 4) == '：' || text.charAt(k + 4) == ':');
            if (!noun || label) {
                return k;
            }
        }
        return -1;
    }

    private static final String[] BODY_ENDINGS = {"部", "委", "局", "厅", "办", "院", "署", "会", "行", "公司", "政府",
        "中心", "单位", "部门", "机构", "办公室", "小组", "处", "室", "所", "站", "队", "组", "区县", "各区", "县级市"};
    private static final String[] VERBS = {"组织", "组建", "对", "开展", "制定", "建立", "研究", "推进", "进行", "负责",
        "指导", "编制", "出台", "完善", "加强"};

    /** Whether a phrase names a body (公安部, 市卫健委, 有关部门), not a duty (分级负责). */
    static boolean bodyName(String u) {
        if (u.isEmpty() || u.length() > 20) {
            return false;
        }
        for (String e : BODY_ENDINGS) {
            if (u.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbAt(String text, int i) {
        for (String v : VERBS) {
            if (text.startsWith(v, i)) {
                return true;
            }
        }
        return false;
    }

    /** The doer in a phrase: after the last 由 or 经 (本预案由国务院办公厅 → 国务院办公厅). */
    private static String subject(String phrase) {
        int by = Math.max(phrase.lastIndexOf('由'), phrase.lastIndexOf('经'));
        return (by >= 0 ? phrase.substring(by + 1) : phrase).strip();
    }

    private static int firstOf(String text, int from, String... words) {
        int best = -1;
        for (String w : words) {
            int c = text.indexOf(w, from);
            if (c >= 0 && (best < 0 || c < best)) {
                best = c;
            }
        }
        return best;
    }

    /** Responsible units: the first leads when the document says so, else they all carry it. */
    private void assign(List<String> responsible, List<String> lead, List<String> supporting) {
        if (responsible.isEmpty()) {
            return;
        }
        if (lead.isEmpty() && firstIsLead) {
            lead.add(responsible.get(0));
            supporting.addAll(responsible.subList(1, responsible.size()));
        } else if (lead.isEmpty()) {
            lead.addAll(responsible);
        } else {
            responsible.stream().filter(u -> !lead.contains(u) && !supporting.contains(u)).forEach(supporting::add);
        }
    }

    private static void labelled(String text, String[] labels, List<String> out) {
        String value = labelValue(text, labels);
        if (value != null) {
            out.addAll(units(value));
        }
    }

    /** The value after a label and its colon, up to the next label, bracket end or sentence end. */
    private static String labelValue(String text, String[] labels) {
        if (text.indexOf('：') < 0 && text.indexOf(':') < 0) {
            return null;        // no colon, no label: most texts, found by two quick scans instead of one per label
        }
        for (String label : labels) {
            // the label with a colon: 列第一位者为牵头单位 names the label but gives no value
            int k = text.indexOf(label);
            while (k >= 0 && !(k + label.length() < text.length()
                    && (text.charAt(k + label.length()) == '：' || text.charAt(k + label.length()) == ':'))) {
                k = text.indexOf(label, k + 1);
            }
            if (k < 0) {
                continue;
            }
            int i = k + label.length() + 1;
            int j = i;
            while (j < text.length() && "）)；;。\n".indexOf(text.charAt(j)) < 0 && !labelAt(text, j)) {
                j++;
            }
            String value = text.substring(i, j).strip();
            while (value.endsWith("，") || value.endsWith(",") || value.endsWith("、")) {
                value = value.substring(0, value.length() - 1);
            }
            return value.isEmpty() ? null : value;
        }
        return null;
    }

    /** A label with its colon at {@code j}: the next value starts (各专项工作牵头单位 ends in a label's words, not a label). */
    private static boolean labelAt(String text, int j) {
        for (String[] labels : new String[][] {LEAD_LABELS, SUPPORT_LABELS, RESPONSIBLE_LABELS, DEADLINE_LABELS}) {
            for (String l : labels) {
                int c = j + l.length();
                if (text.startsWith(l, j) && c < text.length() && (text.charAt(c) == '：' || text.charAt(c) == ':')) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> brackets(String text) {
        List<String> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                open = i;
            } else if ((c == '）' || c == ')') && open >= 0) {
                out.add(text.substring(open + 1, i));
                open = -1;
            }
        }
        return out;
    }

    private static String clauseBefore(String text, int k) {
        int s = k;
        while (s > 0 && "，,、；;。（(：:\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        // 市卫健委、市财政局牵头: a list before 牵头 reaches back over 、
        while (s > 1 && text.charAt(s - 1) == '、') {
            s--;
            while (s > 0 && "，,；;。（(：:\n".indexOf(text.charAt(s - 1)) < 0 && text.charAt(s - 1) != '、') {
                s--;
            }
        }
        return text.substring(s, k).strip();
    }

    /** A list of units: split on 、 and ，, "各区、县级市" kept whole, 等 dropped. */
    static List<String> units(String list) {
        List<String> out = new ArrayList<>();
        // 商务部等和各有关省级人民政府: two groups of units, the ministries and the provinces
        for (String part : list.split("[、，,；;]|等和|等及|等与")) {
            String u = part.strip();
            if (u.endsWith("等")) {
                u = u.substring(0, u.length() - 1);
            }
            if (u.isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            // 各区、县级市: the second half names no body of its own
            if (last >= 0 && out.get(last).startsWith("各") && u.length() <= 4 && !u.startsWith("各")
                    && (u.endsWith("市") || u.endsWith("县") || u.endsWith("区"))) {
                out.set(last, out.get(last) + "、" + u);
            } else {
                out.add(u);
            }
        }
        return out;
    }

}
