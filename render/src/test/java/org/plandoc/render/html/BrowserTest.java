package org.plandoc.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plandoc.core.Plan;
import org.plandoc.render.Fixtures;

/**
 * Renders the standalone page of every seed in a real headless Chromium and
 * asserts on what the browser reports: the headings it laid out, that the page
 * is not blank, and that nothing overflows the GB/T 9704 text block. Skipped,
 * with a message, where Chromium is not installed ({@code .ci/run} installs it).
 */
class BrowserTest {

    static Path chromium;

    /** Runs in the page after layout and writes what it measured into the DOM that Chromium dumps. */
    static final String PROBE = "<script>\n"
        + "(function () {\n"
        + "  var overflow = [];\n"
        + "  document.querySelectorAll('article.plan').forEach(function (plan) {\n"
        + "    var box = plan.getBoundingClientRect();\n"
        + "    var style = getComputedStyle(plan);\n"
        + "    var left = box.left + parseFloat(style.paddingLeft), right = box.right - parseFloat(style.paddingRight);\n"
        + "    plan.querySelectorAll('*').forEach(function (e) {\n"
        + "      var r = e.getBoundingClientRect();\n"
        + "      if (r.width > 0 && (r.right > right + 1 || r.left < left - 1)) overflow.push(e.tagName + ':' + e.textContent.slice(0, 20));\n"
        + "    });\n"
        + "    if (plan.scrollWidth > plan.clientWidth + 1) overflow.push('article scrolls');\n"
        + "    document.body.setAttribute('data-block-width', String(Math.round(right - left)));\n"
        + "  });\n"
        + "  document.body.setAttribute('data-overflow', overflow.join('|'));\n"
        + "  document.body.setAttribute('data-text-height', String(document.body.scrollHeight));\n"
        + "  document.body.setAttribute('data-h2-font', getComputedStyle(document.querySelector('h2') || document.body).fontFamily);\n"
        + "})();\n"
        + "</script>\n";

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        for (String name : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(name))) {
                chromium = Path.of(name);
                return;
            }
        }
    }

    static List<Fixtures.Parsed> seeds() {
        java.util.Set<String> seeds = new java.util.HashSet<>();
        org.plandoc.seeds.Seeds.all().forEach(d -> seeds.add(d.name()));
        return Fixtures.all().stream().filter(p -> seeds.contains(p.name())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void chromiumLaysOutTheOfficialDocumentPage(Fixtures.Parsed doc) throws Exception {
        assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium fonts-noto-cjk); browser check skipped");
        String html = HtmlRenderer.builder().standalone(true).style(HtmlStyle.GBT9704).build().render(doc.result());
        Path page = dir.resolve("page.html");
        Files.writeString(page, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
        Document dom = Jsoup.parse(dump(page));

        List<String> expected = new ArrayList<>();
        for (Plan p : doc.result().plans()) {
            p.sections().forEach(s -> expected.add(s.numbering().label() + s.title()));
        }
        assertThat(dom.select("section > h2").eachText()).as("headings in the rendered DOM").isEqualTo(expected);
        assertThat(dom.select("h1").eachText()).contains(doc.result().plans().get(0).title());
        assertThat(dom.body().attr("data-overflow")).as("elements outside the text block").isEmpty();
        assertThat(Integer.parseInt(dom.body().attr("data-text-height"))).as("page height in px: not blank").isGreaterThan(1000);
        // 156 mm at 96 px per inch is 590 px
        assertThat(Integer.parseInt(dom.body().attr("data-block-width"))).isBetween(585, 595);
    }

    /** Measures the diff report after layout: what sticks out of the window, the rows, the colours of an added cell. */
    static final String DIFF_PROBE = "<script>\n"
        + "(function () {\n"
        + "  var width = document.documentElement.clientWidth, overflow = [];\n"
        + "  document.querySelectorAll('td, th, h1, h2').forEach(function (e) {\n"
        + "    var r = e.getBoundingClientRect();\n"
        + "    if (r.right > width + 1) overflow.push(e.tagName + ':' + e.textContent.slice(0, 20));\n"
        + "  });\n"
        + "  var added = document.querySelector('tr.added td.new'), removed = document.querySelector('tr.removed td.old');\n"
        + "  document.body.setAttribute('data-overflow', overflow.join('|'));\n"
        + "  document.body.setAttribute('data-rows', String(document.querySelectorAll('tbody tr').length));\n"
        + "  document.body.setAttribute('data-added', added ? getComputedStyle(added).backgroundColor : '');\n"
        + "  document.body.setAttribute('data-removed', removed ? getComputedStyle(removed).backgroundColor : '');\n"
        + "  document.body.setAttribute('data-columns', String(document.querySelector('tbody tr').children.length));\n"
        + "})();\n"
        + "</script>\n";

    /**
     * The diff report of a seed against a copy with one task dropped, one reworded and one
     * added (a title of markup): Chromium lays out every row in two columns within the window,
     * added cells green and removed ones red, and runs none of the plan's text as script.
     */
    @org.junit.jupiter.api.Test
    void chromiumLaysOutTheDiffReport() throws Exception {
        assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium fonts-noto-cjk); browser check skipped");
        Plan old = seeds().get(0).result().plans().get(0);
        org.plandoc.core.Section first = old.sections().get(0);
        List<org.plandoc.core.Item> items = new ArrayList<>(first.items());
        items.remove(0);
        items.set(0, items.get(0).toBuilder().title("全面" + items.get(0).title()).build());
        items.add(org.plandoc.core.Item.builder().numbering(items.get(0).numbering())
            .title("<img src=x onerror=\"document.body.setAttribute('data-xss','1')\">新增任务" + "很长".repeat(80)).build());
        List<org.plandoc.core.Section> sections = new ArrayList<>(old.sections());
        sections.set(0, first.toBuilder().items(items).build());
        Plan now = old.toBuilder().sections(sections).build();
        org.plandoc.core.diff.PlanChanges changes = org.plandoc.core.diff.PlanDiff.builder().build().compare(old, now);
        String html = org.plandoc.render.diff.DiffHtmlRenderer.builder().standalone(true).build().render(changes);
        Path page = dir.resolve("diff.html");
        Files.writeString(page, html.replace("</body>", DIFF_PROBE + "</body>"), StandardCharsets.UTF_8);
        Document dom = Jsoup.parse(dump(page));

        assertThat(dom.body().attr("data-xss")).as("markup in a title ran").isEmpty();
        assertThat(dom.body().attr("data-overflow")).as("cells outside the window").isEmpty();
        assertThat(dom.body().attr("data-columns")).isEqualTo("3");
        assertThat(Integer.parseInt(dom.body().attr("data-rows"))).isEqualTo(dom.select("tbody tr").size()).isGreaterThanOrEqualTo(3);
        assertThat(dom.body().attr("data-added")).isEqualTo("rgb(230, 255, 236)");
        assertThat(dom.body().attr("data-removed")).isEqualTo("rgb(255, 235, 233)");
        assertThat(dom.select("tr.changed ins").eachText()).contains("全面");
    }

    static String dump(Path page) throws Exception {
        Path out = page.resolveSibling("dom.html");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + page.resolveSibling("profile"), "--window-size=1000,1400", "--dump-dom",
            page.toUri().toString())
            .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
