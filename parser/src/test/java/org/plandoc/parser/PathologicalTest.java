package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import java.nio.charset.Charset;
import org.plandoc.core.ChineseNumerals;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.seeds.Seeds;

/**
 * Hostile input: every case must give a result, never an exception or a hang.
 * The timeouts are generous guards against hangs and quadratic time, not speed
 * claims (speed is measured with JMH in the bench module).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PathologicalTest {

    static final PlanParser PARSER = PlanParser.builder().build();

    static ParseResult parse(String text) {
        ParseResult result = PARSER.parse(text);
        Invariants.spansAreValid(text, result);
        return result;
    }

    @Test
    void emptyAndBlankInputGiveNoPlans() {
        assertThat(parse("").plans()).isEmpty();
        assertThat(parse("   \n\t\u3000\n\r\n").plans()).isEmpty();
        assertThat(PARSER.parse(new byte[0]).plans()).isEmpty();
    }

    @Test
    void manyMarkersInARow() {
        ParseResult r = parse("一、".repeat(100_000));
        assertThat(r.plans()).hasSize(1);
        parse("（一）".repeat(100_000));
        parse("1.".repeat(100_000));
        parse("一是".repeat(100_000));
        parse("第".repeat(100_000));
        parse("(".repeat(100_000));
        parse("1.1.1.1.1.1.1.1 ".repeat(50_000));
        parse("、".repeat(100_000));
        parse("一、\n".repeat(100_000));
    }

    @Test
    void aTenMegabyteSingleLine() {
        String seed = Seeds.all().get(2).text().replace("\n", "");
        StringBuilder b = new StringBuilder(10_500_000);
        while (b.length() < 10_000_000) {
            b.append(seed);
        }
        ParseResult r = PARSER.parse(b.toString());
        assertThat(r.plans()).isNotEmpty();
        assertThat(PARSER.parse("字".repeat(10_000_000)).plans()).hasSize(1);
    }

    @Test
    void deepNestingOfEveryStyle() {
        String levels = "一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n一是己\n1、庚\n1）辛\n第一章 壬\n第一节 癸\n第一条 子\n1 丑\n1.1 寅\n1.1.1 卯\n";
        ParseResult r = parse(levels.repeat(10_000));
        assertThat(r.plans()).isNotEmpty();
        // every style nested under the one before, the deepest chain the outline builds (17 levels),
        // under each of 999 chapters
        // (an enumeration 一是 holds no list below it, so it is the deepest)
        String chain = " 总则\n第一节 乙\n第一条 丙\n一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n1、庚\n1）辛\n"
            + "1 丑\n1.1 寅\n1.1.1 卯\n1.1.1.1 辰\n1.1.1.1.1 巳\n1.1.1.1.1.1 午\n一是己\n";
        StringBuilder deep = new StringBuilder();
        for (int chapter = 1; chapter <= 999; chapter++) {
            deep.append('第').append(ChineseNumerals.format(chapter)).append('章').append(chain);
        }
        ParseResult d = parse(deep.toString());
        assertThat(d.plans()).hasSize(1);
        assertThat(d.plans().get(0).sections()).hasSize(999)
            .allSatisfy(chapter -> assertThat(depth(chapter.items())).isEqualTo(16));
    }

    /** Levels of items below a section: 0 for none. */
    static int depth(java.util.List<Item> items) {
        int d = 0;
        for (Item i : items) {
            d = Math.max(d, 1 + depth(i.items()));
        }
        return d;
    }

    @Test
    void unpairedSurrogatesAndControlCharacters() {
        ParseResult r = parse("\uD800一、总体\uDC00要求\n（一）\u0000加强\u0007建设。\uDBFF\n\uFFFF");
        assertThat(r.plans()).hasSize(1);
        assertThat(r.plans().get(0).sections()).hasSize(1);
    }

    @Test
    void randomBytesDecodeAndParse() {
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[1000 + random.nextInt(20_000)];
            random.nextBytes(bytes);
            ParseResult r = PARSER.parse(bytes);
            // random bytes are not UTF-8 (a BOM aside): decoded as GB18030, said so, and what it
            // cannot decode is an error
            if (!r.charset().startsWith("UTF")) {
                assertThat(r.charset()).isEqualTo("GB18030");
                assertThat(r.diagnostics()).extracting(Diagnostic::code)
                    .contains(DiagnosticCodes.DECODED_AS_GB18030);
            }
            // the text the parser read: what the charset decodes after a byte-order mark, U+FFFD for the rest
            int bom = r.charset().startsWith("UTF-16") ? 2 : r.charset().equals("UTF-8") && (bytes[0] & 0xff) == 0xEF ? 3 : 0;
            Invariants.check(new String(bytes, bom, bytes.length - bom, Charset.forName(r.charset())), r);
        }
    }

    @Test
    void lineEndingsDoNotChangeTheOutline() {
        for (var seed : Seeds.all()) {
            String lf = seed.text();
            ParseResult a = PARSER.parse(lf);
            ParseResult crlf = parse(lf.replace("\n", "\r\n"));
            ParseResult cr = parse(lf.replace("\n", "\r"));
            assertThat(SeedExpectationsTest.outline(crlf.plans().get(0))).isEqualTo(SeedExpectationsTest.outline(a.plans().get(0)));
            assertThat(SeedExpectationsTest.outline(cr.plans().get(0))).isEqualTo(SeedExpectationsTest.outline(a.plans().get(0)));
            assertThat(crlf.plans()).hasSameSizeAs(a.plans());
        }
    }

    @Test
    void gbkBytesGiveTheSameResultAsUtf8() {
        java.nio.charset.CharsetEncoder gbkEncoder = java.nio.charset.Charset.forName("GBK").newEncoder();
        for (var seed : Seeds.all()) {
            // GBK cannot hold every char (a no-break space): compare the text it can hold
            StringBuilder b = new StringBuilder();
            seed.text().chars().forEach(c -> b.append(gbkEncoder.canEncode((char) c) ? (char) c : ' '));
            String text = b.toString();
            ParseResult utf8 = PARSER.parse(text.getBytes(StandardCharsets.UTF_8));
            ParseResult gbk = PARSER.parse(text.getBytes(java.nio.charset.Charset.forName("GBK")));
            assertThat(utf8.charset()).isEqualTo("UTF-8");
            assertThat(gbk.charset()).isEqualTo("GB18030");
            assertThat(gbk.plans()).isEqualTo(utf8.plans());
        }
    }
}
