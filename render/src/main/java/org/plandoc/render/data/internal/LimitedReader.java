package org.plandoc.render.data.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * The reader data is read through: drops a byte-order mark at the start (a
 * JSON file saved by Windows tools has one), and refuses a document longer than
 * its limit or a line longer than its limit (see {@link YamlScalars#FOLD} for why
 * YAML needs one) as soon as it gets there, before a parser spends time on it.
 */
public final class LimitedReader extends Reader {

    /** A limit was passed: the message says which, {@link #line()} where. */
    public static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        TooLong(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final Reader in;
    private final long maxLength;
    private final int maxLine;
    private long length;
    private int lineLength;
    private int line = 1;
    private boolean started;

    public LimitedReader(Reader in, long maxLength, int maxLine) {
        this.in = in;
        this.maxLength = maxLength;
        this.maxLine = maxLine;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        if (!started && n > 0) {
            started = true;
            if (buf[off] == '\uFEFF') {
                System.arraycopy(buf, off + 1, buf, off, n - 1);
                n--;
                if (n == 0) {
                    return read(buf, off, len);
                }
            }
        }
        if (n <= 0) {
            return n;
        }
        length += n;
        if (maxLine < Integer.MAX_VALUE) {
            for (int i = off; i < off + n; i++) {
                if (buf[i] == '\n') {
                    line++;
                    lineLength = 0;
                } else if (++lineLength > maxLine) {
                    throw new TooLong("line " + line + " is longer than " + maxLine + " characters: not data plandoc writes", line);
                }
            }
        }
        if (length > maxLength) {
            throw new TooLong("longer than " + maxLength + " characters, the limit of this reader", line);
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
