package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.DiagnosticCode;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.Seeds;

/** The parser's string constants and the core's {@link DiagnosticCode} type say the same thing. */
class DiagnosticCodesTest {

    @Test
    void everyConstantIsTheCodeOfTheTypeWithTheSameName() throws Exception {
        List<String> names = new ArrayList<>();
        for (Field f : DiagnosticCodes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                DiagnosticCode code = DiagnosticCode.valueOf(f.getName());
                assertThat(f.get(null)).as(f.getName()).isEqualTo(code.code());
                names.add(f.getName());
            }
        }
        assertThat(names).hasSize(DiagnosticCode.values().length);
    }

    @Test
    void theParserReportsEachCodeAtTheSeverityTheTypeGives() {
        PlanParser parser = PlanParser.builder().build();
        List<Document> docs = new ArrayList<>(Seeds.all());
        docs.addAll(Seeds.corpus());
        int seen = 0;
        for (Document doc : docs) {
            for (Diagnostic d : parser.parse(doc.text()).diagnostics()) {
                DiagnosticCode code = DiagnosticCode.of(d.code()).orElseThrow(() -> new AssertionError("unknown code " + d));
                assertThat(d.severity()).as(doc.name() + " " + d).isEqualTo(code.severity());
                seen++;
            }
        }
        assertThat(seen).isPositive();
    }
}
