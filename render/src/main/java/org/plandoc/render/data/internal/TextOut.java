package org.plandoc.render.data.internal;

import java.io.IOException;
import java.io.Writer;

/** An unsynchronized buffer in front of a writer: the YAML emitter writes a char at a time. */
final class TextOut {

    private final Writer out;
    private final char[] buf = new char[8192];
    private int n;

    TextOut(Writer out) {
        this.out = out;
    }

    void write(char c) throws IOException {
        if (n == buf.length) {
            flush();
        }
        buf[n++] = c;
    }

    void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    void write(String s, int off, int len) throws IOException {
        if (len > buf.length - n) {
            flush();
            if (len > buf.length) {
                out.write(s, off, len);
                return;
            }
        }
        s.getChars(off, off + len, buf, n);
        n += len;
    }

    void spaces(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            write(' ');
        }
    }

    void flush() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }
}
