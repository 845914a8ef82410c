package org.plandoc.core;

/**
 * The numbering styles of Chinese official documents. Half- and full-width forms
 * of one style ({@code （一）} and {@code (一)}, {@code 1.} and {@code 1．}) are the
 * same style; {@link Numbering#label()} keeps what was printed.
 *
 * <p>A style says nothing about depth: which level a style stands for is read
 * from the order in which styles appear in each document.
 */
public enum NumberingStyle {
    /** {@code 一、} */
    CHINESE_DUN("chinese-dun", "一、"),
    /** {@code （一）} or {@code (一)} */
    CHINESE_PAREN("chinese-paren", "（一）"),
    /** {@code 一是}, {@code 二是}: enumerations inside a paragraph. */
    CHINESE_SHI("chinese-shi", "一是"),
    /** {@code 1.} or {@code 1．} */
    ARABIC_DOT("arabic-dot", "1."),
    /** {@code 1、} */
    ARABIC_DUN("arabic-dun", "1、"),
    /** {@code （1）} or {@code (1)} */
    ARABIC_PAREN("arabic-paren", "（1）"),
    /** {@code 1)} or {@code 1）}: a closing bracket only. */
    ARABIC_HALF_PAREN("arabic-half-paren", "1）"),
    /** {@code ①} … {@code ⑳} */
    CIRCLED("circled", "①"),
    /** {@code 第一篇} or {@code 第一部分}: a part of a compilation or a long plan. */
    PART("part", "第一篇"),
    /** {@code 第一章} */
    CHAPTER("chapter", "第一章"),
    /** {@code 第一节} */
    SUBCHAPTER("subchapter", "第一节"),
    /** {@code 第一条} */
    ARTICLE("article", "第一条"),
    /**
     * Decimal numbering of emergency plans: {@code 1}, {@code 1.1}, {@code 1.1.1}
     * followed by a space. The ordinal is the last component.
     */
    DECIMAL("decimal", "1.1"),
    /**
     * A heading without a number: a short standalone line ({@code “十四五”时期工作回顾},
     * {@code 2026年重点工作}) under which the document numbers its lists, or a
     * paragraph a Word file marks as a heading. Its label is empty; its ordinal
     * counts the headings of its level.
     */
    HEADING("heading", "");

    private final String id;
    private final String example;

    NumberingStyle(String id, String example) {
        this.id = id;
        this.example = example;
    }

    /** The kebab-case name used in data files ({@code chinese-dun}). */
    public String id() {
        return id;
    }

    /** The first number of this style as it is usually printed ({@code 一、}); empty for {@link #HEADING}. */
    public String example() {
        return example;
    }

    /**
     * The style with the given {@link #id()}.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static NumberingStyle fromId(String id) {
        for (NumberingStyle s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown numbering style: " + id);
    }
}
