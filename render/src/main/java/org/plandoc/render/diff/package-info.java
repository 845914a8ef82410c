/**
 * Renderers of a {@link org.plandoc.core.diff.PlanChanges}: what changed between two plans as
 * text, Markdown, an HTML report and JSON, all behind one contract, {@link org.plandoc.render.diff.DiffRenderer}.
 */
package org.plandoc.render.diff;
