package org.plandoc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.plandoc.core.Numbering;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.office.DocxRenderer;
import org.plandoc.parser.PlanParser;
import org.plandoc.render.text.TextRenderer;
import org.plandoc.seeds.Seeds;

/**
 * Writing a 100-page plan as a .docx (GB/T 9704 layout, Apache POI) beside parsing the same
 * plan from text, in one run: {@link Report} prints their ratio. The plan is the first plan of
 * seed 000 with its sections repeated, numbered on, to 48,000 characters of text: 100 pages as
 * LibreOffice lays out the .docx (about 490 characters a page, headings and short lines included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class DocxBenchmark {

    final PlanParser parser = PlanParser.builder().build();
    final DocxRenderer docx = DocxRenderer.builder().build();
    String text;
    ParseResult parsed;

    @Setup(Level.Trial)
    public void setUp() {
        text = hundredPages();
        parsed = parser.parse(text);
        if (parsed.plans().size() != 1) {
            throw new IllegalStateException("the 100-page text parses as " + parsed.plans().size() + " plans");
        }
    }

    /** The first plan of seed 000 with its sections repeated and renumbered, as one plan's text of 48,000 characters. */
    static String hundredPages() {
        Plan seed = PlanParser.builder().build().parse(Seeds.text("000_783c6789df017487.txt")).plans().get(0);
        List<Section> sections = new ArrayList<>();
        String text = "";
        while (text.length() < 48_000) {
            for (Section s : seed.sections()) {
                Numbering next = new Numbering(s.numbering().style(), sections.size() + 1, s.numbering().label());
                sections.add(new Section(next, s.title(), s.body(), s.items(), s.targets(), s.leadUnits(),
                    s.supportingUnits(), s.deadline(), s.span()));
            }
            Plan plan = new Plan(seed.title(), seed.metadata(), seed.preamble(), sections, seed.closing(), seed.targets(),
                seed.span());
            text = TextRenderer.builder().build().render(plan);
        }
        return text;
    }

    @Benchmark
    public ParseResult parse() {
        return parser.parse(text);
    }

    @Benchmark
    public byte[] renderDocx() {
        return docx.render(parsed);
    }
}
