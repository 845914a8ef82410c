/**
 * JMH benchmarks of plandoc against the read limit, commonmark-java and Jackson;
 * the accuracy and robustness benchmarks on the real-world documents.
 */
package org.plandoc.bench;
