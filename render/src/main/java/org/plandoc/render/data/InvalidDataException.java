package org.plandoc.render.data;

/**
 * Thrown by {@link DataReader} when its input is not plandoc data: the message
 * names the line and the field, e.g. {@code line 12: plans[0].sections[1].numbering.ordinal: must be a whole number}.
 */
public final class InvalidDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String field;

    public InvalidDataException(int line, String field, String problem) {
        super((line > 0 ? "line " + line + ": " : "") + (field.isEmpty() ? "" : field + ": ") + problem);
        this.line = line;
        this.field = field;
    }

    /** The 1-based line where the problem is, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The path of the field, e.g. {@code plans[0].title}; empty for the document itself. */
    public String field() {
        return field;
    }
}
