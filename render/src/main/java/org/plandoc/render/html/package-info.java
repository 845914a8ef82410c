/** Plans as HTML pages or fragments, in a screen style or the GB/T 9704 official-document style. */
package org.plandoc.render.html;
