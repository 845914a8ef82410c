/**
 * The readers of each format and what they share; not API.
 */
package org.plandoc.formats.internal;
