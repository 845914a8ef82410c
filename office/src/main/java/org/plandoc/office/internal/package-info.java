/**
 * The page, the fonts and the parts of an official document (版头, 版记, page numbers)
 * as WordprocessingML, written with Apache POI. Not API.
 */
package org.plandoc.office.internal;
