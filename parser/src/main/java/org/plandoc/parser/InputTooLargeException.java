package org.plandoc.parser;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The input is larger than the parser's limit ({@link PlanParser.Builder#maxInputSize}):
 * it was not parsed, and a stream or file was read no further than the limit.
 *
 * <pre>{@code
 * try {
 *     result = parser.parse(upload);
 * } catch (InputTooLargeException e) {
 *     respond(413, e.getMessage());   // the input is larger than the limit of 134217728 bytes
 * }
 * }</pre>
 *
 * <p>An {@link UncheckedIOException}: code that handles a failed read handles this one.
 */
public final class InputTooLargeException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    InputTooLargeException(String what, long limit) {
        super(new IOException("the input is larger than the limit of " + limit + " " + what
            + " (PlanParser.Builder.maxInputSize)"));
        this.limit = limit;
    }

    /** The limit that was passed, in the unit of the input (bytes, or chars for text). */
    public long limit() {
        return limit;
    }

    @Override
    public String getMessage() {
        return getCause().getMessage();
    }
}
