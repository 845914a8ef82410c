package org.plandoc.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Rows written as CSV (RFC 4180), TSV or JSON, with all quoting in one place. */
abstract class Table {

    abstract String render(List<String> columns, List<List<String>> rows);

    static Table of(String format, boolean bom) {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "csv":
                return new Separated(',', bom);
            case "tsv":
                return new Separated('\t', false);
            case "json":
                return new Json();
            default:
                throw new Failure("unknown --format '" + format + "': use csv, tsv or json");
        }
    }

    private static final class Separated extends Table {
        private final char separator;
        private final boolean bom;

        Separated(char separator, boolean bom) {
            this.separator = separator;
            this.bom = bom;
        }

        @Override
        String render(List<String> columns, List<List<String>> rows) {
            StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
            line(columns, b);
            rows.forEach(r -> line(r, b));
            return b.toString();
        }

        private void line(List<String> cells, StringBuilder b) {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    b.append(separator);
                }
                b.append(cell(cells.get(i)));
            }
            b.append(separator == ',' ? "\r\n" : "\n");
        }

        private String cell(String v) {
            if (separator == '\t') {
                // TSV has no quoting: tabs and line breaks inside a cell become spaces
                return v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
            }
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0);
            // a cell opening with = + - @ is a formula to a spreadsheet: a leading quote keeps it text
            String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
            return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
        }
    }

    private static final class Json extends Table {
        private static final List<String> NUMBERS = List.of("value", "upper", "normalized_value", "line");

        @Override
        String render(List<String> columns, List<List<String>> rows) {
            StringWriter w = new StringWriter();
            try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
                g.writeStartArray();
                for (List<String> r : rows) {
                    g.writeStartObject();
                    for (int i = 0; i < columns.size(); i++) {
                        String c = columns.get(i);
                        String v = r.get(i);
                        g.writeFieldName(c);
                        if (v.isEmpty() && NUMBERS.contains(c)) {
                            g.writeNull();
                        } else if (NUMBERS.contains(c)) {
                            g.writeNumber(v);
                        } else if (c.equals("placeholder")) {
                            g.writeBoolean(Boolean.parseBoolean(v));
                        } else {
                            g.writeString(v);
                        }
                    }
                    g.writeEndObject();
                    g.writeRaw('\n');
                }
                g.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return w + "\n";
        }
    }
}
