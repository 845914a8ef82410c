package org.plandoc.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.plandoc.bench.OutlineScore.Reading;

/**
 * What happens to a document on its way to the parser: copied out of a PDF,
 * scraped from a web page, saved in another encoding, re-indented. Each
 * constant makes such a damaged copy of a clean text, as users hand it in;
 * {@link Robustness} parses every copy and scores it against the document's
 * expectation.
 *
 * <pre>{@code
 * String copy = Damage.PDF.apply(text, nextText, title, seed);
 * ParseResult result = parser.parse(copy.getBytes(Damage.PDF.charset()));
 * }</pre>
 *
 * The damage is deterministic for a seed: the same seed gives the same wrap
 * width, page length and page-number form, so a figure can be reproduced.
 */
public enum Damage {

    AS_IS("as is", "the text as it is (Word files and web pages as the text of their paragraphs)"),
    WRAPPED("hard-wrapped", "lines broken at a width of 25 to 40 characters, as text copied out of a PDF"),
    PAGE_NUMBERS("page numbers",
        "hard-wrapped, and a page number (— 3 —, - 3 -, 第3页 共20页, 3) every 20 to 26 lines, inside sentences"),
    PDF("PDF copy", "hard-wrapped, page numbers, and a running header on top of every page but the first"),
    ONE_LINE("one line", "every line break removed: a web scrape that lost them"),
    GBK("GBK", "encoded in GBK (no-break and em spaces as spaces, other characters GBK lacks as ?)"),
    CRLF("CRLF", "lines ended by CR LF"),
    INDENT_IDEOGRAPHIC("indent U+3000", "every line indented by two ideographic spaces"),
    INDENT_TAB("indent tab", "every line indented by a tab"),
    INDENT_SPACES("indent spaces", "every line indented by four ASCII spaces"),
    INDENT_NONE("no indent", "no line indented"),
    HALF_WIDTH_NUMBERS("half-width numbers",
        "brackets and dots of numbers in half width: (一) (1) 1. and full-width digits as ASCII"),
    HALF_WIDTH("half-width punctuation", "every full-width punctuation mark with an ASCII twin in half width, 。 as ."),
    DOUBLE_SPACED("double-spaced", "a blank line after every line"),
    NO_BLANK_LINES("no blank lines", "every blank line removed"),
    WEB_PAGE("web page", "a site's banner, menu, breadcrumb, share bar and footer around the text"),
    SEVERAL("two on a page", "the document followed on the same page by the next one");

    /** The forms page numbers take in PDFs of Chinese documents; the second %d is the page count. */
    private static final String[] PAGE_FORMS = {"— %d —", "- %d -", "第%d页 共%d页", "%d", "－%d－"};

    /** Full-width punctuation and, at the same index, the ASCII twin a half-width copy has instead. */
    private static final String FULL = "（）．，；：？！％＋－／。";
    private static final String HALF = "().,;:?!%+-/.";

    /**
     * Three sites' chrome: for each, the lines above the text (banner, menu,
     * breadcrumb, font size) and below it (share bar, print, footer). The
     * spacing between menu entries is ASCII, as scrapers give it.
     */
    private static final String[][][] PAGES = {
        {
            {"某某省人民政府门户网站", "首页  政务公开  政务服务  互动交流  走进某某", "您当前所在位置：首页 > 政务公开 > 政府文件",
                "字号：大 中 小 | 打印 | 关闭"},
            {"分享到：", "微信 微博 QQ空间", "【打印本页】 【关闭窗口】", "主办：某某省人民政府办公厅  承办：某某省大数据中心",
                "网站标识码：4200000001  某ICP备05003316号  某公网安备 42010602000199号"},
        },
        {
            {"首页 > 新闻中心 > 要闻动态", "【 字体： 大 中 小 】"},
            {"【打印】 【关闭】", "扫一扫在手机打开当前页", "上一篇：关于做好春节期间安全生产工作的通知", "下一篇：某某市召开全市经济工作会议",
                "网站地图 | 联系我们 | 使用帮助 | 隐私声明", "版权所有 ©2024 某某日报社 未经授权 不得转载"},
        },
        {
            {"某某市人民政府", "当前位置: 首页 » 政府信息公开 » 法定主动公开内容", "发布机构：某某市人民政府办公室", "浏览次数：1024"},
            {"分享：", "【我要纠错】", "相关文章", "某某市2023年政府工作报告", "某某市2022年政府工作报告",
                "Copyright © 某某市人民政府 All Rights Reserved"},
        },
    };

    private final String label;
    private final String description;

    Damage(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The short name in the table's first column. */
    public String label() {
        return label;
    }

    /** What the damage does, in a sentence. */
    public String description() {
        return description;
    }

    /**
     * How the expectation is compared: a copy without line breaks cannot keep
     * a title or a heading apart from the text after it, so those are
     * compared more leniently.
     */
    public Reading reading() {
        return this == ONE_LINE ? Reading.LINE_BREAKS_LOST : Reading.EXACT;
    }

    /** The encoding the copy is handed to the parser in (the parser detects it). */
    public Charset charset() {
        return this == GBK ? Charset.forName("GBK") : StandardCharsets.UTF_8;
    }

    /**
     * What the damage does to the expected texts: a copy in half-width
     * punctuation is right when its headings come out in half width too, as
     * the parser keeps the text as it finds it.
     */
    public UnaryOperator<String> expectedText() {
        return switch (this) {
            case HALF_WIDTH_NUMBERS -> Damage::halfWidthNumbers;
            case HALF_WIDTH -> Damage::halfWidth;
            default -> UnaryOperator.identity();
        };
    }

    /**
     * The damaged copy of {@code text}.
     *
     * @param next  the document that follows on the same page ({@link #SEVERAL} only)
     * @param title the document's title, the running header of a {@link #PDF} copy
     *              (a report's generic one when it has none)
     * @param seed  chooses wrap width, page length, page-number form and site
     */
    public String apply(String text, String next, String title, long seed) {
        // ordinal in the seed: two damages of one document do not share their random choices
        Random random = new Random(seed * 31 + ordinal());
        String lf = lf(text);
        return switch (this) {
            case AS_IS -> text;
            // GBK has no no-break, en, em or thin space: as ? they would change the words, so they go as spaces first
            case GBK -> text.replaceAll("[\u00a0\u2002\u2003\u2009]", " ");
            case WRAPPED -> wrap(lf, width(random));
            case PAGE_NUMBERS -> paginate(wrap(lf, width(random)), random, null);
            case PDF -> paginate(wrap(lf, width(random)), random, title.isEmpty() ? "政府工作报告" : title);
            case ONE_LINE -> oneLine(lf);
            case CRLF -> lf.replace("\n", "\r\n");
            case INDENT_IDEOGRAPHIC -> indent(lf, "\u3000\u3000");
            case INDENT_TAB -> indent(lf, "\t");
            case INDENT_SPACES -> indent(lf, "    ");
            case INDENT_NONE -> indent(lf, "");
            case HALF_WIDTH_NUMBERS -> halfWidthNumbers(lf);
            case HALF_WIDTH -> halfWidth(lf);
            case DOUBLE_SPACED -> lf.replace("\n", "\n\n");
            case NO_BLANK_LINES -> noBlankLines(lf);
            case WEB_PAGE -> webPage(lf, random);
            case SEVERAL -> lf + "\n\n" + lf(next);
        };
    }

    /** Every line of web-page chrome {@link #WEB_PAGE} may add: debris that must stay out of the outline. */
    public static List<String> chrome() {
        List<String> all = new ArrayList<>();
        for (String[][] page : PAGES) {
            all.addAll(List.of(page[0]));
            all.addAll(List.of(page[1]));
        }
        return all;
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A line width in full-width characters: A4 PDFs of Chinese documents hold 25 to 40 to the line. */
    private static int width(Random random) {
        return 25 + random.nextInt(16);
    }

    /**
     * Display width of {@code c} in half-width units: Han characters and
     * full-width forms take two, ASCII, the no-break space and the half-width
     * forms (U+FF61–U+FFDC) one.
     */
    private static int units(char c) {
        return c >= 0x80 && c != '\u00a0' && (c < '\uff61' || c > '\uffdc') ? 2 : 1;
    }

    /** Closing punctuation: typesetters never start a line with it (禁则), so a wrap moves past it. */
    private static boolean noLineStart(char c) {
        return "，。、；：？！）》”’」』,.;:?!)\u00a0".indexOf(c) >= 0;
    }

    /** Opening punctuation: never left at the end of a line, it moves down with what it opens. */
    private static boolean noLineEnd(char c) {
        return "（《“‘「『(".indexOf(c) >= 0;
    }

    /** Digits, Latin letters and the marks inside numbers: a wrap keeps a run of them (5.5%, PM2.5) whole. */
    private static boolean asciiWord(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '%';
    }

    /**
     * Breaks every line at {@code width} full-width characters as a PDF's
     * layout does: runs of ASCII (up to 12) kept whole, closing punctuation
     * kept on the line it closes, opening punctuation carried to the next.
     */
    static String wrap(String text, int width) {
        int max = width * 2;
        StringBuilder out = new StringBuilder(text.length() + text.length() / 20);
        for (String line : text.split("\n", -1)) {
            int i = 0;
            int used = 0;
            int lineStart = out.length();
            while (i < line.length()) {
                int j = i + 1;
                if (asciiWord(line.charAt(i))) {
                    while (j < line.length() && asciiWord(line.charAt(j)) && j - i < 12) {
                        j++;
                    }
                }
                int w = 0;
                for (int k = i; k < j; k++) {
                    w += units(line.charAt(k));
                }
                if (used + w > max && used > 0 && !noLineStart(line.charAt(i))) {
                    // carry the opening punctuation at the end of the line down (but never the whole line)
                    int carry = 0;
                    while (out.length() - carry > lineStart + 1 && noLineEnd(out.charAt(out.length() - 1 - carry))) {
                        carry++;
                    }
                    String moved = out.substring(out.length() - carry);
                    out.setLength(out.length() - carry);
                    out.append('\n');
                    lineStart = out.length();
                    out.append(moved);
                    used = 0;
                    for (int k = 0; k < moved.length(); k++) {
                        used += units(moved.charAt(k));
                    }
                    // a space where the line breaks disappears, as it does in a PDF's text layer
                    if (moved.isEmpty() && line.charAt(i) == ' ') {
                        i = j;
                        continue;
                    }
                }
                out.append(line, i, j);
                used += w;
                i = j;
            }
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /**
     * Cuts the lines into pages of 20 to 26 lines with a page number between
     * them — wherever the cut falls, so often inside a sentence — and, when
     * {@code header} is given, a running header on top of every page but the
     * first. One document uses one page-number form throughout, sometimes
     * set off by blank lines, sometimes centred by spaces.
     */
    static String paginate(String text, Random random, String header) {
        String[] lines = text.split("\n", -1);
        int perPage = 20 + random.nextInt(7);
        String form = PAGE_FORMS[random.nextInt(PAGE_FORMS.length)];
        boolean blanks = random.nextBoolean();
        String indent = random.nextInt(3) == 0 ? " ".repeat(16) : "";
        int pages = (lines.length + perPage - 1) / perPage;
        StringBuilder out = new StringBuilder(text.length() + pages * 40);
        for (int page = 0; page < pages; page++) {
            if (page > 0 && header != null) {
                out.append(header).append('\n');
            }
            for (int k = page * perPage; k < Math.min(lines.length, (page + 1) * perPage); k++) {
                out.append(lines[k]).append('\n');
            }
            // no number after the last page: the copy ends with the text
            if (page + 1 < pages) {
                String number = indent + String.format(Locale.ROOT, form, page + 1, pages);
                out.append(blanks ? "\n" + number + "\n\n" : number + "\n");
            }
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** The lines run together; trailing blanks go, as a scraper that drops line breaks trims them. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            out.append(line.stripTrailing());
        }
        return out.toString();
    }

    /** Every non-blank line re-indented by {@code indent}, whatever indentation it had (blank lines emptied). */
    static String indent(String text, String indent) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 10);
        for (String line : text.split("\n", -1)) {
            String t = line.replaceFirst("^[\\s\u3000\u00a0]+", "").stripTrailing();
            if (!t.isEmpty()) {
                out.append(indent).append(t);
            }
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** Drops blank lines, including those of ideographic spaces alone (which isBlank does not count as blank). */
    static String noBlankLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.replace("\u3000", "").isBlank()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** （一） as (一), （1） as (1), １． as 1.: the numbering in half width, the rest of the punctuation as it was. */
    static String halfWidthNumbers(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（') {
                c = '(';
            } else if (c == '）') {
                c = ')';
            } else if (c == '．') {
                c = '.';
            } else if (c >= '０' && c <= '９') {
                c = (char) (c - '０' + '0');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Every mark of {@link #FULL} as its ASCII twin, the numbering included. */
    static String halfWidth(String text) {
        String digits = halfWidthNumbers(text);
        StringBuilder out = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int k = FULL.indexOf(c);
            out.append(k >= 0 ? HALF.charAt(k) : c);
        }
        return out.toString();
    }

    /** The text inside one of three sites' chrome, chosen by {@code random}. */
    static String webPage(String text, Random random) {
        String[][] page = PAGES[random.nextInt(PAGES.length)];
        return String.join("\n", page[0]) + "\n" + text + "\n" + String.join("\n", page[1]) + "\n";
    }
}
