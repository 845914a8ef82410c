package org.plandoc.spark.internal;

import java.io.Serializable;

/**
 * What the executors need to read files as the driver was asked to: sent with each task.
 *
 * @param timeLimitMillis how long one file may take to read and parse
 * @param maxPages        the page limit of a PDF
 * @param json            whether each document row carries the JSON of its parse
 * @param java8Dates      whether the session takes dates as {@code java.time.LocalDate}
 *                        ({@code spark.sql.datetime.java8API.enabled}) rather than {@code java.sql.Date}
 */
public record Settings(long timeLimitMillis, int maxPages, boolean json, boolean java8Dates) implements Serializable {
}
