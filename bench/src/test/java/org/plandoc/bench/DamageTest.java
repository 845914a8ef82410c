package org.plandoc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The damages themselves: what each does to a text, and that a seed gives the same copy. */
class DamageTest {

    static final String TEXT = "关于印发某某方案的通知\n\n"
        + "一、总体要求\n"
        + "\u3000\u3000（一）到２０２５年，地区生产总值增长5.5%左右，城镇新增就业（含灵活就业）达到60万人以上；居民收入增长与经济增长同步。\n"
        + "（二）坚持稳中求进。\n";

    @Test
    void wrapBreaksLinesAndLosesNothingElse() {
        String wrapped = Damage.wrap(TEXT, 10);
        assertThat(wrapped.replace("\n", "")).isEqualTo(TEXT.replace("\n", ""));
        assertThat(wrapped.lines().count()).isGreaterThan(TEXT.lines().count());
        // a number is never cut, closing punctuation never starts a line, opening never ends one
        assertThat(wrapped).contains("5.5%");
        wrapped.lines().filter(l -> !l.isEmpty()).forEach(l -> {
            assertThat("，。；）").doesNotContain(l.substring(0, 1));
            assertThat(l).doesNotEndWith("（");
        });
    }

    @Test
    void paginateAddsPageNumbersBetweenPagesOnly() {
        String text = "一行文字\n".repeat(100).strip();
        String pages = Damage.paginate(text, new Random(1), "某某方案");
        assertThat(pages.replaceAll("(?m)^\\s*(某某方案|.*\\d.*)?\\n", "").replace("\n", ""))
            .isEqualTo(text.replace("\n", ""));
        assertThat(pages).contains("某某方案").containsPattern("\\d");
        assertThat(pages).endsWith("一行文字");
    }

    @Test
    void halfWidthTurnsPunctuationAndNumbersToAscii() {
        assertThat(Damage.halfWidthNumbers("（一）１．（２）")).isEqualTo("(一)1.(2)");
        assertThat(Damage.halfWidth("（一）增长5%左右，达到６０万人。")).isEqualTo("(一)增长5%左右,达到60万人.");
    }

    @Test
    void indentReplacesWhateverIndentationALineHad() {
        assertThat(Damage.indent("\u3000\u3000甲\n  乙\n\n\t丙", "\t")).isEqualTo("\t甲\n\t乙\n\n\t丙");
        assertThat(Damage.noBlankLines("甲\n\n\u3000\u3000\n乙")).isEqualTo("甲\n乙\n");
        assertThat(Damage.oneLine("甲  \n乙\n")).isEqualTo("甲乙");
    }

    @Test
    void gbkCopyHasNoSpaceGbkLacks() {
        String copy = Damage.GBK.apply("甲\u00a0乙\u2002丙\u2003丁\u2009戊", "", "", 0);
        assertThat(copy).isEqualTo("甲 乙 丙 丁 戊");
        assertThat(Damage.GBK.charset()).isEqualTo(Charset.forName("GBK"));
        assertThat(Charset.forName("GBK").newEncoder().canEncode(copy)).isTrue();
    }

    @Test
    void webPageChromeIsExpectedOut() {
        String page = Damage.WEB_PAGE.apply(TEXT, "", "", 3);
        assertThat(page).contains(TEXT);
        assertThat(Damage.chrome()).anySatisfy(line -> assertThat(page).startsWith(line + "\n"));
    }

    @Test
    void aSeedGivesTheSameCopy() {
        for (Damage damage : Damage.values()) {
            assertThat(damage.apply(TEXT, "下一份", "某某方案", 42)).as(damage.label())
                .isEqualTo(damage.apply(TEXT, "下一份", "某某方案", 42));
        }
    }
}
