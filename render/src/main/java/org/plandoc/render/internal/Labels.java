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

    /** The printed label, or the canonical one when {@code canonical} is set or the printed one lost its numeral. */
    public static String label(Numbering n, int depth, boolean canonical) {
        if (n.style() == NumberingStyle.HEADING) {
            return "";      // an unnumbered heading stays unnumbered, canonical or not
        }
        if (canonical || n.label().isBlank()) {
            return canonical(depth, n.ordinal());
        }
        // a decimal number (1.1) stands apart from its heading, or it reads as part of the text
        return n.style() == NumberingStyle.DECIMAL ? n.label() + "\u3000" : n.label();
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
}
