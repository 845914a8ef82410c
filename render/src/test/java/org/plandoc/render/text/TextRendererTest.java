package org.plandoc.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plandoc.core.ParseResult;
import org.plandoc.render.Fixtures;

class TextRendererTest {

    static final TextRenderer TEXT = TextRenderer.builder().build();

    static List<Fixtures.Parsed> documents() {
        return Fixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void formattingIsIdempotentAndKeepsTheOutline(Fixtures.Parsed doc) {
        String once = TEXT.render(doc.result());
        ParseResult reparsed = Fixtures.PARSER.parse(once);
        String twice = TEXT.render(reparsed);
        assertThat(twice).as(doc.name()).isEqualTo(once);
        assertThat(Fixtures.outline(reparsed)).as(doc.name()).isEqualTo(Fixtures.outline(doc.result()));
        assertThat(Fixtures.front(reparsed)).as(doc.name()).isEqualTo(Fixtures.front(doc.result()));
        assertThat(reparsed.diagnostics()).as("nothing to repair in formatted text")
            .noneMatch(d -> d.code().startsWith("PD1"));
    }

    @Test
    void damagedNumbersArePrintedRepairedInTheCanonicalSequence() {
        String text = TEXT.render(Fixtures.all().get(3).result());
        assertThat(text).contains("\n（二十一）促进人口长期均衡发展").contains("\n九、同心同力抓计生协会转型升级")
            .contains("\n（二十四）提升计生协会服务能力").doesNotContain("(二十)");
        String asPrinted = TextRenderer.builder().canonicalNumbering(false).build().render(Fixtures.all().get(3).result());
        assertThat(asPrinted).contains("\n(二十)促进人口长期均衡发展");
    }
}
