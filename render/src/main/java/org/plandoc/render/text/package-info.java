/** Plans printed back as plain text in canonical numbering: {@link org.plandoc.render.text.TextRenderer}. */
package org.plandoc.render.text;
