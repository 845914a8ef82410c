package org.plandoc.render.internal;

import java.io.IOException;
import org.apache.commons.text.StringEscapeUtils;
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

    /** Escapes &amp; &lt; &gt; &quot; &apos; and removes chars that HTML cannot hold. */
    public static String escape(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }
}
