package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;

/** Blank lines end paragraphs, but not after an opening bracket alone on its line. */
class BlankLinesTest {

    private static final PlanParser PARSER = PlanParser.builder().build();

    static List<String> headings(ParseResult r) {
        Plan p = r.plans().get(0);
        return p.sections().stream().map(s -> s.numbering().label() + s.title()).collect(Collectors.toList());
    }

    @Test
    void anOpeningBracketAloneGoesOnOverABlankLine() {
        ParseResult r = PARSER.parse("某市2026年工作要点\n\n一、主要任务\n\n（一）产业发展提质增效。\n\n工业增加值增长8%。\n\n（\n\n"
            + "二）改革开放持续深化。\n\n政商关系更加清朗。\n\n（三）城乡发展更趋协调。\n\n完成保交楼任务。\n");
        Section s = r.plans().get(0).sections().get(0);
        assertThat(s.items()).extracting(i -> i.numbering().label() + i.title())
            .containsExactly("（一）产业发展提质增效", "（二）改革开放持续深化", "（三）城乡发展更趋协调");
        // a heading that ends in one is a line of its own
        assertThat(headings(PARSER.parse("一、总体要求（\n\n坚持稳中求进。\n\n二、重点任务\n\n抓好落实。\n")))
            .containsExactly("一、总体要求（", "二、重点任务");
    }

    @Test
    void aBlankLineAfterAHeadingIsAParagraphBreak() {
        // plandoc's own text output is written so: a heading, a blank line, its paragraphs
        String text = "某市2025年工作要点\n\n一、持续提升政府\n\n治理效能和服务水平\n\n深化政务公开，推进政务服务一网通办，\n政府工作更加透明高效，群众满意度持续提升。\n"
            + "各部门要切实履行职责，\n确保各项任务落到实处，\n按时完成年度目标。\n\n二、加强自身建设\n\n坚持依法行政，\n持续改进工作作风，\n提高行政效率。\n";
        assertThat(headings(PARSER.parse(text))).containsExactly("一、持续提升政府", "二、加强自身建设");
    }
}
