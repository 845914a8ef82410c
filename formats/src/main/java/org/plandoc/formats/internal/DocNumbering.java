package org.plandoc.formats.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hwpf.usermodel.HWPFList;

/**
 * Word 97–2003 list numbering played forward, as {@link WordNumbering} does for
 * .docx: counters per list (its {@code lsid}), a list override ({@code ilfo}) that
 * sets a start restarts its level the first time it is used, and numbering a level
 * restarts the levels below it. The level text holds the numbers of levels 0–8 as
 * the characters U+0000–U+0008, each printed in its level's format.
 */
final class DocNumbering {

    /** The number formats of MS-DOC ({@code nfc}), by code, as .docx names them. */
    private static final String[] NFC = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
        "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo",
        "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
        "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
        "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
        "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
        "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
        "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand"};

    private final Map<Integer, Integer[]> counters = new HashMap<>();
    private final Set<Integer> overridesUsed = new HashSet<>();

    /** The number Word prints before a list paragraph, or null for a bullet. */
    String next(HWPFList list, int ilfo, int ilvl) {
        if (list == null) {
            return null;
        }
        int level = Math.max(0, Math.min(8, ilvl));
        Integer[] count = counters.computeIfAbsent(list.getLsid(), k -> new Integer[9]);
        if (overridesUsed.add(ilfo)) {
            for (int l = 0; l < 9; l++) {
                if (overridden(list, l)) {
                    count[l] = null;
                }
            }
        }
        count[level] = count[level] == null ? startAt(list, level) : count[level] + 1;
        for (int d = level + 1; d < 9; d++) {
            count[d] = null;
        }
        if (format(list, level).equals("bullet")) {
            return null;
        }
        String pattern = text(list, level);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c <= 8) {
                int value = count[c] != null ? count[c] : startAt(list, c);
                b.append(NumberFormats.format(value, format(list, c)));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean overridden(HWPFList list, int level) {
        try {
            return list.isStartAtOverridden((char) level);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static int startAt(HWPFList list, int level) {
        try {
            return list.getStartAt((char) level);
        } catch (RuntimeException e) {
            return 1;
        }
    }

    private static String format(HWPFList list, int level) {
        try {
            int nfc = list.getNumberFormat((char) level);
            return nfc >= 0 && nfc < NFC.length ? NFC[nfc] : nfc == 0xFF ? "none" : "decimal";
        } catch (RuntimeException e) {
            return "decimal";
        }
    }

    private static String text(HWPFList list, int level) {
        try {
            String t = list.getNumberText((char) level);
            return t == null ? "" : t;
        } catch (RuntimeException e) {
            return "";
        }
    }
}
