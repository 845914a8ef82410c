package org.plandoc.render.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.Comparison;
import org.plandoc.core.Deadline;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Item;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Quantity;
import org.plandoc.core.Section;
import org.plandoc.core.Severity;
import org.plandoc.core.SourceSpan;
import org.plandoc.core.Target;
import org.plandoc.core.TargetKind;
import org.plandoc.render.data.InvalidDataException;
import org.plandoc.render.data.Schema;

/**
 * Reads the data schema from a token stream, field by field, the mirror of
 * {@link SchemaWriter}. Builds only model records; every problem is an
 * {@link InvalidDataException} with the line and the field's path.
 */
public final class SchemaReader {

    private final JsonParser p;

    public SchemaReader(JsonParser parser) {
        this.p = parser;
    }

    private InvalidDataException error(String path, String problem) {
        int line = p.currentLocation() == null ? 0 : p.currentLocation().getLineNr();
        return new InvalidDataException(line, path, problem);
    }

    private void expect(JsonToken token, String path, String what) throws IOException {
        if (p.currentToken() != token) {
            throw error(path, "must be " + what + ", was " + describe(p.currentToken()));
        }
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case START_OBJECT: return "a mapping";
            case START_ARRAY: return "a list";
            case VALUE_STRING: return "text";
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE: case VALUE_FALSE: return "true/false";
            case VALUE_NULL: return "null";
            default: return t.asString() == null ? t.name() : t.asString();
        }
    }

    public ParseResult readDocument() throws IOException {
        p.nextToken();
        expect(JsonToken.START_OBJECT, "", "a mapping with schemaVersion and plans");
        Integer version = null;
        String charset = null;
        List<Plan> plans = null;
        List<Diagnostic> diagnostics = List.of();
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "schemaVersion":
                    version = integer("schemaVersion");
                    if (version > Schema.VERSION) {
                        throw error("schemaVersion", "is " + version + ", newer than this plandoc reads ("
                            + Schema.VERSION + "); upgrade plandoc");
                    }
                    if (version < 1) {
                        throw error("schemaVersion", "must be 1 or more, was " + version);
                    }
                    break;
                case "source":
                    charset = source();
                    break;
                case "plans":
                    plans = list("plans", this::plan);
                    break;
                case "diagnostics":
                    diagnostics = list("diagnostics", this::diagnostic);
                    break;
                default:
                    throw unknown("", name);
            }
        }
        if (version == null) {
            throw error("schemaVersion", "is missing: this is not plandoc data");
        }
        if (plans == null) {
            throw error("plans", "is missing");
        }
        if (p.nextToken() != null) {
            throw error("", "more than one document");
        }
        return new ParseResult(plans, diagnostics, charset);
    }

    /** The next field's name, with the parser moved onto its value; null at the end of the mapping. */
    private String field() throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME) {
            return null;
        }
        String name = p.currentName();
        p.nextToken();
        return name;
    }

    private InvalidDataException unknown(String path, String name) {
        return error(path.isEmpty() ? name : path + "." + name, "unknown field");
    }

    private String source() throws IOException {
        expect(JsonToken.START_OBJECT, "source", "a mapping");
        String charset = null;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "name": string("source.name"); break;
                case "charset": charset = string("source.charset"); break;
                default: throw unknown("source", name);
            }
        }
        return charset;
    }

    private interface Element<T> {
        T read(String path) throws IOException;
    }

    private <T> List<T> list(String path, Element<T> element) throws IOException {
        expect(JsonToken.START_ARRAY, path, "a list");
        List<T> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(element.read(path + "[" + out.size() + "]"));
        }
        return out;
    }

    private Plan plan(String path) throws IOException {
        expect(JsonToken.START_OBJECT, path, "a plan (a mapping)");
        String title = null;
        PlanMetadata metadata = PlanMetadata.EMPTY;
        List<String> preamble = List.of();
        List<Section> sections = List.of();
        List<String> closing = List.of();
        List<Target> targets = List.of();
        SourceSpan span = null;
        for (String name = field(); name != null; name = field()) {
            String at = path + "." + name;
            switch (name) {
                case "title": title = string(at); break;
                case "metadata": metadata = metadata(at); break;
                case "targets": targets = list(at, this::target); break;
                case "preamble": preamble = list(at, this::string); break;
                case "sections": sections = list(at, this::section); break;
                case "closing": closing = list(at, this::string); break;
                case "span": span = span(at); break;
                default: throw unknown(path, name);
            }
        }
        try {
            return new Plan(required(title, path + ".title"), metadata, preamble, sections, closing, targets, span);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(path, e.getMessage());
        }
    }

    private PlanMetadata metadata(String path) throws IOException {
        expect(JsonToken.START_OBJECT, path, "a mapping");
        String issuer = null;
        LocalDate date = null;
        String number = null;
        String recipients = null;
        LocalDate published = null;
        String source = null;
        for (String name = field(); name != null; name = field()) {
            String at = path + "." + name;
            switch (name) {
                case "issuer": issuer = string(at); break;
                case "date": date = date(at); break;
                case "documentNumber": number = string(at); break;
                case "recipients": recipients = string(at); break;
                case "published": published = date(at); break;
                case "source": source = string(at); break;
                default: throw unknown(path, name);
            }
        }
        return new PlanMetadata(issuer, date, number, recipients, published, source);
    }

    private Section section(String path) throws IOException {
        expect(JsonToken.START_OBJECT, path, "a section (a mapping)");
        Numbering numbering = null;
        String title = null;
        List<String> body = List.of();
        List<Item> items = List.of();
        List<Target> targets = List.of();
        List<String> lead = List.of();
        List<String> supporting = List.of();
        Deadline deadline = null;
        SourceSpan span = null;
        for (String name = field(); name != null; name = field()) {
            String at = path + "." + name;
            switch (name) {
                case "numbering": numbering = numbering(at); break;
                case "title": title = string(at); break;
                case "body": body = list(at, this::string); break;
                case "targets": targets = list(at, this::target); break;
                case "items": items = list(at, this::item); break;
                case "leadUnits": lead = list(at, this::string); break;
                case "supportingUnits": supporting = list(at, this::string); break;
                case "deadline": deadline = deadline(at); break;
                case "span": span = span(at); break;
                default: throw unknown(path, name);
            }
        }
        try {
            return new Section(required(numbering, path + ".numbering"), required(title, path + ".title"), body, items,
                targets, lead, supporting, deadline, span);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(path, e.getMessage());
        }
    }

    private Item item(String path) throws IOException {
        expect(JsonToken.START_OBJECT, path, "an item (a mapping)");
        Numbering numbering = null;
        String title = null;
        String text = null;
        List<Item> items = List.of();
        List<Target> targets = List.of();
        List<String> lead = List.of();
        List<String> supporting = List.of();
        Deadline deadline = null;
        SourceSpan span = null;
        for (String name = field(); name != null; name = field()) {
            String at = path + "." + name;
            switch (name) {
                case "numbering": numbering = numbering(at); break;
                case "title": title = string(at); break;
                case "text": text = string(at); break;
                case "leadUnits": lead = list(at, this::string); break;
                case "supportingUnits": supporting = list(at, this::string); break;
                case "deadline": deadline = deadline(at); break;
                case "items": items = list(at, this::item); break;
                case "targets": targets = list(at, this::target); break;
                case "span": span = span(at); break;
                default: throw unknown(path, name);
            }
        }
        try {
            return new Item(required(numbering, path + ".numbering"), title == null ? "" : title, text == null ? "" : text,
                items, targets, lead, supporting, deadline, span);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(path, e.getMessage());
        }
    }

    private Target target(String path) throws IOException {
        expect(JsonToken.START_OBJECT, path, "a target (a mapping)");
        String text = null;
        String indicator = "";
        Comparison comparator = null;
        BigDecimal value = null;
        BigDecimal upper = null;
        String unit = "";
        Quantity normalized = null;
        Deadline deadline = null;
        boolean placeholder = false;
        TargetKind kind = TargetKind.COMMITMENT;
        SourceSpan span = null;
        for (String name = field(); name != null; name = field()) {
            String at = path + "." + name;
            switch (name) {
                case "text": text = string(at); break;
                case "indicator": indicator = string(at); break;
                case "comparator": comparator = comparator(at); break;
                case "value": value = decimal(at); break;
                case "upper": upper = decimal(at); break;
                case "unit": unit = string(at); break;
                case "normalized": normalized = quantity(at); break;
                case "deadline": deadline = Deadline.ofText(string(at)); break;
                case "placeholder": placeholder = bool(at); break;
                case "kind": kind = kind(at); break;
                case "span": span = span(at); break;
                default: throw unknown(path, name);
            }
        }
        try {
            return new Target(required(text, path + ".text"), indicator, required(comparator, path + ".comparator"),
                value, upper, unit, normalized, deadline, placeholder, kind, span);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(path, e.getMessage());
        }
    }

    private Deadline deadline(String path) throws IOException {
        expect(JsonToken.START_OBJECT, path, "a mapping with text, date and precision");
        String text = null;
        LocalDate date = null;
        Deadline.Precision precision = null;
        for (String name = field(); name != null; name = field()) {
            String at = path + "." + name;
            switch (name) {
                case "text": text = string(at); break;
                case "date": date = date(at); break;
                case "precision":
                    String id = string(at);
                    try {
                        precision = Deadline.Precision.fromId(id);
                    } catch (IllegalArgumentException e) {
                        throw error(at, "unknown precision '" + id + "' (day, month, year, open)");
                    }
                    break;
                default: throw unknown(path, name);
            }
        }
        try {
            return new Deadline(required(text, path + ".text"), date, required(precision, path + ".precision"));
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    private Quantity quantity(String path) throws IOException {
        expect(JsonToken.START_OBJECT, path, "a mapping with value and unit");
        BigDecimal value = null;
        String unit = "";
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "value": value = decimal(path + ".value"); break;
                case "unit": unit = string(path + ".unit"); break;
                default: throw unknown(path, name);
            }
        }
        return new Quantity(required(value, path + ".value"), unit);
    }

    private Numbering numbering(String path) throws IOException {
        expect(JsonToken.START_OBJECT, path, "a mapping with style, ordinal and label");
        NumberingStyle style = null;
        Integer ordinal = null;
        String label = null;
        for (String name = field(); name != null; name = field()) {
            String at = path + "." + name;
            switch (name) {
                case "style":
                    String id = string(at);
                    try {
                        style = NumberingStyle.fromId(id);
                    } catch (IllegalArgumentException e) {
                        throw error(at, "unknown numbering style '" + id + "'");
                    }
                    break;
                case "ordinal": ordinal = integer(at); break;
                case "label": label = string(at); break;
                default: throw unknown(path, name);
            }
        }
        try {
            return new Numbering(required(style, path + ".style"), required(ordinal, path + ".ordinal"),
                label == null ? "" : label);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(path, e.getMessage());
        }
    }

    private SourceSpan span(String path) throws IOException {
        expect(JsonToken.START_OBJECT, path, "a mapping with start, end, line and column");
        int[] v = {-1, -1, -1, -1};
        for (String name = field(); name != null; name = field()) {
            String at = path + "." + name;
            switch (name) {
                case "start": v[0] = integer(at); break;
                case "end": v[1] = integer(at); break;
                case "line": v[2] = integer(at); break;
                case "column": v[3] = integer(at); break;
                default: throw unknown(path, name);
            }
        }
        for (int i = 0; i < 4; i++) {
            if (v[i] < 0) {
                throw error(path + "." + new String[] {"start", "end", "line", "column"}[i], "is missing");
            }
        }
        try {
            return new SourceSpan(v[0], v[1], v[2], v[3]);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(path, e.getMessage());
        }
    }

    private Diagnostic diagnostic(String path) throws IOException {
        expect(JsonToken.START_OBJECT, path, "a diagnostic (a mapping)");
        Severity severity = null;
        String code = null;
        String message = null;
        SourceSpan span = null;
        for (String name = field(); name != null; name = field()) {
            String at = path + "." + name;
            switch (name) {
                case "severity":
                    String id = string(at);
                    try {
                        severity = Severity.fromId(id);
                    } catch (IllegalArgumentException e) {
                        throw error(at, "unknown severity '" + id + "'");
                    }
                    break;
                case "code": code = string(at); break;
                case "message": message = string(at); break;
                case "span": span = span(at); break;
                default: throw unknown(path, name);
            }
        }
        try {
            return new Diagnostic(required(severity, path + ".severity"), required(code, path + ".code"),
                required(message, path + ".message"), span);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(path, e.getMessage());
        }
    }

    private Comparison comparator(String path) throws IOException {
        String id = string(path);
        try {
            return Comparison.fromId(id);
        } catch (IllegalArgumentException e) {
            throw error(path, "unknown comparator '" + id + "' (exactly, at-least, at-most, more-than, less-than, between, about)");
        }
    }

    private TargetKind kind(String path) throws IOException {
        String id = string(path);
        try {
            return TargetKind.fromId(id);
        } catch (IllegalArgumentException e) {
            throw error(path, "unknown kind '" + id + "' (commitment, result, baseline, requirement, penalty)");
        }
    }

    private String string(String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw error(path, "must be text, was " + describe(p.currentToken()));
        }
        return p.getText();
    }

    private int integer(String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw error(path, "must be a whole number, was " + describe(p.currentToken()));
        }
        return p.getIntValue();
    }

    private BigDecimal decimal(String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error(path, "must be a number, was " + describe(t));
        }
        // the text of the number, not a double: 1.20 stays 1.20
        return new BigDecimal(p.getText());
    }

    private boolean bool(String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw error(path, "must be true or false, was " + describe(t));
        }
        return t == JsonToken.VALUE_TRUE;
    }

    private LocalDate date(String path) throws IOException {
        String text = string(path);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(path, "must be a date like 2024-03-01, was '" + text + "'");
        }
    }

    private <T> T required(T value, String path) {
        if (value == null) {
            throw error(path, "is missing");
        }
        return value;
    }

}
