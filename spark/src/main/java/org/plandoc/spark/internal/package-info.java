/** How the Spark module reads files on the executors and shapes their rows; not API. */
package org.plandoc.spark.internal;
