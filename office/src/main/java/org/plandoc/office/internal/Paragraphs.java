package org.plandoc.office.internal;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * The one place that writes runs and paragraph properties: every run gets its East
 * Asian face, size and Latin face here, and every text is cleaned of what XML cannot hold.
 */
public final class Paragraphs {

    private Paragraphs() {
    }

    /** Appends {@code text} as a run in {@code face} at {@code halfPoints} (32 = 16 pt). */
    public static XWPFRun text(XWPFParagraph p, String text, Face face, int halfPoints) {
        XWPFRun run = p.createRun();
        format(run, face, halfPoints);
        run.setText(clean(text));
        return run;
    }

    /**
     * Sets the faces and size of a run. The hint makes Word take the East Asian face for
     * characters both scripts share (“”, ‘’, —, …), which Chinese text prints full width.
     */
    public static void format(XWPFRun run, Face face, int halfPoints) {
        CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        fonts.setAscii(Face.LATIN);
        fonts.setHAnsi(Face.LATIN);
        fonts.setCs(Face.LATIN);
        fonts.setEastAsia(face.fontName());
        fonts.setHint(STHint.EAST_ASIA);
        if (halfPoints == Page.BODY_SIZE) {
            pr.addNewSpacing().setVal(BigInteger.valueOf(Page.CONDENSE));
        }
        run.setFontSize(halfPoints / 2.0);
        pr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    /** Indents the first line by {@code chars} characters of the grid. */
    public static void firstLine(XWPFParagraph p, int chars) {
        CTInd ind = ind(p);
        ind.setFirstLineChars(BigInteger.valueOf(chars * 100L));
        ind.setFirstLine(BigInteger.valueOf((long) chars * Page.CHAR));
    }

    /**
     * Indents both sides by whole characters of {@code charTwips} each; a negative
     * {@code firstLine} hangs the first line out by that many characters.
     */
    public static void indent(XWPFParagraph p, int left, int right, int firstLine, int charTwips) {
        CTInd ind = ind(p);
        ind.setLeft(BigInteger.valueOf((long) left * charTwips));
        ind.setRight(BigInteger.valueOf((long) right * charTwips));
        if (firstLine < 0) {
            ind.setHanging(BigInteger.valueOf((long) -firstLine * charTwips));
        } else if (firstLine > 0) {
            ind.setFirstLine(BigInteger.valueOf((long) firstLine * charTwips));
        }
    }

    /** An exact line height other than the body's (the title, the issuer's mark, the footer). */
    public static void lineHeight(XWPFParagraph p, int twips) {
        CTPPr pr = pPr(p);
        CTSpacing spacing = pr.isSetSpacing() ? pr.getSpacing() : pr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(twips));
        spacing.setLineRule(STLineSpacingRule.EXACT);
    }

    /** Space above the paragraph, in twips. */
    public static void spaceBefore(XWPFParagraph p, int twips) {
        CTPPr pr = pPr(p);
        CTSpacing spacing = pr.isSetSpacing() ? pr.getSpacing() : pr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(twips));
    }

    /**
     * Keeps the paragraph's characters at their own width and inside the text block. They do
     * not snap to the grid's characters: LibreOffice gives a character wider than a cell two
     * cells (see {@link Page#CONDENSE}). And {@code w:overflowPunct} is written as on, which is
     * Word's and WPS's default (a mark that ends a full line may extend past it, ECMA-376
     * §17.3.1.21), because LibreOffice reads the property inverted: without it, or with it
     * off, LibreOffice hangs such marks in the margin and drops some of them (a 。 vanished).
     */
    public static void inBlock(XWPFParagraph p) {
        CTPPr pr = pPr(p);
        pr.addNewSnapToGrid().setVal(STOnOff1.OFF);
        pr.addNewOverflowPunct().setVal(STOnOff1.ON);
    }

    /** Keeps a heading on the page of the paragraph after it. */
    public static void keepWithNext(XWPFParagraph p) {
        pPr(p).addNewKeepNext();
    }

    /** The outline level Word's navigation pane and readers of the file see (0 = level 1). */
    public static void outlineLevel(XWPFParagraph p, int level) {
        pPr(p).addNewOutlineLvl().setVal(BigInteger.valueOf(level));
    }

    /** {@code text} without what XML 1.0 cannot hold (control characters, lone surrogates); tabs become spaces. */
    static String clean(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                && (!Character.isSurrogate(c) || pairedAt(text, i));
            if (ok && b == null) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (ok) {
                b.append(c);
            } else if (c == '\t') {
                b.append(' ');
            }
        }
        return b == null ? text : b.toString();
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static CTInd ind(XWPFParagraph p) {
        CTPPr pr = pPr(p);
        return pr.isSetInd() ? pr.getInd() : pr.addNewInd();
    }

    static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }
}
