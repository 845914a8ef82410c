package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plandoc.core.Plan;

/**
 * A backslash at a line start is an escape only where plandoc's text output writes one:
 * before what would open as a number. Elsewhere it is the text's own and is kept.
 */
class EscapesTest {

    static final PlanParser PARSER = PlanParser.builder().build();

    @Test
    void theEscapeBeforeANumberSaysTheLineIsText() {
        Plan plan = PARSER.parse("工作要点\n一、任务\n\\三、不是编号的文字。\n").plans().get(0);
        assertThat(plan.sections()).hasSize(1);
        assertThat(plan.sections().get(0).body()).containsExactly("三、不是编号的文字。");
    }

    @Test
    void aBackslashBeforeADigitThatOpensNoNumberIsKept() {
        Plan plan = PARSER.parse("工作要点\n一、任务\n\\1号楼改造完成。\n\\2025年的文件存于共享目录。\n").plans().get(0);
        assertThat(plan.sections().get(0).body()).containsExactly("\\1号楼改造完成。", "\\2025年的文件存于共享目录。");
    }
}
