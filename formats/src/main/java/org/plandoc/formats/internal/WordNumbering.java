package org.plandoc.formats.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Word's automatic numbering (numbering.xml) played forward paragraph by paragraph,
 * so that each numbered paragraph gets the number Word shows: {@code 一、},
 * {@code （三）}, {@code 2.1}, {@code ①}.
 *
 * <p>How Word counts, and so how this does: the counters belong to the abstract
 * definition ({@code w:abstractNum}), so every {@code w:num} that points to it goes
 * on with the same list; a {@code w:num} with {@code w:lvlOverride/w:startOverride}
 * restarts the overridden levels the first time it is used (that is how Word's
 * "restart numbering" is saved). Numbering a level restarts the levels below it
 * unless their {@code w:lvlRestart} says otherwise. {@code %1}…{@code %9} in
 * {@code w:lvlText} print the counters of those levels, each in its own level's
 * format ({@code w:isLgl}: all in decimal). Not thread-safe: one per document.
 */
final class WordNumbering {

    /** One level of a list: how it starts, counts and prints. */
    record Level(int start, String numFmt, String lvlText, Integer restart, boolean legal, String suffix, String style) {
    }

    /** The number Word prints before a paragraph, and what follows it (tab, space or nothing). */
    record Label(String text, String suffix) {
    }

    private record Num(int abstractId, Map<Integer, Integer> startOverrides, Map<Integer, Level> levelOverrides) {
    }

    private static final int LEVELS = 9;

    private final Map<Integer, Level[]> abstracts = new HashMap<>();
    private final Map<Integer, String> styleLinks = new HashMap<>();
    private final Map<Integer, Num> nums = new HashMap<>();
    private final WordStyles styles;
    /** Per abstract definition: the last number of each level, or null when the level (re)starts. */
    private final Map<Integer, Integer[]> counters = new HashMap<>();
    private final Set<Integer> numsUsed = new HashSet<>();

    static WordNumbering none(WordStyles styles) {
        return new WordNumbering(null, styles);
    }

    WordNumbering(Document doc, WordStyles styles) {
        this.styles = styles;
        if (doc == null) {
            return;
        }
        for (Element e : Xml.children(doc.getDocumentElement())) {
            if (Xml.is(e, "abstractNum")) {
                Integer id = Xml.intAttr(e, "abstractNumId");
                if (id == null) {
                    continue;
                }
                Level[] levels = new Level[LEVELS];
                for (Element l : Xml.children(e)) {
                    if (Xml.is(l, "lvl")) {
                        Integer ilvl = Xml.intAttr(l, "ilvl");
                        if (ilvl != null && ilvl >= 0 && ilvl < LEVELS) {
                            levels[ilvl] = level(l);
                        }
                    }
                }
                abstracts.put(id, levels);
                String link = Xml.val(Xml.child(e, "numStyleLink"));
                if (link != null) {
                    styleLinks.put(id, link);
                }
            } else if (Xml.is(e, "num")) {
                Integer id = Xml.intAttr(e, "numId");
                Integer abs = Xml.intVal(Xml.child(e, "abstractNumId"));
                if (id == null || abs == null) {
                    continue;
                }
                Map<Integer, Integer> starts = new HashMap<>();
                Map<Integer, Level> replaced = new HashMap<>();
                for (Element o : Xml.children(e)) {
                    Integer ilvl = Xml.is(o, "lvlOverride") ? Xml.intAttr(o, "ilvl") : null;
                    if (ilvl == null || ilvl < 0 || ilvl >= LEVELS) {
                        continue;
                    }
                    Integer start = Xml.intVal(Xml.child(o, "startOverride"));
                    if (start != null) {
                        starts.put(ilvl, start);
                    }
                    Element lvl = Xml.child(o, "lvl");
                    if (lvl != null) {
                        replaced.put(ilvl, level(lvl));
                    }
                }
                nums.put(id, new Num(abs, starts, replaced));
            }
        }
    }

    private static Level level(Element l) {
        Integer start = Xml.intVal(Xml.child(l, "start"));
        Element text = Xml.child(l, "lvlText");
        return new Level(start == null ? 0 : start, Xml.val(Xml.child(l, "numFmt")),
            text == null ? "" : text.getAttributeNS(Xml.W, "val"), Xml.intVal(Xml.child(l, "lvlRestart")),
            Boolean.TRUE.equals(Xml.onOff(Xml.child(l, "isLgl"))), Xml.val(Xml.child(l, "suff")),
            Xml.val(Xml.child(l, "pStyle")));
    }

    /** The level of list {@code numId} that paragraph style {@code styleId} is linked to ({@code w:pStyle}), or 0. */
    int levelOfStyle(int numId, String styleId) {
        Num num = nums.get(numId);
        Level[] defs = num == null ? null : abstracts.get(linked(num.abstractId()));
        if (defs == null || styleId == null) {
            return 0;
        }
        for (int l = 0; l < LEVELS; l++) {
            Level def = level(num, defs, l);
            if (def != null && styleId.equals(def.style())) {
                return l;
            }
        }
        return 0;
    }

    /**
     * Counts a paragraph of list {@code numId} at level {@code ilvl} and returns the
     * number Word prints before it, or null when it prints none (a bullet, an
     * undefined list, {@code numId} 0 which switches numbering off).
     */
    Label next(int numId, int ilvl) {
        Num num = nums.get(numId);
        if (num == null) {
            return null;
        }
        int level = Math.max(0, Math.min(LEVELS - 1, ilvl));
        int absId = linked(num.abstractId());
        Level[] defs = abstracts.get(absId);
        if (defs == null) {
            return null;
        }
        Level def = level(num, defs, level);
        if (def == null) {
            return null;
        }
        Integer[] count = counters.computeIfAbsent(absId, k -> new Integer[LEVELS]);
        if (numsUsed.add(numId)) {
            for (Integer l : num.startOverrides().keySet()) {
                count[l] = null;
            }
        }
        count[level] = count[level] == null ? start(num, def, level) : count[level] + 1;
        for (int d = level + 1; d < LEVELS; d++) {
            Level below = level(num, defs, d);
            Integer restart = below == null ? null : below.restart();
            if (restart == null || (restart != 0 && level < restart)) {
                count[d] = null;
            }
        }
        if ("bullet".equals(def.numFmt())) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        String pattern = def.lvlText();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int l = pattern.charAt(++i) - '1';
                Level ld = level(num, defs, l);
                int value = count[l] != null ? count[l] : ld == null ? 1 : start(num, ld, l);
                String fmt = ld == null ? "decimal" : def.legal() && l != level ? "decimal" : ld.numFmt();
                text.append(NumberFormats.format(value, fmt));
            } else {
                text.append(c);
            }
        }
        return new Label(text.toString(), def.suffix() == null ? "tab" : def.suffix());
    }

    /** The definition of a level for this list: the list's own override, else the abstract one. */
    private static Level level(Num num, Level[] defs, int level) {
        Level replaced = num.levelOverrides().get(level);
        return replaced != null ? replaced : defs[level];
    }

    private static int start(Num num, Level def, int level) {
        Integer override = num.startOverrides().get(level);
        return override != null ? override : def.start();
    }

    /** An abstract definition that only links to a numbering style resolves to the definition that style uses. */
    private int linked(int absId) {
        int id = absId;
        for (int hops = 0; hops < 4 && styleLinks.containsKey(id); hops++) {
            int[] viaStyle = styles.numbering(styleLinks.get(id));
            Num target = viaStyle == null ? null : nums.get(viaStyle[0]);
            if (target == null || target.abstractId() == id) {
                break;
            }
            id = target.abstractId();
        }
        return id;
    }
}
