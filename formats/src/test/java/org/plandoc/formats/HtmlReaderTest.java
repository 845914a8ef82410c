package org.plandoc.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Section;
import org.plandoc.parser.Paragraph;
import org.plandoc.parser.PlanParser;
import org.plandoc.seeds.RealDocument;
import org.plandoc.seeds.Seeds;

/** Web pages: the article among the chrome, its blocks, the page's charset and metadata. */
class HtmlReaderTest {

    static final Formats FORMATS = Formats.builder().build();

    static Stream<RealDocument> pages() {
        return Seeds.realworld().stream().filter(d -> d.format().equals("html"));
    }

    /** The text of the same page, as the seeds keep it (text/policy_NN.txt). */
    static RealDocument text(RealDocument page) {
        String name = page.name().replace(".html", ".txt");
        return Seeds.realworld().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aGovCnPageHasTheOutlineOfItsText(RealDocument page) {
        ParseResult fromPage = FORMATS.read(page.bytes(), page.name()).result();
        ParseResult fromText = PlanParser.builder().build().parse(text(page).bytes());
        assertThat(outline(fromPage.plans())).containsExactlyElementsOf(outline(fromText.plans()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theMetadataTableFillsWhatTheTextDoesNotSay(RealDocument page) {
        ReadResult read = FORMATS.read(page.bytes(), page.name());
        PlanMetadata m = read.result().plans().get(0).metadata();
        assertThat(m.issuer()).startsWith("国务院");
        assertThat(m.date()).isNotNull();
        assertThat(m.documentNumber()).matches("国(发|办发|函)〔20\\d\\d〕\\d+号");
        assertThat(m.published()).isAfterOrEqualTo(m.date());
        assertThat(read.charset()).isEqualTo("UTF-8");
        assertThat(read.result().diagnostics()).anyMatch(d -> d.code().equals(FormatCodes.FILE_METADATA));
    }

    @Test
    void policy01MetadataAsThePageStatesIt() {
        RealDocument page = pages().filter(d -> d.name().equals("policy_01.html")).findFirst().orElseThrow();
        ReadResult read = FORMATS.read(page.bytes(), page.name());
        assertThat(read.metadata()).isEqualTo(new PlanMetadata("国务院", LocalDate.of(2019, 1, 27), "国发〔2019〕5号", null,
            LocalDate.of(2019, 2, 15), null));
        assertThat(read.paragraphs().get(0).text()).isEqualTo("国务院关于在市场监管领域全面推行\n部门联合“双随机、一公开”监管的意见");
        assertThat(read.paragraphs().get(0).centred() && read.paragraphs().get(0).bold()).isTrue();
        assertThat(read.paragraphs()).noneMatch(p -> p.text().contains("扫一扫") || p.text().contains("索 引 号"));
    }

    /** A page as many provincial sites serve it: GBK, meta tags, chrome around a div of text with br and indents. */
    static final String SITE_PAGE = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
        <html><head>
        <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
        <meta name="ArticleTitle" content="2024年全市卫生健康工作要点">
        <meta name="PubDate" content="2024-03-05 10:20">
        <meta name="ContentSource" content="市卫生健康委">
        <title>2024年全市卫生健康工作要点_政策文件_某市人民政府</title>
        <script>var tracker = "一、不是正文";</script><style>.x{}</style>
        </head><body>
        <div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zc">政策文件</a></li></ul></div>
        <div class="breadcrumb">您的位置：<a href="/">首页</a> &gt; <a href="/zc">政策文件</a></div>
        <div class="article">
        <h1>2024年全市卫生健康工作要点</h1>
        <div class="bdsharebuttonbox"><a class="bds_weixin">分享到微信</a></div>
        <div id="zoom" class="TRS_Editor">
        <p style="text-indent:2em">　　2024年全市卫生健康工作的总体要求是：坚持稳中求进。</p>
        <p><b>一、加强党的建设</b></p>
        <p>&nbsp;&nbsp;（一）突出政治建设。深入学习。<br>（二）深化理论武装。持续推进。</p>
        <p style="text-align:center"><strong>二、重点任务</strong></p>
        <table border="1"><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>建设医院</td></tr></table>
        <div>（一）提升服务能力。改善就医感受。</div>
        </div></div>
        <div class="footer"><p>主办：某市人民政府办公室 备案号：某ICP备0001号</p></div>
        </body></html>
        """;

    @Test
    void aProvincialPageReadsAsAPlan() {
        ReadResult read = FORMATS.read(SITE_PAGE.getBytes(Charset.forName("GBK")), "site.html");
        assertThat(read.charset()).isEqualTo("GB18030");
        assertThat(read.paragraphs()).extracting(Paragraph::text).containsExactly(
            "2024年全市卫生健康工作要点",
            "　　2024年全市卫生健康工作的总体要求是：坚持稳中求进。",
            "一、加强党的建设",
            "（一）突出政治建设。深入学习。\n（二）深化理论武装。持续推进。",
            "二、重点任务",
            "序号", "任务", "1", "建设医院",
            "（一）提升服务能力。改善就医感受。");
        List<Paragraph> ps = read.paragraphs();
        assertThat(ps.get(0).headingLevel()).as("the page's h1, outside the text's div").isEqualTo(1);
        assertThat(ps.get(2).bold()).isTrue();
        assertThat(ps.get(4).bold() && ps.get(4).centred()).isTrue();
        assertThat(ps.subList(5, 9)).allMatch(Paragraph::tableCell);
        assertThat(read.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(read.metadata().source()).isEqualTo("市卫生健康委");
        Plan plan = read.result().plans().get(0);
        assertThat(plan.title()).isEqualTo("2024年全市卫生健康工作要点");
        assertThat(plan.sections()).extracting(s -> s.numbering().label() + s.title()).containsExactly("一、加强党的建设", "二、重点任务");
        assertThat(plan.metadata().source()).isEqualTo("市卫生健康委");
        // the source map leads back to the page's lines: 二、 is on line 19 of the page
        Section second = plan.sections().get(1);
        assertThat(read.sourceMap().locate(second.span())).isEqualTo(Location.line(19));
        // the second line of a <br> paragraph is on the same source line as the first here
        assertThat(read.sourceMap().locate(plan.sections().get(0).items().get(1).span())).isEqualTo(Location.line(18));
    }

    @Test
    void aPageWithoutAnArticleIsOneClearLine() {
        String nav = "<html><head><title>首页</title></head><body><nav><a href=/a>政策</a></nav>"
            + "<ul><li><a href=/b>一、新闻</a></li><li><a href=/c>二、公告</a></li></ul></body></html>";
        assertThatThrownBy(() -> FORMATS.read(nav.getBytes(StandardCharsets.UTF_8), "index.html"))
            .isInstanceOf(FormatException.class).hasMessageStartingWith("index.html: no article in the page");
    }

    /** A plan's outline as lines: every node's label, title and text, and the preamble and closing. */
    static List<String> outline(List<Plan> plans) {
        List<String> out = new ArrayList<>();
        for (Plan p : plans) {
            out.add("plan " + squeeze(p.title()));
            p.preamble().forEach(t -> out.add("preamble " + squeeze(t)));
            for (Section s : p.sections()) {
                out.add(s.numbering().label() + " " + squeeze(s.title()));
                s.body().forEach(t -> out.add("  body " + squeeze(t)));
                items(s.items(), "  ", out);
            }
            p.closing().forEach(t -> out.add("closing " + squeeze(t)));
        }
        return out;
    }

    private static void items(List<Item> items, String indent, List<String> out) {
        for (Item i : items) {
            out.add(indent + i.numbering().label() + " " + squeeze(i.title()) + " | " + squeeze(i.text()));
            items(i.items(), indent + "  ", out);
        }
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\u3000\u00a0]", "");
    }
}
