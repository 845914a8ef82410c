package org.plandoc.render.internal;

import org.plandoc.core.ChineseNumerals;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;

/** Numbering labels: as printed, or in the canonical GB/T 9704 sequence 一、（一）1.（1）①. */
public final class Labels {

    private Labels() {
    }

    /**
     * The canonical label of {@code ordinal} at {@code depth} (1 = section):
     * 一、, （一）, 1., （1）, then ① (to 20) and 1) below that.
     */
    public static String canonical(int depth, int ordinal) {
        switch (depth) {
            case 1:
                return ChineseNumerals.format(ordinal) + "、";
            case 2:
                return "（" + ChineseNumerals.format(ordinal) + "）";
            case 3:
                return ordinal + ".";
            case 4:
                return "（" + ordinal + "）";
            default:
                return ordinal <= 20 ? String.valueOf((char) ('①' + ordinal - 1)) : ordinal + ")";
        }
    }

    /**
     * The printed label, or the canonical one when {@code canonical} is set or the printed one lost
     * its numeral. Canonical numbering renumbers a plan's lists; the parts, chapters and articles
     * of a regulation (第一章, 第一条) and a decimal numbering (1.1) are the document's structure,
     * cited by their numbers elsewhere, and keep their form (renumbered, 第 + ordinal).
     */
    public static String label(Numbering n, int depth, boolean canonical) {
        NumberingStyle style = n.style();
        if (style == NumberingStyle.HEADING) {
            return "";      // an unnumbered heading stays unnumbered, canonical or not
        }
        String named = named(n);
        boolean reprint = canonical || n.label().isBlank();
        if (named != null) {
            // 第一条　为了…: the number stands apart from its text, as regulations print it
            return (reprint ? named : n.label()) + "\u3000";
        }
        if (style == NumberingStyle.DECIMAL && !n.label().isBlank()) {
            // a decimal number (1.1) stands apart from its heading, or it reads as part of the text
            return n.label() + "\u3000";
        }
        return reprint ? canonical(depth, n.ordinal()) : n.label();
    }

    /**
     * The canonical level of the children of a node at canonical {@code level} numbered {@code n}.
     * A part, chapter or section of a document (第一篇, 第一章, 第一节) takes no list level: its
     * children number from the level it had (一、 under 第一章). The lists of an unnumbered heading
     * start at （一）, as reports with unnumbered parts print them (2024年工作回顾 / （一）…): with
     * 一、 under them, the document would number its top level and its unnumbered headings read
     * back as paragraphs. The lists of an article (its 款项) and of a decimal number start at
     * （一）, as regulations print them and as nothing in a decimal numbering reads as (1., read
     * as 4. before 4.1). Else the next level.
     */
    public static int below(int level, Numbering n) {
        switch (n.style()) {
            case PART:
            case CHAPTER:
            case SUBCHAPTER:
                return level;
            case HEADING:
            case ARTICLE:
                return level + 1;
            case DECIMAL:
                return 2;
            default:
                return level + 1;
        }
    }

    /** 第X篇 / 第X部分, 第X章, 第X节, 第X条 for {@code n}'s ordinal; null for other styles. */
    private static String named(Numbering n) {
        String unit;
        switch (n.style()) {
            case PART:
                unit = n.label().endsWith("篇") ? "篇" : "部分";
                break;
            case CHAPTER:
                unit = "章";
                break;
            case SUBCHAPTER:
                unit = "节";
                break;
            case ARTICLE:
                unit = "条";
                break;
            default:
                return null;
        }
        return "第" + ChineseNumerals.format(n.ordinal()) + unit;
    }

    /** 牵头单位：…；配合单位：…；完成时限：… — the line written under an item that names them; empty when none. */
    public static String assignment(org.plandoc.core.Item item) {
        StringBuilder b = new StringBuilder();
        if (!item.leadUnits().isEmpty()) {
            b.append("牵头单位：").append(String.join("、", item.leadUnits()));
        }
        if (!item.supportingUnits().isEmpty()) {
            b.append(b.length() == 0 ? "" : "；").append("配合单位：").append(String.join("、", item.supportingUnits()));
        }
        if (item.deadline() != null) {
            b.append(b.length() == 0 ? "" : "；").append("完成时限：").append(item.deadline().text());
        }
        return b.toString();
    }

    /**
     * {@link #assignment} for a text to be read again: empty when the item's own words already
     * name every unit and the deadline (the parser read them from there), so that writing them
     * once more would add a line on every round.
     */
    public static String unstatedAssignment(org.plandoc.core.Item item) {
        String words = item.title() + "\n" + item.text();
        boolean stated = item.leadUnits().stream().allMatch(words::contains)
            && item.supportingUnits().stream().allMatch(words::contains)
            && (item.deadline() == null || words.contains(item.deadline().text()));
        return stated ? "" : assignment(item);
    }
}
