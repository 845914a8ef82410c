package org.plandoc.render.data.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * plandoc's YAML emitter: block style, two spaces a level, list entries
 * indented under their key ({@code plans:\n  - title: …}), empty containers as
 * {@code []} and {@code {}}. Strings go through {@link YamlScalars}, which holds
 * all of the escaping. Written instead of Jackson's YAML generator because
 * SnakeYAML's emitter writes U+0085, U+2028 and U+2029 unescaped (they read back
 * as line breaks) and pairs an unpaired surrogate with the next character.
 */
public final class YamlSink implements Sink {

    /** A mapping or a list being written. */
    private static final class Frame {
        final boolean map;
        final int indent;
        final boolean afterDash;
        final boolean root;
        int count;

        Frame(boolean map, int indent, boolean afterDash, boolean root) {
            this.map = map;
            this.indent = indent;
            this.afterDash = afterDash;
            this.root = root;
        }
    }

    private final TextOut out;
    private final boolean spans;
    private final Deque<Frame> frames = new ArrayDeque<>();

    public YamlSink(Writer out, boolean spans) {
        this.out = new TextOut(out);
        this.spans = spans;
    }

    /** Writes out what is buffered; call once the document is written. */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public boolean spans() {
        return spans;
    }

    @Override
    public void startObject() throws IOException {
        open(true);
    }

    @Override
    public void startArray() throws IOException {
        open(false);
    }

    private void open(boolean map) throws IOException {
        Frame parent = frames.peek();
        if (parent == null) {
            frames.push(new Frame(map, 0, false, true));
            return;
        }
        boolean afterDash = !parent.map;
        if (afterDash) {
            entry(parent);
            out.write('-');
        }
        frames.push(new Frame(map, parent.indent + 2, afterDash, false));
    }

    @Override
    public void endObject() throws IOException {
        close();
    }

    @Override
    public void endArray() throws IOException {
        close();
    }

    private void close() throws IOException {
        Frame f = frames.pop();
        if (f.count == 0) {
            out.write(f.root ? "" : " ");
            out.write(f.map ? "{}" : "[]");
            out.write('\n');
        }
    }

    /** Starts an entry of {@code f}: the first one ends the line that opened it (or goes on after its dash). */
    private void entry(Frame f) throws IOException {
        if (f.count == 0 && !f.root) {
            if (f.afterDash) {
                out.write(' ');
            } else {
                out.write('\n');
                out.spaces(f.indent);
            }
        } else {
            out.spaces(f.indent);
        }
        f.count++;
    }

    @Override
    public void field(Name name) throws IOException {
        entry(frames.peek());
        out.write(name.text());
        out.write(':');
    }

    /** Before a scalar: a list entry writes its dash. Then the scalar follows after a space. */
    private Frame scalar() throws IOException {
        Frame f = frames.peek();
        if (f != null && !f.map) {
            entry(f);
            out.write('-');
        }
        out.write(' ');
        return f;
    }

    @Override
    public void string(String value) throws IOException {
        Frame f = scalar();
        YamlScalars.write(out, value, f == null ? 2 : f.indent + 2);
        out.write('\n');
    }

    @Override
    public void number(int value) throws IOException {
        scalar();
        out.write(Integer.toString(value));
        out.write('\n');
    }

    @Override
    public void number(BigDecimal value) throws IOException {
        scalar();
        out.write(value.toPlainString());
        out.write('\n');
    }

    @Override
    public void bool(boolean value) throws IOException {
        scalar();
        out.write(value ? "true" : "false");
        out.write('\n');
    }
}
