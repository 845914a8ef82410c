package org.plandoc.render.internal;

import java.io.IOException;
import org.plandoc.render.PlanRenderer;

/**
 * Writes HTML and holds all of its escaping: everything that came from the
 * input goes through {@link #text}, which escapes markup characters and drops
 * characters HTML cannot hold (NUL, C0 controls, unpaired surrogates).
 */
public final class HtmlWriter {

    private final Appendable out;

    public HtmlWriter(Appendable out) {
        this.out = out;
    }

    /** Markup the renderer built itself, written as is. */
    public HtmlWriter raw(String html) {
        try {
            out.append(html);
        } catch (IOException e) {
            throw PlanRenderer.outputFailed(e);
        }
        return this;
    }

    /** Text from the input, escaped. */
    public HtmlWriter text(String text) {
        return raw(escape(text));
    }

    /** An opening tag with attribute pairs (name, value, …); values are escaped, null values left out. */
    public HtmlWriter open(String tag, String... attributes) {
        raw("<").raw(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                raw(" ").raw(attributes[i]).raw("=\"").raw(escape(attributes[i + 1])).raw("\"");
            }
        }
        return raw(">");
    }

    public HtmlWriter close(String tag) {
        return raw("</").raw(tag).raw(">");
    }

    /** {@code <tag attrs>text</tag>} with the text escaped. */
    public HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /**
     * Escapes {@code & < > " '}, writes the C1 controls and DEL (U+007F–U+009F, but U+0085) as
     * numeric references, and drops what no HTML or XML 1.0 document may hold: the C0 controls
     * but tab, LF and CR, U+FFFE, U+FFFF and unpaired surrogates. The same output as
     * commons-text's {@code escapeXml10} (a test compares them), without the dependency.
     */
    public static String escape(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(text, i, c);
            if (replacement != null && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (replacement == null) {
                    b.append(c);
                } else {
                    b.append(replacement);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    /** What stands for the char at {@code i}: an entity, "" to drop it, or null to keep it. */
    private static String replacement(String text, int i, char c) {
        switch (c) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            case '\'': return "&apos;";
            case '\t': case '\n': case '\r': return null;
            default: break;
        }
        if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
            return "";
        }
        if (c >= 0x7F && c <= 0x9F && c != 0x85) {
            return "&#" + (int) c + ";";
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? null : "";
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? null : "";
        }
        return null;
    }
}
