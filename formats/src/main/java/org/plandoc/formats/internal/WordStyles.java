package org.plandoc.formats.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The styles of a Word file (styles.xml) as far as plandoc needs them: outline
 * level, alignment, bold and numbering, each looked up through the {@code basedOn}
 * chain, and the document defaults.
 */
final class WordStyles {

    /** One style's own settings; null where it sets nothing. */
    private record Style(String type, String name, String basedOn, Integer outlineLevel, String jc, Boolean bold,
                         Integer numId, Integer ilvl) {
    }

    /** basedOn chains longer than this are broken files (or loops). */
    private static final int MAX_CHAIN = 32;

    private final Map<String, Style> styles = new HashMap<>();
    private String defaultParagraph;
    private Boolean defaultBold;

    static final WordStyles NONE = new WordStyles(null);

    WordStyles(Document doc) {
        if (doc == null) {
            return;
        }
        Element root = doc.getDocumentElement();
        Element defaults = Xml.child(root, "docDefaults");
        Element rPrDefault = Xml.child(Xml.child(defaults, "rPrDefault"), "rPr");
        defaultBold = Xml.onOff(Xml.child(rPrDefault, "b"));
        for (Element s : Xml.children(root)) {
            if (!Xml.is(s, "style")) {
                continue;
            }
            String id = Xml.attr(s, "styleId");
            if (id == null) {
                continue;
            }
            String type = Xml.attr(s, "type");
            Element pPr = Xml.child(s, "pPr");
            Element numPr = Xml.child(pPr, "numPr");
            Style style = new Style(type == null ? "paragraph" : type, Xml.val(Xml.child(s, "name")),
                Xml.val(Xml.child(s, "basedOn")), Xml.intVal(Xml.child(pPr, "outlineLvl")), Xml.val(Xml.child(pPr, "jc")),
                Xml.onOff(Xml.child(Xml.child(s, "rPr"), "b")), Xml.intVal(Xml.child(numPr, "numId")),
                Xml.intVal(Xml.child(numPr, "ilvl")));
            styles.put(id, style);
            String isDefault = Xml.attr(s, "default");
            if ("paragraph".equals(style.type()) && ("1".equals(isDefault) || "true".equals(isDefault)
                || "on".equals(isDefault))) {
                defaultParagraph = id;
            }
        }
    }

    /** The style a paragraph without {@code w:pStyle} has. */
    String defaultParagraphStyle() {
        return defaultParagraph;
    }

    /**
     * The outline level (0 to 8) a paragraph style gives, through its chain; from the
     * style's name (Heading 1, 标题 1) when no level is set; -1 for body text.
     */
    int outlineLevel(String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && depth < MAX_CHAIN; depth++) {
            Style s = styles.get(id);
            if (s == null) {
                break;
            }
            if (s.outlineLevel() != null) {
                return s.outlineLevel() <= 8 && s.outlineLevel() >= 0 ? s.outlineLevel() : -1;
            }
            int byName = headingNumber(s.name());
            if (byName > 0) {
                return byName - 1;
            }
            id = s.basedOn();
        }
        return -1;
    }

    /** 1 to 9 for a style named heading 1 … heading 9 or 标题 1 …; 0 otherwise. */
    static int headingNumber(String name) {
        if (name == null) {
            return 0;
        }
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        String rest = n.startsWith("heading") ? n.substring(7) : n.startsWith("标题") ? n.substring(2) : null;
        if (rest == null || rest.length() != 1 || rest.charAt(0) < '1' || rest.charAt(0) > '9') {
            return 0;
        }
        return rest.charAt(0) - '0';
    }

    /** The alignment a style gives through its chain, or null. */
    String jc(String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && depth < MAX_CHAIN; depth++) {
            Style s = styles.get(id);
            if (s == null) {
                break;
            }
            if (s.jc() != null) {
                return s.jc();
            }
            id = s.basedOn();
        }
        return null;
    }

    /** Whether a style makes text bold, through its chain; null when it does not say. */
    Boolean bold(String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && depth < MAX_CHAIN; depth++) {
            Style s = styles.get(id);
            if (s == null) {
                break;
            }
            if (s.bold() != null) {
                return s.bold();
            }
            id = s.basedOn();
        }
        return null;
    }

    /** Bold as the document defaults set it (false when they do not say). */
    boolean defaultBold() {
        return Boolean.TRUE.equals(defaultBold);
    }

    /** The numbering a paragraph style brings, through its chain: {numId, ilvl or -1}, or null. */
    int[] numbering(String styleId) {
        String id = styleId;
        Integer ilvl = null;
        for (int depth = 0; id != null && depth < MAX_CHAIN; depth++) {
            Style s = styles.get(id);
            if (s == null) {
                break;
            }
            if (ilvl == null) {
                ilvl = s.ilvl();
            }
            if (s.numId() != null) {
                return new int[] {s.numId(), ilvl == null ? -1 : ilvl};
            }
            id = s.basedOn();
        }
        return null;
    }
}
