package org.plandoc.render.internal;

import java.io.IOException;
import org.plandoc.render.PlanRenderer;

/**
 * Writes CommonMark and holds all of its escaping. When in doubt, we escape:
 * text from a plan must never turn into Markdown syntax.
 */
public final class MarkdownWriter {

    private final Appendable out;
    private boolean blockOpen;

    public MarkdownWriter(Appendable out) {
        this.out = out;
    }

    /**
     * A heading of {@code level} (1–6) with escaped text on one line, without outer whitespace
     * (CommonMark drops outer spaces and tabs of a heading; the rest goes too, as in paragraphs).
     */
    public void heading(int level, String text) {
        block();
        raw("#".repeat(Math.max(1, Math.min(6, level)))).raw(" ").raw(escapeInline(oneLine(text).strip())).raw("\n");
    }

    /** A paragraph of escaped text; line breaks inside become spaces. */
    public void paragraph(String text) {
        String t = oneLine(text).strip();
        if (t.isEmpty()) {
            return;
        }
        block();
        raw(escapeLineStart(escapeInline(t))).raw("\n");
    }

    /** A list entry: {@code indent} spaces, a dash, then escaped text. */
    public void bullet(int indent, String text) {
        if (!blockOpen) {
            block();
        }
        raw(" ".repeat(indent)).raw("- ").raw(escapeLineStart(escapeInline(oneLine(text).strip()))).raw("\n");
    }

    /** A raw block (no escaping): for markup the renderer built itself. */
    public void rawBlock(String markdown) {
        block();
        raw(markdown).raw("\n");
    }

    /** Ends a list so that the next block starts a new one. */
    public void endList() {
        blockOpen = true;
    }

    private void block() {
        if (blockOpen) {
            raw("\n");
        }
        blockOpen = true;
    }

    private MarkdownWriter raw(String s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw PlanRenderer.outputFailed(e);
        }
        return this;
    }

    /** {@code s} on one line: each line break (CR LF, LF, CR) a space. */
    public static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * Backslash before every ASCII char CommonMark could read as inline syntax, and before
     * {@code #}: a heading's text ending in {@code " #"} would otherwise be read as its closing
     * sequence and dropped ({@code # 工作要点 #} came back as 工作要点). An escaped {@code #} never closes.
     */
    public static String escapeInline(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>&!|~#".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * Escapes what would open a block at the start of a line: # > - + = and an
     * ordered-list number (1. or 1)).
     */
    static String escapeLineStart(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        if ("#>-+=".indexOf(c) >= 0) {
            return "\\" + s;
        }
        int i = 0;
        while (i < s.length() && i < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i > 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')')) {
            return s.substring(0, i) + "\\" + s.substring(i);
        }
        return s;
    }
}
