/**
 * The plandoc parser: plan documents as text (or bytes in UTF-8 or GB18030) to the plandoc model.
 */
module org.plandoc.parser {
    requires transitive org.plandoc.core;

    exports org.plandoc.parser;
}
