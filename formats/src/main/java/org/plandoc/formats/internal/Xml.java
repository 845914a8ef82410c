package org.plandoc.formats.internal;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers for WordprocessingML: children by local name, {@code w:val}, on/off values. */
final class Xml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Xml() {
    }

    /** The element children of {@code e}, in order. */
    static List<Element> children(Node e) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) c);
            }
        }
        return out;
    }

    /** The first child of {@code e} in the Word namespace named {@code local}, or null (also when {@code e} is null). */
    static Element child(Element e, String local) {
        if (e == null) {
            return null;
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && local.equals(c.getLocalName()) && W.equals(c.getNamespaceURI())) {
                return (Element) c;
            }
        }
        return null;
    }

    /** Whether {@code e} is the Word element {@code local}. */
    static boolean is(Node e, String local) {
        return local.equals(e.getLocalName()) && W.equals(e.getNamespaceURI());
    }

    /** The {@code w:val} attribute of {@code e}, or null when {@code e} is null or has none. */
    static String val(Element e) {
        return attr(e, "val");
    }

    /** A Word attribute of {@code e}, or null. */
    static String attr(Element e, String local) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(W, local);
        return v == null || v.isEmpty() ? null : v;
    }

    /** An integer {@code w:val}, or null when absent or not a number. */
    static Integer intVal(Element e) {
        return intAttr(e, "val");
    }

    /** An integer Word attribute, or null when absent or not a number. */
    static Integer intAttr(Element e, String local) {
        String v = attr(e, local);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** An on/off property ({@code <w:b/>}, {@code <w:b w:val="0"/>}): null when absent, true when on. */
    static Boolean onOff(Element e) {
        if (e == null) {
            return null;
        }
        String v = val(e);
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off")
            || v.equalsIgnoreCase("none"));
    }
}
