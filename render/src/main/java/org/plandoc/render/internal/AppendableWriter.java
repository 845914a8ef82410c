package org.plandoc.render.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/** Lets Jackson write to any {@link Appendable} (a StringBuilder, a Writer). */
public final class AppendableWriter extends Writer {

    private final Appendable out;

    private AppendableWriter(Appendable out) {
        this.out = out;
    }

    /** {@code out} itself when it is a Writer, else a writer that appends to it. */
    public static Writer of(Appendable out) {
        return out instanceof Writer ? (Writer) out : new AppendableWriter(out);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        if (out instanceof StringBuilder) {
            ((StringBuilder) out).append(buf, off, len);    // render(…) to a String: no CharBuffer to walk char by char
        } else {
            out.append(CharBuffer.wrap(buf, off, len));
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.append(str, off, off + len);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
