/**
 * plandoc office: plans written as Word files (.docx) in the GB/T 9704-2012
 * official-document layout, with Apache POI.
 */
module org.plandoc.office {
    requires transitive org.plandoc.core;
    requires org.plandoc.render;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;

    exports org.plandoc.office;
}
