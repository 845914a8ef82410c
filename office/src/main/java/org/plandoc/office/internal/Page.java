package org.plandoc.office.internal;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

/**
 * The GB/T 9704-2012 page in twips (1/20 pt; 1 mm = 1440 / 25.4 = 56.69 twips):
 * A4, margins top 37 mm, bottom 35 mm, binding side (left) 28 mm, right 26 mm,
 * which leaves the 156 × 225 mm text block, holding 22 lines of 28 characters.
 */
public final class Page {

    /** 210 mm. */
    public static final int WIDTH = 11906;
    /** 297 mm. */
    public static final int HEIGHT = 16838;
    /** 37 mm. */
    public static final int TOP = 2098;
    /** 35 mm. */
    public static final int BOTTOM = 1984;
    /** 28 mm: the binding side. */
    public static final int LEFT = 1587;
    /** 26 mm. */
    public static final int RIGHT = 1474;
    /** 8845 twips = 156.0 mm. */
    public static final int TEXT_WIDTH = WIDTH - LEFT - RIGHT;
    /** 12756 twips = 225.0 mm. */
    public static final int TEXT_HEIGHT = HEIGHT - TOP - BOTTOM;

    /** Lines on a page and characters on a line, as the standard sets them. */
    public static final int LINES = 22;
    public static final int CHARS = 28;

    /**
     * 579 twips (28.95 pt): the text block's height shared by 22 lines, rounded down so that
     * 22 lines fit (22 × 579 = 12738 ≤ 12756) and a 23rd does not (13317). Every paragraph of
     * the body uses it as its exact line height, so the page holds 22 lines whatever font
     * the reader's machine substitutes.
     */
    public static final int LINE = TEXT_HEIGHT / LINES;

    /** 316 twips (15.79 pt): the text block's width shared by 28 characters; indents count in it. */
    public static final int CHAR = Math.round(TEXT_WIDTH / (float) CHARS);

    /** The body's font size, 三号 = 16 pt, in half-points: the grid's characters are measured against it. */
    public static final int BODY_SIZE = 32;

    /**
     * The document grid's extra pitch per character, in 1/4096 pt. Word lays out a
     * {@code linesAndChars} grid with a character pitch of the Normal font size plus this
     * delta (ECMA-376 §17.6.5). 28 characters in 156 mm need 442.25 / 28 = 15.795 pt each,
     * 0.205 pt less than the 16 pt body: (15.795 − 16) × 4096 = −841.3, rounded down to −842
     * so that the 28th character still fits (28 × 15.7944 pt = 8844.8 twips ≤ 8845).
     */
    public static final int CHAR_SPACE = (int) Math.floor((TEXT_WIDTH / 20.0 / CHARS - BODY_SIZE / 2.0) * 4096);

    /**
     * How much each 16 pt character of the body is condensed, in twips: 0.3 pt, to 15.7 pt.
     * LibreOffice never narrows a character to a grid cell smaller than its font (a 16 pt
     * character on the 15.79 pt grid takes two cells), so the body's paragraphs do not snap
     * to the grid's characters; condensed, 28 of them fill a line in Word, WPS and LibreOffice
     * alike (28 × 15.7 = 439.6 pt ≤ 442.2 pt < 29 × 15.7).
     */
    public static final int CONDENSE = -6;

    /** The advance of a 16 pt character of the body, condensed: 314 twips (15.7 pt). */
    public static final int PITCH = BODY_SIZE * 10 + CONDENSE;

    /**
     * The footer's distance from the page's bottom edge. GB/T 9704 puts the page number's
     * dash 7 mm below the text block, so the footer line (18 pt, 6.35 mm) ends
     * 35 − 7 − 6.35 = 21.65 mm above the edge: 1227 twips.
     */
    public static final int FOOTER = 1227;

    private Page() {
    }

    /** Sets A4, the margins and the 22 × 28 document grid on a section. */
    public static void setUp(CTSectPr sect) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(WIDTH));
        size.setH(BigInteger.valueOf(HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(TOP));
        mar.setBottom(BigInteger.valueOf(BOTTOM));
        mar.setLeft(BigInteger.valueOf(LEFT));
        mar.setRight(BigInteger.valueOf(RIGHT));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(FOOTER));
        mar.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LINE));
        grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
    }
}
