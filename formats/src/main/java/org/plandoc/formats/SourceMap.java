package org.plandoc.formats;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.plandoc.core.SourceSpan;
import org.plandoc.formats.internal.Extraction;
import org.plandoc.parser.Paragraph;

/**
 * Leads a position in the text the parser read (a {@link SourceSpan}'s line and
 * column) back to where that text stands in the file: a Word paragraph, a line of
 * a web page, a page and line of a PDF. Diagnostics print it so that a user can
 * find what they speak of: {@code plan.docx:¶12: warning PD101: …}.
 *
 * <pre>{@code
 * ReadResult read = Formats.builder().build().read(Path.of("plan.docx"));
 * for (Diagnostic d : read.result().diagnostics()) {
 *     System.err.println(read.describe(d));      // plan.docx:¶12: warning PD101: …
 * }
 * Location where = read.sourceMap().locate(item.span());   // ¶12
 * }</pre>
 *
 * Instances are immutable.
 */
public final class SourceMap {

    private static final SourceMap IDENTITY = new SourceMap(new int[0], new int[0], new Location[0]);

    /** Anchors in ascending (line, column) order: text from there on comes from {@code locations[k]}. */
    private final int[] lines;
    private final int[] columns;
    private final Location[] locations;

    private SourceMap(int[] lines, int[] columns, Location[] locations) {
        this.lines = lines;
        this.columns = columns;
        this.locations = locations;
    }

    /** The map of a text file: the parser's lines are the file's lines. */
    public static SourceMap identity() {
        return IDENTITY;
    }

    /** The map of paragraphs a reader extracted, joined by line breaks as {@code PlanParser.parse(List)} joins them. */
    static SourceMap of(Extraction extraction) {
        List<Paragraph> paragraphs = extraction.paragraphs();
        int n = 0;
        for (List<Extraction.Anchor> a : extraction.anchors()) {
            n += a.size();
        }
        int[] lines = new int[n];
        int[] columns = new int[n];
        Location[] locations = new Location[n];
        int k = 0;
        int line = 1;
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p).text();
            for (Extraction.Anchor a : extraction.anchors().get(p)) {
                int breaks = 0;
                int lineStart = 0;
                for (int i = 0; i < Math.min(a.offset(), text.length()); i++) {
                    if (text.charAt(i) == '\n') {
                        breaks++;
                        lineStart = i + 1;
                    }
                }
                lines[k] = line + breaks;
                columns[k] = a.offset() - lineStart + 1;
                locations[k] = a.location();
                k++;
            }
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            line++;
        }
        return new SourceMap(lines, columns, locations);
    }

    /** Whether this is the map of a text file, where positions need no translation. */
    public boolean isIdentity() {
        return locations.length == 0;
    }

    /**
     * Where the text at {@code line}:{@code column} of the parser's text comes from.
     * For a text file, {@code Location.line(line)}.
     */
    public Location locate(int line, int column) {
        if (isIdentity()) {
            return Location.line(Math.max(1, line));
        }
        int lo = 0;
        int hi = lines.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            boolean before = lines[mid] < line || (lines[mid] == line && columns[mid] <= column);
            if (before) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return locations[found];
    }

    /** Where the start of {@code span} comes from. */
    public Location locate(SourceSpan span) {
        Objects.requireNonNull(span, "span must not be null");
        return locate(span.line(), span.column());
    }

    /**
     * The position of {@code span} as diagnostics print it: {@code 12:5} (line and
     * column) for a text file, else the location in the file: {@code ¶12}, {@code 40}, {@code p3:12}.
     */
    public String describe(SourceSpan span) {
        Objects.requireNonNull(span, "span must not be null");
        return isIdentity() ? span.toString() : locate(span).toString();
    }

    @Override
    public String toString() {
        return isIdentity() ? "SourceMap[identity]" : "SourceMap" + Arrays.toString(locations);
    }
}
