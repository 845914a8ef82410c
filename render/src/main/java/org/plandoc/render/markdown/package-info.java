/** Plans as CommonMark: {@link org.plandoc.render.markdown.MarkdownRenderer}. */
package org.plandoc.render.markdown;
