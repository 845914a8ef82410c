package org.plandoc.office.internal;

/**
 * The typefaces of an official document, named as GB/T 9704 and offices name them, each
 * with the faces a machine that lacks it is likely to have, in the order to try them:
 * the Windows face of the same design (仿宋 / FangSong for 仿宋_GB2312), the macOS one
 * (STFangsong), then Noto CJK, which Linux desktops and LibreOffice installs carry.
 * The list goes into the font table as {@code w:altName}, which ECMA-376 §17.8.3.1 tells
 * an application to try, in order, before it substitutes by metrics.
 */
public enum Face {
    /** 仿宋: the body, and levels 3 and 4. */
    FANGSONG("仿宋_GB2312", "仿宋,FangSong,FangSong_GB2312,STFangsong,Noto Serif CJK SC", "modern"),
    /** 黑体: level 1 headings. */
    HEITI("黑体", "SimHei,STHeiti,Heiti SC,Noto Sans CJK SC", "modern"),
    /** 楷体: level 2 headings. */
    KAITI("楷体_GB2312", "楷体,KaiTi,KaiTi_GB2312,STKaiti,Kaiti SC,Noto Serif CJK SC", "modern"),
    /** 小标宋: the title and the issuer's mark. */
    XIAOBIAOSONG("方正小标宋简体", "方正小标宋_GBK,FZXiaoBiaoSong-B05S,华文中宋,STZhongsong,宋体,SimSun,Noto Serif CJK SC", "roman"),
    /** 宋体: page numbers. */
    SONGTI("宋体", "SimSun,STSong,Songti SC,Noto Serif CJK SC", "auto");

    /** The face for Latin letters and digits: on every Windows and Mac, and metric-matched on Linux. */
    public static final String LATIN = "Times New Roman";

    private final String name;
    private final String alternatives;
    private final String family;

    Face(String name, String alternatives, String family) {
        this.name = name;
        this.alternatives = alternatives;
        this.family = family;
    }

    /** The name written on each run ({@code w:eastAsia}). */
    public String fontName() {
        return name;
    }

    /** The faces to try when this one is missing, comma-separated as {@code w:altName} holds them. */
    public String alternatives() {
        return alternatives;
    }

    /** The font table's {@code w:family}: what a substitute by metrics should look like. */
    String family() {
        return family;
    }
}
