/**
 * Reading plans from files: {@link org.plandoc.formats.Formats} tells .docx, .doc, web pages,
 * PDF and text apart by their content, turns them into the parser's paragraphs and
 * marks, and maps the parser's positions back into the file ({@link org.plandoc.formats.SourceMap}).
 */
package org.plandoc.formats;
