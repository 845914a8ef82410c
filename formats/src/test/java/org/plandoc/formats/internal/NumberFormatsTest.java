package org.plandoc.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberFormatsTest {

    @Test
    void chineseCountingAsWordWritesIt() {
        assertThat(NumberFormats.format(1, "chineseCounting")).isEqualTo("一");
        assertThat(NumberFormats.format(10, "chineseCounting")).isEqualTo("十");
        assertThat(NumberFormats.format(11, "chineseCounting")).isEqualTo("十一");
        assertThat(NumberFormats.format(20, "chineseCountingThousand")).isEqualTo("二十");
        assertThat(NumberFormats.format(105, "chineseCountingThousand")).isEqualTo("一百零五");
        assertThat(NumberFormats.format(10, "ideographDigital")).isEqualTo("一〇");
        assertThat(NumberFormats.format(10, "chineseLegalSimplified")).isEqualTo("壹拾");
        assertThat(NumberFormats.format(23, "chineseLegalSimplified")).isEqualTo("贰拾叁");
    }

    @Test
    void otherFormats() {
        assertThat(NumberFormats.format(3, "ideographTraditional")).isEqualTo("丙");
        assertThat(NumberFormats.format(11, "ideographTraditional")).as("the stems cycle").isEqualTo("甲");
        assertThat(NumberFormats.format(2, "ideographZodiac")).isEqualTo("丑");
        assertThat(NumberFormats.format(20, "decimalEnclosedCircle")).isEqualTo("⑳");
        assertThat(NumberFormats.format(21, "decimalEnclosedCircleChinese")).isEqualTo("㉑");
        assertThat(NumberFormats.format(51, "decimalEnclosedCircle")).isEqualTo("51");
        assertThat(NumberFormats.format(3, "decimalEnclosedParen")).isEqualTo("⑶");
        assertThat(NumberFormats.format(3, "decimalEnclosedFullstop")).isEqualTo("⒊");
        assertThat(NumberFormats.format(12, "decimalFullWidth")).isEqualTo("１２");
        assertThat(NumberFormats.format(7, "decimalZero")).isEqualTo("07");
        assertThat(NumberFormats.format(28, "upperLetter")).as("Word doubles the letter").isEqualTo("BB");
        assertThat(NumberFormats.format(4, "lowerRoman")).isEqualTo("iv");
        assertThat(NumberFormats.format(1994, "upperRoman")).isEqualTo("MCMXCIV");
        assertThat(NumberFormats.format(5, "bullet")).isEmpty();
        assertThat(NumberFormats.format(5, "somethingNew")).as("unknown: decimal").isEqualTo("5");
    }

    @Test
    void aTypedNumberIsSeen() {
        assertThat(TypedNumber.opens("三、重点任务", "二、")).isTrue();
        assertThat(TypedNumber.opens("　　（十二）加强", "1.")).isTrue();
        assertThat(TypedNumber.opens("2.完善", "（一）")).isTrue();
        assertThat(TypedNumber.opens("第三章 总则", "一、")).isTrue();
        assertThat(TypedNumber.opens("①月度", "1.")).isTrue();
        assertThat(TypedNumber.opens("2025年工作", "一、")).as("a year is not a number").isFalse();
        assertThat(TypedNumber.opens("十分重要", "一、")).isFalse();
        assertThat(TypedNumber.opens("一、 总体", "一、")).isTrue();
    }
}
