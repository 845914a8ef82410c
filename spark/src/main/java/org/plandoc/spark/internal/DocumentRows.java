package org.plandoc.spark.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.ParseResult;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Severity;
import org.plandoc.formats.ReadResult;
import org.plandoc.render.data.JsonRenderer;
import scala.jdk.javaapi.CollectionConverters;

/** A document row (in the order of {@link Schemas#documents(boolean)}): a file read, or why it was not. */
final class DocumentRows {

    private static final Object EMPTY = CollectionConverters.asScala(List.of()).toSeq();

    private DocumentRows() {
    }

    /**
     * The row of a file read: its plans' tables nested, its JSON when asked for.
     *
     * @param start when reading the file began ({@link System#nanoTime()}): {@code millis} is the time
     *              since, reading, parsing and making the rows
     */
    static Row of(String path, long length, ReadResult read, Settings settings, long start) {
        ParseResult result = read.result();
        int warnings = 0;
        int errors = 0;
        for (Diagnostic d : result.diagnostics()) {
            warnings += d.severity() == Severity.WARNING ? 1 : 0;
            errors += d.severity() == Severity.ERROR ? 1 : 0;
        }
        PlanMetadata m = result.plans().isEmpty() ? PlanMetadata.EMPTY : result.plans().get(0).metadata();
        Row metadata = RowFactory.create(m.issuer(), Cells.date(m.date(), settings.java8Dates()), m.documentNumber(),
            m.recipients(), Cells.date(m.published(), settings.java8Dates()), m.source());
        List<Object> cells = new ArrayList<>(List.of(path, read.format().id()));
        cells.add(result.charset());
        cells.add(length);
        cells.add(result.plans().size());
        cells.add(result.plans().isEmpty() ? null : result.plans().get(0).title());
        cells.add(metadata);
        cells.add(result.diagnostics().size());
        cells.add(warnings);
        cells.add(errors);
        cells.add(null);
        int millis = cells.size();
        cells.add(0L);
        for (String n : Schemas.NESTED) {
            cells.add(Cells.rows(Schemas.table(n), Schemas.table(n).rows(path, result), settings.java8Dates()));
        }
        if (settings.json()) {
            // as plandoc convert --to json writes it (source.name is the file's name), on one line: JSON Lines
            String json = JsonRenderer.builder().sourceName(read.name()).pretty(false).build().render(result);
            cells.add(json.endsWith("\n") ? json.substring(0, json.length() - 1) : json);
        }
        cells.set(millis, (System.nanoTime() - start) / 1_000_000);
        return RowFactory.create(cells.toArray());
    }

    /** The row of a file that could not be read: the reason, and nothing from inside it. */
    static Row error(String path, String format, long length, String reason, long millis, Settings settings) {
        List<Object> cells = new ArrayList<>();
        cells.add(path);
        cells.add(format);
        cells.add(null);
        cells.add(length);
        cells.add(0);
        cells.add(null);
        cells.add(null);
        cells.add(0);
        cells.add(0);
        cells.add(0);
        cells.add(reason);
        cells.add(millis);
        for (int i = 0; i < Schemas.NESTED.size(); i++) {
            cells.add(EMPTY);
        }
        if (settings.json()) {
            cells.add(null);
        }
        return RowFactory.create(cells.toArray());
    }
}
