package org.plandoc.render.html;

/** The built-in looks of a standalone page. */
public enum HtmlStyle {
    /** A clean page for reading on screen. */
    SCREEN("screen.css"),
    /**
     * The official-document layout of GB/T 9704-2012: A4, a 156 × 225 mm text
     * block of 22 lines × 28 characters, 仿宋 16 pt body, 小标宋 22 pt title,
     * level-1 headings in 黑体 and level-2 in 楷体, with print CSS.
     */
    GBT9704("gbt9704.css");

    final String resource;

    HtmlStyle(String resource) {
        this.resource = resource;
    }
}
