/**
 * Archives of plan documents as Spark Datasets: {@link org.plandoc.spark.PlanDocs} reads every
 * file under a path (any format plandoc reads, told by its content) into a Dataset of documents,
 * and gives the sections, items, targets and tasks of all of them as flat views.
 */
package org.plandoc.spark;
