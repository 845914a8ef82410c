/**
 * The plandoc command: convert, check, targets and tasks.
 */
package org.plandoc.examples.cli;
