/**
 * plandoc formats: Word (.docx, .doc), web pages and PDF read into plans. Apache POI,
 * jsoup and PDFBox live here and nowhere else in plandoc.
 */
module org.plandoc.formats {
    requires transitive org.plandoc.parser;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.scratchpad;
    requires org.apache.pdfbox;
    requires org.jsoup;
    requires java.xml;

    exports org.plandoc.formats;
}
