package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;

/**
 * A list of tasks that names a 主办单位 under each task (a report's 民生实事) keeps those
 * lines: they are the tasks' lead units, not a web page's footer, and the last of them
 * ends the document complete, not cut off mid-sentence.
 */
class HostUnitsTest {

    static final PlanParser PARSER = PlanParser.builder().build();

    static final String TASKS = String.join("\n",
        "2025年省十件民生实事",
        "一、实施就业帮扶行动",
        "年度目标：城镇新增就业50万人以上。",
        "主办单位：省人力资源社会保障厅、省财政厅，各州、市人民政府",
        "二、实施交通惠民工程",
        "年度目标：新改建农村公路1万公里以上。",
        "主办单位：省交通运输厅，各州、市人民政府",
        "");

    @Test
    void eachTasksHostUnitsStayWithTheTask() {
        ParseResult result = PARSER.parse(TASKS);
        Plan plan = result.plans().get(0);
        assertThat(plan.sections()).hasSize(2);
        assertThat(plan.sections().get(1).leadUnits()).contains("省交通运输厅");
        assertThat(result.diagnostics()).extracting(Diagnostic::code)
            .doesNotContain(DiagnosticCodes.TRUNCATED)
            .allMatch(c -> !c.startsWith("PD20"));
    }

    @Test
    void aSiteFooterNamesItsHostOnce() {
        ParseResult result = PARSER.parse("工作要点\n一、任务\n（一）加强领导。内容。\n主办单位：某市人民政府办公厅\n");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCodes.NOISE);
    }
}
