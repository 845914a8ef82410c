package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Section;

/**
 * Runs the examples of {@code spec.txt} (small hand-written examples) and of
 * {@code realworld-spec.txt} (excerpts of the real-world documents, one mechanism
 * each): input, then the outline it must give.
 */
class SpecTest {

    static final String FENCE = "````````````````````````````````";

    record Example(String file, int number, String heading, int line, String input, String expected) {
        @Override
        public String toString() {
            return file + " example " + number + " (line " + line + ", " + heading + ")";
        }
    }

    static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        out.addAll(examples("spec.txt"));
        out.addAll(examples("realworld-spec.txt"));
        return out;
    }

    static List<Example> examples(String file) {
        String spec;
        try (InputStream in = SpecTest.class.getResourceAsStream("/" + file)) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> out = new ArrayList<>();
        String[] lines = spec.split("\n", -1);
        String heading = "";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                heading = lines[i].substring(3);
            } else if (lines[i].equals(FENCE + " example")) {
                int start = i + 1;
                StringBuilder input = new StringBuilder();
                StringBuilder expected = new StringBuilder();
                boolean inInput = true;
                for (i = start; !lines[i].equals(FENCE); i++) {
                    if (inInput && lines[i].equals(".")) {
                        inInput = false;
                    } else {
                        (inInput ? input : expected).append(lines[i]).append('\n');
                    }
                }
                out.add(new Example(file, out.size() + 1, heading, start, input.toString(), expected.toString()));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void parsesAsTheSpecSays(Example example) {
        ParseResult result = PlanParser.builder().build().parse(example.input());
        assertThat(show(result)).as(visible(example.input())).isEqualTo(example.expected());
        Invariants.check(example.input(), result);
    }

    /** The outline in the spec's notation. */
    static String show(ParseResult result) {
        StringBuilder b = new StringBuilder();
        for (Plan plan : result.plans()) {
            b.append("plan: ").append(plan.title()).append('\n');
            if (!plan.metadata().isEmpty()) {
                b.append("meta: ").append(metadata(plan.metadata())).append('\n');
            }
            for (Section s : plan.sections()) {
                b.append(s.numbering().label()).append('[').append(s.numbering().ordinal()).append("] ")
                    .append(s.title()).append('\n');
                show(s.items(), "  ", b);
            }
            for (String c : plan.closing()) {
                b.append("closing: ").append(c).append('\n');
            }
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.code().startsWith("PD1") || d.code().equals(DiagnosticCodes.TRUNCATED)) {
                b.append("! ").append(d.code()).append('@').append(d.span().line()).append('\n');
            }
        }
        return b.toString();
    }

    /** The fields that are set, as name=value, in the record's order. */
    static String metadata(PlanMetadata m) {
        List<String> out = new ArrayList<>();
        if (m.issuer() != null) out.add("issuer=" + m.issuer());
        if (m.date() != null) out.add("date=" + m.date());
        if (m.documentNumber() != null) out.add("number=" + m.documentNumber());
        if (m.recipients() != null) out.add("recipients=" + m.recipients());
        if (m.published() != null) out.add("published=" + m.published());
        if (m.source() != null) out.add("source=" + m.source());
        return String.join(" ", out);
    }

    static void show(List<Item> items, String indent, StringBuilder b) {
        for (Item i : items) {
            b.append(indent).append(i.numbering().label()).append('[').append(i.numbering().ordinal()).append("] ")
                .append(i.title()).append('\n');
            show(i.items(), indent + "  ", b);
        }
    }

    /** Failure messages show the input with invisible characters made visible. */
    static String visible(String s) {
        return "input:\n" + s.replace("\u3000", "□").replace("\t", "→").replace(" ", "·");
    }
}
