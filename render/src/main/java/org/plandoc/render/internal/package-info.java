/**
 * The writers that hold each format's escaping, shared by the renderers. Not API.
 */
package org.plandoc.render.internal;
