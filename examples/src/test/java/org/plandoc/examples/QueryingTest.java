package org.plandoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandoc.parser.PlanParser;
import org.plandoc.seeds.Seeds;

/** Keeps the README's query, builder and Jackson examples working. */
class QueryingTest {

    @Test
    void theReadmeExamplesRun() throws Exception {
        List<String> out = Querying.run(PlanParser.builder().build().parse(Seeds.text("003_6d1b1e67461f18fc.txt")));
        assertThat(out).contains("七.（二十一）\t1\t促进人口长期均衡发展", "found 促进人口长期均衡发展");
        assertThat(out).anyMatch(l -> l.matches("[1-9][0-9]* commitments"));
        assertThat(out).contains("{\"title\":\"2024年工作要点\",\"sections\":[{\"numbering\":{\"style\":\"chinese-dun\",\"ordinal\":1,"
            + "\"label\":\"一、\"},\"title\":\"总体要求\",\"items\":[{\"numbering\":{\"style\":\"arabic-dot\",\"ordinal\":1,"
            + "\"label\":\"1.\"},\"title\":\"加强建设\",\"text\":\"\",\"leadUnits\":[\"市卫健委\"]}]}]}");
        assertThat(out.subList(out.size() - 2, out.size())).containsExactly("true", "true");
    }
}
