package org.plandoc.office.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What a document needs besides its paragraphs: the defaults every run and paragraph
 * inherits, the font table with each face's fallbacks, and separate odd and even footers.
 * No theme is written, so no run can point at a theme font the reader's machine lacks.
 */
final class DocumentSetup {

    private DocumentSetup() {
    }

    static void apply(XWPFDocument doc) {
        styles(doc);
        fontTable(doc);
        // page numbers sit right on odd pages and left on even ones
        doc.setEvenAndOddHeadings(true);
    }

    /**
     * The defaults: 仿宋 16 pt, Chinese, exact 22-lines-a-page spacing. Word and LibreOffice
     * measure the grid's character pitch against the Normal style's size, so it is the body's 16 pt.
     */
    private static void styles(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(Face.LATIN);
        fonts.setHAnsi(Face.LATIN);
        fonts.setCs(Face.LATIN);
        fonts.setEastAsia(Face.FANGSONG.fontName());
        run.addNewSz().setVal(BigInteger.valueOf(Page.BODY_SIZE));
        run.addNewSzCs().setVal(BigInteger.valueOf(Page.BODY_SIZE));
        CTLanguage lang = run.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        lang.setBidi("ar-SA");
        CTPPrGeneral para = defaults.addNewPPrDefault().addNewPPr();
        // see Paragraphs.inBlock: LibreOffice reads this inverted, and "on" keeps its lines in the block
        para.addNewOverflowPunct().setVal(STOnOff1.ON);
        CTSpacing spacing = para.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(Page.LINE));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        // LibreOffice sizes the grid's cells from the Normal style's own East Asian size, not the defaults
        CTRPr normalRun = normal.addNewRPr();
        normalRun.addNewSz().setVal(BigInteger.valueOf(Page.BODY_SIZE));
        normalRun.addNewSzCs().setVal(BigInteger.valueOf(Page.BODY_SIZE));
        doc.createStyles().setStyles(styles);
    }

    /** {@code word/fontTable.xml}: each face with its fallbacks and the GB2312 character set. */
    private static void fontTable(XWPFDocument doc) {
        StringBuilder xml = new StringBuilder(1024)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
            .append("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (Face face : Face.values()) {
            // charset 86 is GB2312: a substitute must be a simplified-Chinese face
            xml.append("<w:font w:name=\"").append(face.fontName()).append("\">")
                .append("<w:altName w:val=\"").append(face.alternatives()).append("\"/>")
                .append("<w:charset w:val=\"86\"/><w:family w:val=\"").append(face.family()).append("\"/>")
                .append("<w:pitch w:val=\"variable\"/></w:font>");
        }
        xml.append("<w:font w:name=\"").append(Face.LATIN).append("\"><w:charset w:val=\"00\"/>")
            .append("<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the font table's part name is invalid", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
