package org.plandoc.spark.internal;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/** The error rows of files over the length limit, which are listed but never read. */
public final class TooLarge implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final Settings settings;
    private final long max;

    public TooLarge(Settings settings, long max) {
        this.settings = settings;
        this.max = max;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                Row f = files.next();
                return DocumentRows.error(f.getString(0), null, f.getLong(1), "the file is " + f.getLong(1)
                    + " bytes, over the limit of " + max + " (maxFileBytes; Spark's binaryFile.maxLength)", 0,
                    settings);
            }
        };
    }
}
