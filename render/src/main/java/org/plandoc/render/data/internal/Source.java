package org.plandoc.render.data.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * What the mapping reads from: a Jackson parser (JSON or YAML) standing on a
 * value, with the rule for unknown fields, and every problem turned into a
 * {@link DataProblem} that names the line and the field's path.
 */
public final class Source {

    private final JsonParser p;
    private final boolean rejectUnknown;
    private final int maxDepth;

    public Source(JsonParser parser, boolean rejectUnknownFields) {
        this.p = parser;
        this.rejectUnknown = rejectUnknownFields;
        this.maxDepth = parser.streamReadConstraints().getMaxNestingDepth();
    }

    JsonParser parser() {
        return p;
    }

    boolean rejectsUnknownFields() {
        return rejectUnknown;
    }

    JsonToken token() {
        return p.currentToken();
    }

    int line() {
        JsonLocation at = p.currentTokenLocation();
        return at == null ? 0 : at.getLineNr();
    }

    /** A problem with the current value. */
    DataProblem problem(String problem) {
        return new DataProblem(p, line(), Paths.of(p), problem);
    }

    /** A problem with a field of the mapping that started at {@code line} and has just ended. */
    DataProblem problem(int line, String field, String problem) {
        String path = Paths.of(p);
        String at = field.isEmpty() ? path : path.isEmpty() ? field : path + "." + field;
        return new DataProblem(p, line, at, problem);
    }

    /** The next field's name, with the parser on its value; null at the end of the mapping. */
    String nextField() throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME) {
            return null;
        }
        String name = p.currentName();
        p.nextToken();
        return name;
    }

    /** Moves to the next element of a list; false at its end. */
    boolean nextElement() throws IOException {
        return p.nextToken() != JsonToken.END_ARRAY;
    }

    /** Skips the current value, however deep, without building anything; the nesting limit still holds. */
    void skip() throws IOException {
        if (!p.currentToken().isStructStart()) {
            return;
        }
        checkDepth();
        for (int open = 1; open > 0; ) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return;
            }
            if (t.isStructStart()) {
                open++;
                checkDepth();
            } else if (t.isStructEnd()) {
                open--;
            }
        }
    }

    /**
     * Fails unless the current token is {@code token}; a mapping or a list must also stand within
     * the nesting limit. Checked here, not only by the parser: Jackson's YAML parser enforces the
     * limit from 2.16 on, and the mapping reads nested values by recursion.
     */
    void expect(JsonToken token, String what) throws DataProblem {
        if (p.currentToken() != token || isAlias()) {
            throw problem("must be " + what + ", was " + describe());
        }
        if (token.isStructStart()) {
            checkDepth();
        }
    }

    private void checkDepth() throws DataProblem {
        int depth = p.getParsingContext().getNestingDepth();
        if (depth > maxDepth) {
            throw problem("nesting depth " + depth + " exceeds the limit of this reader, " + maxDepth);
        }
    }

    String text() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING || isAlias()) {
            throw problem("must be text, was " + describe());
        }
        return p.getText();
    }

    /**
     * An alias ({@code *name}) reads as the text of its name in Jackson's YAML
     * parser: refused, so that it never becomes data (and a billion-laughs file stops at its first alias).
     */
    private boolean isAlias() {
        return p instanceof YAMLParser && ((YAMLParser) p).isCurrentAlias();
    }

    String describe() {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        if (isAlias()) {
            return "a YAML alias (*" + safeText() + "): plandoc data has none";
        }
        switch (t) {
            case START_OBJECT: return "a mapping";
            case START_ARRAY: return "a list";
            case VALUE_STRING: return "text";
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: return "the number " + safeText();
            case VALUE_TRUE: case VALUE_FALSE: return "true/false";
            case VALUE_NULL: return "null";
            default: return t.asString() == null ? t.name() : t.asString();
        }
    }

    private String safeText() {
        try {
            String s = p.getText();
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        } catch (IOException e) {
            return "?";
        }
    }
}
