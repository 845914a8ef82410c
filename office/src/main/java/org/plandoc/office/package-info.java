/**
 * Word output: {@link org.plandoc.office.DocxRenderer} writes plans as .docx files
 * laid out as GB/T 9704-2012 official documents.
 */
package org.plandoc.office;
