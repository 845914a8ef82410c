/**
 * The parser: {@link org.plandoc.parser.PlanParser} turns plan documents into the
 * plandoc model, with {@link org.plandoc.parser.DiagnosticCodes diagnostics} for
 * every repair it makes.
 */
package org.plandoc.parser;
