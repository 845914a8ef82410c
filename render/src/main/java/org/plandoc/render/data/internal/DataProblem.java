package org.plandoc.render.data.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Data that is not plandoc's, found while mapping: a Jackson exception (so a
 * Jackson user's mapper reports it as its own) that keeps the line, the field
 * path and the problem apart for {@link org.plandoc.render.data.InvalidDataException}.
 */
public final class DataProblem extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String field;
    private final String problem;

    DataProblem(JsonParser parser, int line, String field, String problem) {
        super(parser, (line > 0 ? "line " + line + ": " : "") + (field.isEmpty() ? "" : field + ": ") + problem);
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
