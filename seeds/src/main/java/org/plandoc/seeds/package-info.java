/**
 * The seed and corpus documents, for tests and benchmarks: {@link org.plandoc.seeds.Seeds}.
 */
package org.plandoc.seeds;
