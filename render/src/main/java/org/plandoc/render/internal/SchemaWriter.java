package org.plandoc.render.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Item;
import org.plandoc.core.Numbering;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Quantity;
import org.plandoc.core.Section;
import org.plandoc.core.SourceSpan;
import org.plandoc.core.Target;

/**
 * Writes the data schema (version 1) to any Jackson generator, so JSON and YAML
 * share one definition of every field name and of the field order. Streams: no
 * tree is built. Empty lists and null values are left out.
 */
public final class SchemaWriter {

    private final JsonGenerator g;
    private final boolean spans;

    public SchemaWriter(JsonGenerator generator, boolean spans) {
        this.g = generator;
        this.spans = spans;
    }

    /** A whole document: version, source, plans and diagnostics. */
    public void writeDocument(List<Plan> plans, List<Diagnostic> diagnostics, String sourceName, String charset)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", org.plandoc.render.data.Schema.VERSION);
        if (sourceName != null || charset != null) {
            g.writeObjectFieldStart("source");
            string("name", sourceName);
            string("charset", charset);
            g.writeEndObject();
        }
        g.writeArrayFieldStart("plans");
        for (Plan plan : plans) {
            plan(plan);
        }
        g.writeEndArray();
        if (!diagnostics.isEmpty()) {
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : diagnostics) {
                g.writeStartObject();
                g.writeStringField("severity", d.severity().id());
                g.writeStringField("code", d.code());
                g.writeStringField("message", d.message());
                span(d.span());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    public void writeDocument(ParseResult result, String sourceName) throws IOException {
        writeDocument(result.plans(), result.diagnostics(), sourceName, result.charset());
    }

    private void plan(Plan plan) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", plan.title());
        metadata(plan.metadata());
        strings("preamble", plan.preamble());
        targets(plan.targets());
        if (!plan.sections().isEmpty()) {
            g.writeArrayFieldStart("sections");
            for (Section s : plan.sections()) {
                section(s);
            }
            g.writeEndArray();
        }
        strings("closing", plan.closing());
        span(plan.span());
        g.writeEndObject();
    }

    private void metadata(PlanMetadata m) throws IOException {
        if (m.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("metadata");
        string("issuer", m.issuer());
        date("date", m.date());
        string("documentNumber", m.documentNumber());
        string("recipients", m.recipients());
        date("published", m.published());
        string("source", m.source());
        g.writeEndObject();
    }

    private void section(Section s) throws IOException {
        g.writeStartObject();
        numbering(s.numbering());
        g.writeStringField("title", s.title());
        strings("body", s.body());
        targets(s.targets());
        items(s.items());
        assignment(s.leadUnits(), s.supportingUnits(), s.deadline());
        span(s.span());
        g.writeEndObject();
    }

    private void items(List<Item> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("items");
        for (Item item : items) {
            g.writeStartObject();
            numbering(item.numbering());
            g.writeStringField("title", item.title());
            g.writeStringField("text", item.text());
            items(item.items());
            targets(item.targets());
            assignment(item.leadUnits(), item.supportingUnits(), item.deadline());
            span(item.span());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Who leads, who supports, by when: on items, and on sections whose own text says so. */
    private void assignment(List<String> lead, List<String> supporting, org.plandoc.core.Deadline deadline)
            throws IOException {
        strings("leadUnits", lead);
        strings("supportingUnits", supporting);
        if (deadline != null) {
            g.writeObjectFieldStart("deadline");
            g.writeStringField("text", deadline.text());
            date("date", deadline.date());
            g.writeStringField("precision", deadline.precision().id());
            g.writeEndObject();
        }
    }

    private void targets(List<Target> targets) throws IOException {
        if (targets.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("targets");
        for (Target t : targets) {
            target(t);
        }
        g.writeEndArray();
    }

    private void target(Target t) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", t.text());
        g.writeStringField("indicator", t.indicator());
        g.writeStringField("comparator", t.comparator().id());
        number("value", t.value());
        number("upper", t.upper());
        g.writeStringField("unit", t.unit());
        Quantity n = t.normalized();
        if (n != null) {
            g.writeObjectFieldStart("normalized");
            number("value", n.value());
            g.writeStringField("unit", n.unit());
            g.writeEndObject();
        }
        string("deadline", t.deadline() == null ? null : t.deadline().text());
        g.writeBooleanField("placeholder", t.placeholder());
        g.writeStringField("kind", t.kind().id());
        span(t.span());
        g.writeEndObject();
    }

    private void numbering(Numbering n) throws IOException {
        g.writeObjectFieldStart("numbering");
        g.writeStringField("style", n.style().id());
        g.writeNumberField("ordinal", n.ordinal());
        g.writeStringField("label", n.label());
        g.writeEndObject();
    }

    private void span(SourceSpan s) throws IOException {
        if (!spans || s == null) {
            return;
        }
        g.writeObjectFieldStart("span");
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeNumberField("line", s.line());
        g.writeNumberField("column", s.column());
        g.writeEndObject();
    }

    private void strings(String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void string(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private void date(String name, LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }

    private void number(String name, BigDecimal value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            // plain digits, never 1.2E+4: the value reads back with the same scale
            g.writeNumber(value.toPlainString());
        }
    }
}
