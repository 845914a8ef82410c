package org.plandoc.parser.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The stage after the outline: where a plan's own text ends and its closing
 * begins, after the last numbered node. Three forms are read, each true of
 * Chinese official documents:
 * <ul>
 *   <li>a report's closing address — from the first paragraph after the last
 *       numbered heading that turns to the audience ({@code 各位代表！…让我们…});</li>
 *   <li>the 落款 — an issuing body on its own line and the date under it
 *       ({@code 国务院} / {@code 2019年1月27日}), read as metadata, with what follows
 *       it ({@code （此件公开发布）}) as closing;</li>
 *   <li>the end of a list of one-paragraph nodes ({@code （二十七）完善绩效评价体系。…}):
 *       its last node keeps one paragraph as its siblings do, and the paragraphs
 *       after it speak to the whole document ({@code 各地区、各部门要…}).</li>
 * </ul>
 * Notes and glossaries (注：, 名词解释) are found during the outline pass, since
 * their numbered entries must not become items.
 */
final class Closing {

    /** The fewest siblings from which a list of one-paragraph nodes is a pattern, not chance. */
    private static final int MIN_LIST = 4;
    private static final int MAX_ISSUER = 30;

    private final Logical text;

    Closing(Logical text) {
        this.text = text;
    }

    private record Para(int start, int end) {
    }

    /** Finds the closing of {@code plan}, moving the end of its last nodes to where the closing starts. */
    void find(PlanDraft plan) {
        if (plan.sections.isEmpty()) {
            return;
        }
        Draft last = lastDraft(plan.sections);
        int end = plan.closingStart >= 0 ? plan.closingStart : plan.end;
        List<Para> after = paragraphs(paragraphEnd(last.start), end);
        int closing = address(after);
        if (closing < 0 && after.isEmpty()) {
            closing = addressInside(last.contentStart, end);
        }
        Draft leading = last;
        while (leading.inline && leading.parent != null) {
            leading = leading.parent;
        }
        if (closing < 0 && !after.isEmpty() && !leading.inline && endsOneParagraphList(plan, leading)) {
            closing = after.get(0).start;
        }
        // the 落款 may follow notes or a list of attachments that already opened the closing
        int signature = signature(paragraphs(paragraphEnd(last.start), plan.end), plan);
        if (signature >= 0 && (closing < 0 || signature < closing)) {
            closing = signature;
        }
        if (closing < 0) {
            return;
        }
        plan.closingStart = plan.closingStart < 0 ? closing : Math.min(plan.closingStart, closing);
        for (Draft d = last; d != null; d = d.parent) {
            d.cutOwnText(plan.closingStart);
        }
    }

    /**
     * The first paragraph that turns to the audience of a report (各位代表！…), or
     * opens the notes of a text (［1］…, [1]…), or -1.
     */
    private int address(List<Para> after) {
        for (Para p : after) {
            if (turnsToAudience(text, p.start) || startsWith(p.start, "［1］") || startsWith(p.start, "[1]") || startsWith(p.start, "〔1〕")) {
                return p.start;
            }
        }
        return -1;
    }

    /**
     * A text that lost its line breaks runs the closing on in the last node's paragraph
     * (…推进正风肃纪。各位代表，团结凝聚力量…): the first sentence after {@code from} that turns
     * to the audience, or -1.
     */
    private int addressInside(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '各' || c == '同') && turnsToAudience(text, i)) {
                int j = i - 1;
                while (j >= from && Chars.blank(text.charAt(j))) {
                    j--;
                }
                if (j >= from && (Chars.endsSentence(text, j) || Chars.closes(text.charAt(j)) && j > from
                        && Chars.endsSentence(text, j - 1))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Whether {@code last} ends a list (its style, across the plan: 一、…, （一）…（二十七）)
     * whose other nodes — at least {@link #MIN_LIST} — are nearly all one paragraph
     * with no children: then so is the last one.
     */
    private boolean endsOneParagraphList(PlanDraft plan, Draft last) {
        if (!last.children.isEmpty()) {
            return false;
        }
        List<Draft> peers = new ArrayList<>();
        collect(plan.sections, last.key, peers);
        peers.remove(last);
        int single = 0;
        for (Draft p : peers) {
            if (p.children.isEmpty() && paragraphs(p.contentStart, p.ownEnd).size() == 1) {
                single++;
            }
        }
        if (peers.size() < MIN_LIST || single * 5 < peers.size() * 4) {
            return false;
        }
        // a lead-in that ends in ： goes on in the paragraphs after it
        int firstEnd = Chars.trimEnd(text, last.contentStart, paragraphEnd(last.contentStart));
        char c = firstEnd > last.contentStart ? text.charAt(firstEnd - 1) : '。';
        return c != '：' && c != ':';
    }

    private static void collect(List<Draft> nodes, int key, List<Draft> out) {
        for (Draft d : nodes) {
            if (d.key == key && !d.inline) {
                out.add(d);
            }
            collect(d.children, key, out);
        }
    }

    /**
     * The 落款: a short line naming a body directly followed by a date line. Sets
     * the plan's signature and returns where it starts, or -1.
     */
    private int signature(List<Para> after, PlanDraft plan) {
        for (int k = 0; k + 1 < after.size(); k++) {
            Para issuer = after.get(k);
            Para date = after.get(k + 1);
            String name = Chars.trim(text.text(issuer.start, issuer.end));
            LocalDate d = Metadata.wholeDate(text.text(date.start, date.end));
            if (d != null && issuerLike(name)) {
                plan.signatureIssuer = name;
                plan.signatureDate = d;
                plan.signature.add(new int[] {issuer.start, issuer.end});
                plan.signature.add(new int[] {date.start, date.end});
                return issuer.start;
            }
        }
        return -1;
    }

    /** The words a report turns to its audience with: a paragraph that opens with them is a paragraph of its own. */
    private static final String[] ADDRESSES = {"各位代表", "同志们", "各位委员"};

    /** Whether {@code s} at {@code at} turns to the audience (各位代表！…). */
    static boolean turnsToAudience(CharSequence s, int at) {
        for (String a : ADDRESSES) {
            int k = 0;
            while (k < a.length() && at + k < s.length() && s.charAt(at + k) == a.charAt(k)) {
                k++;
            }
            if (k == a.length()) {
                return true;
            }
        }
        return false;
    }

    /** 国务院, 国务院办公厅, 西安市卫生健康委员会: a body's name, alone on its line. */
    static boolean issuerLike(String name) {
        if (name.length() < 2 || name.length() > MAX_ISSUER) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Chars.han(c) && c != '、' && !Chars.blank(c) && c != '（' && c != '）') {
                return false;
            }
        }
        return Assignments.bodyName(name.replaceAll("[\\s\u3000]+", " ").split(" ")[0])
            || Assignments.bodyName(name.replaceAll("[\\s\u3000]", ""));
    }

    private static Draft lastDraft(List<Draft> nodes) {
        Draft d = nodes.get(nodes.size() - 1);
        while (!d.children.isEmpty()) {
            d = d.children.get(d.children.size() - 1);
        }
        return d;
    }

    private boolean startsWith(int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(at + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int paragraphEnd(int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) != '\n') {
            j++;
        }
        return j;
    }

    /** The non-blank paragraphs in {@code from..to}. */
    private List<Para> paragraphs(int from, int to) {
        List<Para> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int j = Math.min(paragraphEnd(i), to);
            int s = Chars.skipBlank(text, i, j);
            int e = Chars.trimEnd(text, s, j);
            if (e > s && !Assignments.isNote(text.text(s, e))) {
                out.add(new Para(s, e));
            }
            i = j + 1;
        }
        return out;
    }
}
