package org.plandoc.render.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.plandoc.core.Deadline;
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
import org.plandoc.render.data.internal.Definitions;
import org.plandoc.render.data.internal.JsonSink;
import org.plandoc.render.data.internal.Mapping;
import org.plandoc.render.data.internal.Sink;
import org.plandoc.render.data.internal.Source;
import org.plandoc.render.data.internal.Value;

/**
 * plandoc's data schema as a Jackson module: register it, and a mapper writes
 * and reads the model records in the schema's shape — a {@link ParseResult} as a
 * whole data file ({@code schemaVersion}, {@code plans}, {@code diagnostics}),
 * every other record as the schema's mapping for it, wherever it stands in your
 * own types. The core model stays free of Jackson: the module maps it from outside.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new PlandocModule()).build();
 * String json = mapper.writeValueAsString(plan);              // {"title": …, "sections": [ … ]}
 * ParseResult back = mapper.readValue(file, ParseResult.class);
 * record Stored(String id, Plan plan) { }                      // your type, with a plan in it
 * Stored s = mapper.readValue(text, Stored.class);
 * }</pre>
 *
 * <p>Unknown fields follow the mapper's {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}
 * (on by default in Jackson: refused; off: skipped). A problem is reported as a
 * {@link com.fasterxml.jackson.databind.JsonMappingException} whose message names the line and the field.
 * {@link DataReader} is this module with plandoc's limits for untrusted input set. Writing
 * YAML through Jackson's own YAML generator inherits SnakeYAML's emitter, which mangles some
 * characters (U+2028, unpaired surrogates): {@link YamlRenderer} does not. Immutable and thread-safe.
 */
public final class PlandocModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public PlandocModule() {
        super("plandoc", Version.unknownVersion());
        map(ParseResult.class, new DocumentValue());
        map(Plan.class, Mapping.PLAN);
        map(Section.class, Mapping.SECTION);
        map(Item.class, Mapping.ITEM);
        map(Target.class, Mapping.TARGET);
        map(Numbering.class, Mapping.NUMBERING);
        map(SourceSpan.class, Mapping.SPAN);
        map(Quantity.class, Mapping.QUANTITY);
        map(Deadline.class, Mapping.DEADLINE);
        map(PlanMetadata.class, Mapping.METADATA);
        map(Diagnostic.class, Mapping.DIAGNOSTIC);
    }

    private <T> void map(Class<T> type, Value<T> value) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T v, JsonGenerator g, SerializerProvider provider) throws IOException {
                value.write(new JsonSink(g, true), v);
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return value.read(new Source(p, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));
            }
        });
    }

    /** A parse result as a whole file: the document shape, without a source name. */
    private static final class DocumentValue implements Value<ParseResult> {

        @Override
        public void write(Sink out, ParseResult value) throws IOException {
            Mapping.DOCUMENT.write(out, new Mapping.Document(value, null));
        }

        @Override
        public ParseResult read(Source in) throws IOException {
            return Mapping.DOCUMENT.read(in).result();
        }

        @Override
        public void describe(ObjectNode schema, Definitions definitions) {
            Mapping.DOCUMENT.describe(schema, definitions);
        }
    }
}
