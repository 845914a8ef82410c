package org.plandoc.render.data.internal;

import static org.plandoc.render.data.internal.Values.BOOL;
import static org.plandoc.render.data.internal.Values.DATE;
import static org.plandoc.render.data.internal.Values.DECIMAL;
import static org.plandoc.render.data.internal.Values.INT;
import static org.plandoc.render.data.internal.Values.TEXT;
import static org.plandoc.render.data.internal.Values.ids;
import static org.plandoc.render.data.internal.Values.lazy;
import static org.plandoc.render.data.internal.Values.list;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.plandoc.render.data.Schema;

/**
 * The data schema, version {@value Schema#VERSION}: every type's fields, in the
 * order they are written, named once. JSON and YAML are written from it, both are
 * read with it, and {@code plandoc-v2.schema.json} is generated from it (a test
 * keeps the file in the jar equal to what this table says).
 *
 * <p>Reading accepts every earlier version too: a field that changed shape
 * (a target's {@code deadline}, text in version 1) reads in either shape, and
 * fields added since are simply absent in older files.
 */
public final class Mapping {

    private Mapping() {
    }

    private static final Field<SourceSpan, Integer> SPAN_START = Field.ofInt("start", SourceSpan::start).required();
    private static final Field<SourceSpan, Integer> SPAN_END = Field.ofInt("end", SourceSpan::end).required();
    private static final Field<SourceSpan, Integer> SPAN_LINE = Field.ofInt("line", SourceSpan::line).required();
    private static final Field<SourceSpan, Integer> SPAN_COLUMN = Field.ofInt("column", SourceSpan::column).required();
    public static final Shape<SourceSpan> SPAN = Shape.of("span", "a mapping with start, end, line and column",
        "Where a node stands in the decoded source: offsets in UTF-16 code units, 1-based line and column of the start.",
        v -> new SourceSpan(v.get(SPAN_START), v.get(SPAN_END), v.get(SPAN_LINE), v.get(SPAN_COLUMN)),
        SPAN_START, SPAN_END, SPAN_LINE, SPAN_COLUMN);

    private static final Field<Numbering, NumberingStyle> STYLE = Field.of("style",
        ids(NumberingStyle.values(), NumberingStyle::id, "numbering style"), Numbering::style).required();
    private static final Field<Numbering, Integer> ORDINAL = Field.ofInt("ordinal", Numbering::ordinal).required()
        .doc("the number it stands for");
    private static final Field<Numbering, String> LABEL = Field.of("label", TEXT, Numbering::label).orElse("")
        .doc("the number exactly as printed, damaged or not; empty for a heading without a number");
    public static final Shape<Numbering> NUMBERING = Shape.of("numbering", "a mapping with style, ordinal and label",
        "The number of a section or an item.",
        v -> new Numbering(v.get(STYLE), v.get(ORDINAL), v.get(LABEL)), STYLE, ORDINAL, LABEL);

    private static final Field<Quantity, BigDecimal> QUANTITY_VALUE = Field.of("value", DECIMAL, Quantity::value).required();
    private static final Field<Quantity, String> QUANTITY_UNIT = Field.of("unit", TEXT, Quantity::unit).orElse("");
    public static final Shape<Quantity> QUANTITY = Shape.of("quantity", "a mapping with value and unit",
        "A value with multipliers applied, and its unit.",
        v -> new Quantity(v.get(QUANTITY_VALUE), v.get(QUANTITY_UNIT)), QUANTITY_VALUE, QUANTITY_UNIT);

    private static final Field<Deadline, String> DEADLINE_TEXT = Field.of("text", TEXT, Deadline::text).required()
        .doc("as printed");
    private static final Field<Deadline, LocalDate> DEADLINE_DATE = Field.of("date", DATE, Deadline::date)
        .doc("the last day it allows");
    private static final Field<Deadline, Deadline.Precision> PRECISION = Field.of("precision",
        ids(Deadline.Precision.values(), Deadline.Precision::id, "precision"), Deadline::precision).required()
        .doc("unknown when only the words are known (a target's deadline read from version 1)");
    public static final Shape<Deadline> DEADLINE = Shape.of("deadline", "a mapping with text, date and precision",
        "完成时限: as printed, the last day it allows, and its precision.",
        v -> new Deadline(v.get(DEADLINE_TEXT), v.get(DEADLINE_DATE), v.get(PRECISION)),
        DEADLINE_TEXT, DEADLINE_DATE, PRECISION);

    /** A target's deadline: a mapping since version 2; version 1 wrote the phrase alone, as text. */
    private static final Value<Deadline> TARGET_DEADLINE = new Value<>() {
        @Override
        public void write(Sink out, Deadline value) throws IOException {
            DEADLINE.write(out, value);
        }

        @Override
        public Deadline read(Source in) throws IOException {
            return in.token() == JsonToken.VALUE_STRING ? Deadline.ofText(in.text()) : DEADLINE.read(in);
        }

        @Override
        public void describe(ObjectNode schema, Definitions definitions) {
            DEADLINE.describe(schema, definitions);
        }
    };

    private static final Field<PlanMetadata, String> ISSUER = Field.of("issuer", TEXT, PlanMetadata::issuer).doc("发文机关");
    private static final Field<PlanMetadata, LocalDate> DATE_OF_ISSUE = Field.of("date", DATE, PlanMetadata::date).doc("成文日期");
    private static final Field<PlanMetadata, String> NUMBER = Field.of("documentNumber", TEXT, PlanMetadata::documentNumber)
        .doc("文号");
    private static final Field<PlanMetadata, String> RECIPIENTS = Field.of("recipients", TEXT, PlanMetadata::recipients)
        .doc("主送机关");
    private static final Field<PlanMetadata, LocalDate> PUBLISHED = Field.of("published", DATE, PlanMetadata::published)
        .doc("发布日期 of a web page");
    private static final Field<PlanMetadata, String> PUBLISHER = Field.of("source", TEXT, PlanMetadata::source)
        .doc("信息来源 of a web page");
    public static final Shape<PlanMetadata> METADATA = Shape.of("metadata", "a mapping", "What a plan says about itself.",
        v -> new PlanMetadata(v.get(ISSUER), v.get(DATE_OF_ISSUE), v.get(NUMBER), v.get(RECIPIENTS), v.get(PUBLISHED),
            v.get(PUBLISHER)),
        ISSUER, DATE_OF_ISSUE, NUMBER, RECIPIENTS, PUBLISHED, PUBLISHER);

    private static final Field<Target, String> TARGET_TEXT = Field.of("text", TEXT, Target::text).required();
    private static final Field<Target, String> INDICATOR = Field.of("indicator", TEXT, Target::indicator).orElse("")
        .doc("what is counted or measured");
    private static final Field<Target, Comparison> COMPARATOR = Field.of("comparator",
        ids(Comparison.values(), Comparison::id, "comparator"), Target::comparator).required();
    private static final Field<Target, BigDecimal> VALUE = Field.of("value", DECIMAL, Target::value)
        .doc("the value as printed, before multipliers; absent only for a placeholder");
    private static final Field<Target, BigDecimal> UPPER = Field.of("upper", DECIMAL, Target::upper)
        .doc("the upper bound of a range (between)");
    private static final Field<Target, String> UNIT = Field.of("unit", TEXT, Target::unit).orElse("").doc("as printed");
    private static final Field<Target, Quantity> NORMALIZED = Field.of("normalized", QUANTITY, Target::normalized);
    private static final Field<Target, Deadline> TARGET_DEADLINE_FIELD = Field.of("deadline", TARGET_DEADLINE,
        Target::deadline).doc("the deadline that governs it (text in version 1)");
    private static final Field<Target, Boolean> PLACEHOLDER = Field.of("placeholder", BOOL, Target::placeholder)
        .orElse(false).doc("the value is redacted (XX) in a template");
    private static final Field<Target, TargetKind> KIND = Field.of("kind",
        ids(TargetKind.values(), TargetKind::id, "kind"), Target::kind).orElse(TargetKind.COMMITMENT)
        .doc("what the quantity is; only a commitment is a target of the plan (absent in version 1: commitment)");
    private static final Field<Target, SourceSpan> TARGET_SPAN = Field.of("span", SPAN, Target::span).span();
    public static final Shape<Target> TARGET = Shape.of("target", "a target (a mapping)",
        "A quantity in a plan: a commitment, or a result, baseline, requirement or penalty.",
        v -> new Target(v.get(TARGET_TEXT), v.get(INDICATOR), v.get(COMPARATOR), v.get(VALUE), v.get(UPPER), v.get(UNIT),
            v.get(NORMALIZED), v.get(TARGET_DEADLINE_FIELD), v.get(PLACEHOLDER), v.get(KIND), v.get(TARGET_SPAN)),
        TARGET_TEXT, INDICATOR, COMPARATOR, VALUE, UPPER, UNIT, NORMALIZED, TARGET_DEADLINE_FIELD, PLACEHOLDER, KIND,
        TARGET_SPAN);

    private static final Value<List<String>> TEXTS = list(TEXT);
    private static final Value<List<Target>> TARGETS = list(TARGET);

    private static final Field<Item, Numbering> ITEM_NUMBERING = Field.of("numbering", NUMBERING, Item::numbering).required();
    private static final Field<Item, String> ITEM_TITLE = Field.of("title", TEXT, Item::title).orElse("")
        .doc("the lead phrase; empty when the item has none");
    private static final Field<Item, String> ITEM_TEXT = Field.of("text", TEXT, Item::text).orElse("")
        .doc("the rest of its own text");
    private static final Field<Item, List<Item>> ITEM_ITEMS = Field.of("items", list(lazy(() -> Mapping.ITEM)), Item::items)
        .orElse(List.of()).doc("child items, any depth");
    private static final Field<Item, List<Target>> ITEM_TARGETS = Field.of("targets", TARGETS, Item::targets).orElse(List.of());
    private static final Field<Item, List<String>> ITEM_LEAD = Field.of("leadUnits", TEXTS, Item::leadUnits)
        .orElse(List.of()).doc("牵头单位, in order");
    private static final Field<Item, List<String>> ITEM_SUPPORTING = Field.of("supportingUnits", TEXTS,
        Item::supportingUnits).orElse(List.of()).doc("配合单位 / 责任单位 after the lead, in order");
    private static final Field<Item, Deadline> ITEM_DEADLINE = Field.of("deadline", DEADLINE, Item::deadline);
    private static final Field<Item, SourceSpan> ITEM_SPAN = Field.of("span", SPAN, Item::span).span();
    public static final Shape<Item> ITEM = Shape.of("item", "an item (a mapping)", "A numbered item, with its children.",
        v -> new Item(v.get(ITEM_NUMBERING), v.get(ITEM_TITLE), v.get(ITEM_TEXT), v.get(ITEM_ITEMS), v.get(ITEM_TARGETS),
            v.get(ITEM_LEAD), v.get(ITEM_SUPPORTING), v.get(ITEM_DEADLINE), v.get(ITEM_SPAN)),
        ITEM_NUMBERING, ITEM_TITLE, ITEM_TEXT, ITEM_ITEMS, ITEM_TARGETS, ITEM_LEAD, ITEM_SUPPORTING, ITEM_DEADLINE, ITEM_SPAN);

    private static final Field<Section, Numbering> SECTION_NUMBERING = Field.of("numbering", NUMBERING, Section::numbering)
        .required();
    private static final Field<Section, String> SECTION_TITLE = Field.of("title", TEXT, Section::title).required();
    private static final Field<Section, List<String>> BODY = Field.of("body", TEXTS, Section::body).orElse(List.of())
        .doc("paragraphs before the first item");
    private static final Field<Section, List<Target>> SECTION_TARGETS = Field.of("targets", TARGETS, Section::targets)
        .orElse(List.of()).doc("targets the section's title and body state");
    private static final Field<Section, List<Item>> SECTION_ITEMS = Field.of("items", list(ITEM), Section::items)
        .orElse(List.of());
    private static final Field<Section, List<String>> SECTION_LEAD = Field.of("leadUnits", TEXTS, Section::leadUnits)
        .orElse(List.of()).doc("units its own text names as leading it");
    private static final Field<Section, List<String>> SECTION_SUPPORTING = Field.of("supportingUnits", TEXTS,
        Section::supportingUnits).orElse(List.of());
    private static final Field<Section, Deadline> SECTION_DEADLINE = Field.of("deadline", DEADLINE, Section::deadline);
    private static final Field<Section, SourceSpan> SECTION_SPAN = Field.of("span", SPAN, Section::span).span();
    public static final Shape<Section> SECTION = Shape.of("section", "a section (a mapping)", "A level-1 unit of a plan.",
        v -> new Section(v.get(SECTION_NUMBERING), v.get(SECTION_TITLE), v.get(BODY), v.get(SECTION_ITEMS),
            v.get(SECTION_TARGETS), v.get(SECTION_LEAD), v.get(SECTION_SUPPORTING), v.get(SECTION_DEADLINE),
            v.get(SECTION_SPAN)),
        SECTION_NUMBERING, SECTION_TITLE, BODY, SECTION_TARGETS, SECTION_ITEMS, SECTION_LEAD, SECTION_SUPPORTING,
        SECTION_DEADLINE, SECTION_SPAN);

    private static final Field<Plan, String> PLAN_TITLE = Field.of("title", TEXT, Plan::title).required();
    private static final Field<Plan, PlanMetadata> PLAN_METADATA = Field.of("metadata", METADATA,
        (Plan p) -> p.metadata().isEmpty() ? null : p.metadata()).orElse(PlanMetadata.EMPTY);
    private static final Field<Plan, List<String>> PREAMBLE = Field.of("preamble", TEXTS, Plan::preamble).orElse(List.of());
    private static final Field<Plan, List<Target>> PLAN_TARGETS = Field.of("targets", TARGETS, Plan::targets)
        .orElse(List.of()).doc("plan-wide targets stated in the preamble");
    private static final Field<Plan, List<Section>> SECTIONS = Field.of("sections", list(SECTION), Plan::sections)
        .orElse(List.of());
    private static final Field<Plan, List<String>> CLOSING = Field.of("closing", TEXTS, Plan::closing).orElse(List.of());
    private static final Field<Plan, SourceSpan> PLAN_SPAN = Field.of("span", SPAN, Plan::span).span();
    public static final Shape<Plan> PLAN = Shape.of("plan", "a plan (a mapping)", "One plan document.",
        v -> new Plan(v.get(PLAN_TITLE), v.get(PLAN_METADATA), v.get(PREAMBLE), v.get(SECTIONS), v.get(CLOSING),
            v.get(PLAN_TARGETS), v.get(PLAN_SPAN)),
        PLAN_TITLE, PLAN_METADATA, PREAMBLE, PLAN_TARGETS, SECTIONS, CLOSING, PLAN_SPAN);

    private static final Field<Diagnostic, Severity> SEVERITY = Field.of("severity",
        ids(Severity.values(), Severity::id, "severity"), Diagnostic::severity).required();
    private static final Field<Diagnostic, String> CODE = Field.of("code", TEXT, Diagnostic::code).required()
        .doc("a stable code such as PD101");
    private static final Field<Diagnostic, String> MESSAGE = Field.of("message", TEXT, Diagnostic::message).required();
    private static final Field<Diagnostic, SourceSpan> DIAGNOSTIC_SPAN = Field.of("span", SPAN, Diagnostic::span).span();
    public static final Shape<Diagnostic> DIAGNOSTIC = Shape.of("diagnostic", "a diagnostic (a mapping)",
        "Something the parser repaired, set aside or doubted.",
        v -> new Diagnostic(v.get(SEVERITY), v.get(CODE), v.get(MESSAGE), v.get(DIAGNOSTIC_SPAN)),
        SEVERITY, CODE, MESSAGE, DIAGNOSTIC_SPAN);

    /** The file's source: its name (not part of the model) and the charset it was decoded with. */
    public record Origin(String name, String charset) {
    }

    private static final Field<Origin, String> ORIGIN_NAME = Field.of("name", TEXT, Origin::name).doc("the input's file name");
    private static final Field<Origin, String> ORIGIN_CHARSET = Field.of("charset", TEXT, Origin::charset)
        .doc("the charset the input was decoded with");
    public static final Shape<Origin> ORIGIN = Shape.of("source", "a mapping", "Where the plans were read from.",
        v -> new Origin(v.get(ORIGIN_NAME), v.get(ORIGIN_CHARSET)), ORIGIN_NAME, ORIGIN_CHARSET);

    /** A whole data file: a parse result and the name of its input. */
    public record Document(ParseResult result, String sourceName) {

        Origin origin() {
            return sourceName == null && result.charset() == null ? null : new Origin(sourceName, result.charset());
        }
    }

    /** schemaVersion: a version this plandoc reads, else refused before anything else of the file is read. */
    private static final Value<Integer> VERSION = new Value<>() {
        @Override
        public void write(Sink out, Integer value) throws IOException {
            out.number(value);
        }

        @Override
        public Integer read(Source in) throws IOException {
            int version = INT.read(in);
            if (version > Schema.VERSION) {
                throw in.problem("is " + version + ", newer than this plandoc reads (" + Schema.VERSION + "); upgrade plandoc");
            }
            if (version < Schema.OLDEST_VERSION) {
                throw in.problem("must be " + Schema.OLDEST_VERSION + " or more, was " + version);
            }
            return version;
        }

        @Override
        public void describe(ObjectNode schema, Definitions definitions) {
            schema.put("const", Schema.VERSION);
        }
    };

    private static final Field<Document, Integer> SCHEMA_VERSION = Field.of("schemaVersion", VERSION,
        (Document d) -> Schema.VERSION).required();
    private static final Field<Document, Origin> SOURCE = Field.of("source", ORIGIN, Document::origin);
    private static final Field<Document, List<Plan>> PLANS = Field.of("plans", list(PLAN), (Document d) -> d.result().plans())
        .required().always();
    private static final Field<Document, List<Diagnostic>> DIAGNOSTICS = Field.of("diagnostics", list(DIAGNOSTIC),
        (Document d) -> d.result().diagnostics()).orElse(List.of());
    public static final Shape<Document> DOCUMENT = Shape.of("document", "a mapping with schemaVersion and plans",
        "Plans read from Chinese government plan documents, as written by plandoc's JsonRenderer and YamlRenderer.",
        v -> new Document(new ParseResult(v.get(PLANS), v.get(DIAGNOSTICS), v.get(SOURCE) == null ? null
            : v.get(SOURCE).charset()), v.get(SOURCE) == null ? null : v.get(SOURCE).name()),
        SCHEMA_VERSION, SOURCE, PLANS, DIAGNOSTICS);
}
