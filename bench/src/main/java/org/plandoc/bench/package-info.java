/**
 * JMH benchmarks of plandoc against the read limit, commonmark-java and Jackson.
 */
package org.plandoc.bench;
