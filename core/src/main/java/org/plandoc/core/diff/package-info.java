/**
 * Comparing two plans — last year's and this year's: {@link org.plandoc.core.diff.PlanDiff}
 * aligns their sections, items and targets by content and returns the
 * {@link org.plandoc.core.diff.PlanChanges}. All types are immutable and thread-safe.
 */
package org.plandoc.core.diff;
