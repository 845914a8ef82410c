/**
 * plandoc renderers: plans to JSON, YAML, Markdown, HTML and text.
 */
module org.plandoc.render {
    requires transitive org.plandoc.core;
    requires com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;    // PlandocModule is a Jackson module
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;

    exports org.plandoc.render;
    exports org.plandoc.render.data;
    exports org.plandoc.render.diff;
    exports org.plandoc.render.html;
    exports org.plandoc.render.markdown;
    exports org.plandoc.render.table;
    exports org.plandoc.render.text;
    // numbering labels and the assignment line, shared with the Word renderer; not API
    exports org.plandoc.render.internal to org.plandoc.office;

    opens org.plandoc.render.html;
    opens org.plandoc.render.data;
}
