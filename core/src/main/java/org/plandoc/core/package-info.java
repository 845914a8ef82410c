/**
 * The plan model: {@link org.plandoc.core.Plan}, {@link org.plandoc.core.Section},
 * {@link org.plandoc.core.Item} and {@link org.plandoc.core.Target}, with their
 * positions ({@link org.plandoc.core.SourceSpan}) and the parser's repairs
 * ({@link org.plandoc.core.Diagnostic}). All types are immutable and thread-safe.
 */
package org.plandoc.core;
