/**
 * Programs that show how to embed plandoc.
 */
package org.plandoc.examples;
