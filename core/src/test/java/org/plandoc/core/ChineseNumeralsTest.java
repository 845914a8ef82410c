package org.plandoc.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({
        "0, 零", "1, 一", "9, 九", "10, 十", "11, 十一", "19, 十九", "20, 二十", "21, 二十一",
        "99, 九十九", "100, 一百", "101, 一百零一", "110, 一百一十", "111, 一百一十一",
        "1000, 一千", "1001, 一千零一", "1010, 一千零一十", "1100, 一千一百", "2024, 二千零二十四",
        "10000, 一万", "10001, 一万零一", "10010, 一万零一十", "11000, 一万一千", "100000, 十万",
        "110000, 十一万", "1000000, 一百万", "100000000, 一亿", "100000001, 一亿零一",
        "100010000, 一亿零一万", "100001000, 一亿零一千", "123456789, 一亿二千三百四十五万六千七百八十九"})
    void formatsTheOrdinaryForm(long n, String chinese) {
        assertThat(ChineseNumerals.format(n)).isEqualTo(chinese);
        assertThat(ChineseNumerals.parse(chinese)).isEqualTo(n);
    }

    @Test
    void roundTripsZeroToTenThousand() {
        for (int n = 0; n <= 10_000; n++) {
            String chinese = ChineseNumerals.format(n);
            assertThat(ChineseNumerals.parse(chinese)).as(chinese).isEqualTo(n);
        }
    }

    @Test
    void formatsEveryNumberDifferently() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int n = 0; n <= 10_000; n++) {
            assertThat(seen.add(ChineseNumerals.format(n))).as("duplicate form for %d", n).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "两, 2", "两千零五, 2005", "二〇二四, 2024", "一九九八, 1998", "〇, 0", "一十一, 11",
        "１２, 12", "12, 12", "壹佰贰拾叁, 123", "拾, 10", "三十五, 35", "五十, 50", "十二万三千, 123000"})
    void readsOtherForms(String text, long n) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(n);
    }

    @ParameterizedTest
    @CsvSource({"'', ", "一a, ", "十百, ", "二三十, ", "零十, ", "万, ", "一千二千, "})
    void rejectsWhatIsNoNumeral(String text) {
        assertThatThrownBy(() -> ChineseNumerals.parse(text)).isInstanceOf(NumberFormatException.class);
        assertThat(ChineseNumerals.parseOrMinusOne(text)).isEqualTo(-1);
    }

    @Test
    void rejectsNumbersOutOfRange() {
        assertThatThrownBy(() -> ChineseNumerals.format(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseNumerals.parse("一二三四五六七八九〇一二三"))
            .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void classifiesCharacters() {
        assertThat(ChineseNumerals.digitValue('两')).isEqualTo(2);
        assertThat(ChineseNumerals.digitValue('７')).isEqualTo(7);
        assertThat(ChineseNumerals.digitValue('是')).isEqualTo(-1);
        assertThat(ChineseNumerals.isNumeral('十')).isTrue();
        assertThat(ChineseNumerals.isNumeral('7')).isFalse();
        assertThat(ChineseNumerals.isArabicDigit('７')).isTrue();
        assertThat(ChineseNumerals.unitValue('万')).isEqualTo(10_000);
    }
}
