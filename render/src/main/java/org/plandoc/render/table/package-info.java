/**
 * The model as flat tables — one row per target, per item, per task — with named, typed
 * columns: what {@code plandoc targets} and {@code plandoc tasks} write and what the Spark
 * module's views hold, defined once.
 */
package org.plandoc.render.table;
