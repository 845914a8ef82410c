/**
 * The renderer contract, {@link org.plandoc.render.PlanRenderer}, shared by every output format.
 */
package org.plandoc.render;
