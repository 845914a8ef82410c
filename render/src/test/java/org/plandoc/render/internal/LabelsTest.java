package org.plandoc.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;

/** Labels as printed and canonical: a plan's lists renumbered, a regulation's structure kept. */
class LabelsTest {

    static Numbering n(NumberingStyle style, int ordinal, String label) {
        return new Numbering(style, ordinal, label);
    }

    @Test
    void canonicalListsFollowTheStandardSequence() {
        assertThat(Labels.label(n(NumberingStyle.ARABIC_DUN, 3, "3、"), 1, true)).isEqualTo("三、");
        assertThat(Labels.label(n(NumberingStyle.ARABIC_DOT, 2, "2."), 2, true)).isEqualTo("（二）");
        assertThat(Labels.label(n(NumberingStyle.CIRCLED, 4, "④"), 3, true)).isEqualTo("4.");
        assertThat(Labels.label(n(NumberingStyle.CHINESE_DUN, 1, "一、"), 4, true)).isEqualTo("（1）");
        assertThat(Labels.label(n(NumberingStyle.ARABIC_DUN, 3, "3、"), 1, false)).isEqualTo("3、");
    }

    @Test
    void aRegulationKeepsItsChaptersAndArticlesRenumbered() {
        assertThat(Labels.label(n(NumberingStyle.CHAPTER, 2, "第二章"), 1, true)).isEqualTo("第二章\u3000");
        assertThat(Labels.label(n(NumberingStyle.SUBCHAPTER, 1, "第一节"), 1, true)).isEqualTo("第一节\u3000");
        // a repaired number: the ordinal, not the damaged print, under canonical numbering
        assertThat(Labels.label(n(NumberingStyle.ARTICLE, 12, "第十一条"), 1, true)).isEqualTo("第十二条\u3000");
        assertThat(Labels.label(n(NumberingStyle.ARTICLE, 12, "第十一条"), 1, false)).isEqualTo("第十一条\u3000");
        assertThat(Labels.label(n(NumberingStyle.PART, 3, "第三部分"), 1, true)).isEqualTo("第三部分\u3000");
        assertThat(Labels.label(n(NumberingStyle.PART, 3, "第三篇"), 1, true)).isEqualTo("第三篇\u3000");
    }

    @Test
    void decimalNumbersAndHeadingsKeepTheirForm() {
        assertThat(Labels.label(n(NumberingStyle.DECIMAL, 2, "4.2"), 2, true)).isEqualTo("4.2\u3000");
        assertThat(Labels.label(n(NumberingStyle.HEADING, 1, ""), 1, true)).isEmpty();
    }

    @Test
    void listsUnderAStructureStartWhereTheStandardStartsThem() {
        // 第一章 → 一、: a chapter takes no list level; 第一条 → （一）: an article's 项
        assertThat(Labels.below(1, n(NumberingStyle.CHAPTER, 1, "第一章"))).isEqualTo(1);
        assertThat(Labels.below(1, n(NumberingStyle.ARTICLE, 1, "第一条"))).isEqualTo(2);
        // under any decimal number, （一）: 1. would read as part of the decimal numbering
        assertThat(Labels.below(1, n(NumberingStyle.DECIMAL, 1, "1"))).isEqualTo(2);
        assertThat(Labels.below(2, n(NumberingStyle.DECIMAL, 2, "3.2"))).isEqualTo(2);
        // under an unnumbered heading, （一）: with 一、 the document numbers its top level, and its headings read back as text
        assertThat(Labels.below(0, n(NumberingStyle.HEADING, 1, ""))).isEqualTo(1);
        assertThat(Labels.below(2, n(NumberingStyle.CHINESE_PAREN, 1, "（一）"))).isEqualTo(3);
    }
}
