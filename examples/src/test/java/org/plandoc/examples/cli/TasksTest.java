package org.plandoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandoc.core.Item;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanVisitor;
import org.plandoc.parser.PlanParser;
import org.plandoc.render.table.PlanTable;
import org.plandoc.seeds.Seeds;

/**
 * The task breakdown table of a plan written in the style of real plans, with
 * units and deadlines in every form on its items, against its hand-checked
 * table (tasks/expected.tsv).
 */
class TasksTest {

    static String resource(String name) throws Exception {
        try (InputStream in = TasksTest.class.getResourceAsStream("/tasks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theTaskTableMatchesTheHandCheckedOne(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, resource("plan.txt"));
        CliTest.Run r = CliTest.run("tasks", plan.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().replace(plan.toString(), "plan.txt")).isEqualTo(resource("expected.tsv"));
        CliTest.Run json = CliTest.run("tasks", plan.toString(), "--format", "json");
        assertThat(json.out()).contains("\"lead_units\":\"市发展改革委\"");
    }

    /** Seed 003 prints (二十) three times and loses a bracket: the 序号 column is repaired from the ordinals, and unique. */
    @Test
    void theNumberPathIsRepairedAndUnique() {
        var result = PlanParser.builder().build().parse(Seeds.text("003_6d1b1e67461f18fc.txt"));
        List<String> paths = PlanTable.TASKS.rows("003.txt", result).stream().map(r -> (String) r.get(1)).toList();
        assertThat(paths).contains("七.（二十）", "七.（二十一）", "七.（二十二）", "九.（二十四）").doesNotHaveDuplicates()
            .noneMatch(p -> p.contains("(二十"));
        assertThat(result.items().map(e -> e.path().printed())).as("as printed, damaged").contains("七.(二十)", ".(二十");
    }

    @Test
    void unitsAndDeadlinesAreInTheDataAndUnderTheItemInMarkdownAndHtml(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, resource("plan.txt"));
        String json = CliTest.run("convert", plan.toString(), "--to", "json").out();
        assertThat(json).contains("\"leadUnits\": [\n").contains("\"precision\": \"month\"");
        String md = CliTest.run("convert", plan.toString(), "--to", "markdown").out();
        // Markdown is read again: what the item's text already says is not said twice (the line would
        // be read as more text, and grow on every round)
        assertThat(md).contains("由市卫健委牵头，各区县配合，6月底前完成建设方案").doesNotContain("牵头单位：市卫健委");
        String html = CliTest.run("convert", plan.toString(), "--to", "html").out();
        assertThat(html).contains("<p class=\"assignment\">牵头单位：农业农村部；配合单位：工业和信息化部</p>");
        // plandoc's own Markdown reads back to the same units and deadlines (its text also holds the line written under each item)
        Path mdFile = dir.resolve("plan.md");
        Files.writeString(mdFile, md);
        assertThat(withoutText(CliTest.run("tasks", mdFile.toString()).out().replace(mdFile.toString(), "plan.txt")))
            .isEqualTo(withoutText(resource("expected.tsv")));
    }

    static List<String> withoutText(String tsv) {
        return tsv.lines().map(l -> {
            List<String> cells = new java.util.ArrayList<>(List.of(l.split("\t", -1)));
            cells.remove(4);
            return String.join("\t", cells);
        }).toList();
    }

    /** Deadlines the corpus .meta.md files quote, transcribed by hand. */
    @Test
    void deadlinesTheCorpusQuotesAreFound() {
        assertDeadlines("02_wufei_chengshi_2018.txt", "2019年6月底前", "2021年3月底前");
        assertDeadlines("03_sanji_yiyuan_jixiao_2019.txt", "2019年12月底前", "2019年11月底前", "2019年6月底前");
        assertDeadlines("05_zhengfu_wangzhan_jiyuehua_2018.txt", "2019年12月底前", "2018年12月底前");
    }

    /** Responsible units the corpus .meta.md files quote, transcribed by hand. */
    @Test
    void unitsTheCorpusQuotesAreFound() {
        assertThat(leads("06_liangshi_yingji_yuan_2005.txt")).as("（3）公安部负责维护粮食供应场所…")
            .contains("公安部", "财政部", "国家统计局", "中国储备粮管理总公司");
        assertThat(leads("02_wufei_chengshi_2018.txt")).as("生态环境部会同有关部门组建协调小组和专家委员会")
            .contains("生态环境部");
    }

    static List<String> leads(String name) {
        List<String> found = new java.util.ArrayList<>();
        for (Plan p : PlanParser.builder().build().parse(Seeds.text(name)).plans()) {
            p.accept(new PlanVisitor() {
                @Override
                public void visit(Item item) {
                    found.addAll(item.leadUnits());
                    visitChildren(item);
                }
            });
        }
        return found;
    }

    static void assertDeadlines(String name, String... expected) {
        List<String> found = new java.util.ArrayList<>();
        for (Plan p : PlanParser.builder().build().parse(Seeds.text(name)).plans()) {
            p.accept(new PlanVisitor() {
                @Override
                public void visit(Item item) {
                    if (item.deadline() != null) {
                        found.add(item.deadline().text());
                    }
                    visitChildren(item);
                }
            });
        }
        assertThat(found).as(name).contains(expected);
    }

    @Test
    void itemsWithoutUnitsOrDeadlinesGetNone() {
        for (var doc : Seeds.all()) {
            for (Plan p : PlanParser.builder().build().parse(doc.text()).plans()) {
                p.accept(new PlanVisitor() {
                    @Override
                    public void visit(Item item) {
                        // the seeds name no responsible units: nothing may be guessed from their prose
                        assertThat(item.leadUnits()).as(item.title()).isEmpty();
                        assertThat(item.supportingUnits()).as(item.title()).isEmpty();
                        visitChildren(item);
                    }
                });
            }
        }
    }
}
