/**
 * The parser's stages (decode, clean, outline, assemble, targets, units and deadlines). Not API.
 */
package org.plandoc.parser.internal;
