package org.plandoc.formats.internal;

import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Severity;
import org.plandoc.formats.Location;
import org.plandoc.parser.Paragraph;

/**
 * What a reader took from a file: the paragraphs with their marks, where each
 * comes from (anchors: an offset in the paragraph's text and the location in the
 * file from there on), the metadata the file states, and notes on what was left out.
 * Filled by one reader on one thread.
 */
public final class Extraction {

    /** Text from {@code offset} of its paragraph on comes from {@code location}. */
    public record Anchor(int offset, Location location) {
    }

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<List<Anchor>> anchors = new ArrayList<>();
    private final List<Diagnostic> notes = new ArrayList<>();
    private PlanMetadata metadata = PlanMetadata.EMPTY;
    private String charset;

    /** Adds a paragraph that comes from one place. */
    public void add(Paragraph paragraph, Location location) {
        add(paragraph, List.of(new Anchor(0, location)));
    }

    /** Adds a paragraph whose parts come from several places (lines of a PDF joined, a page's {@code <br>}). */
    public void add(Paragraph paragraph, List<Anchor> where) {
        if (where.isEmpty() || where.get(0).offset() != 0) {
            throw new IllegalArgumentException("the first anchor must be at offset 0");
        }
        paragraphs.add(paragraph);
        anchors.add(List.copyOf(where));
    }

    /** Notes, as an info diagnostic with no position, something the reader left out or added. */
    public void note(String code, String message) {
        notes.add(new Diagnostic(Severity.INFO, code, message, null));
    }

    public void metadata(PlanMetadata metadata) {
        this.metadata = metadata;
    }

    public void charset(String charset) {
        this.charset = charset;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<List<Anchor>> anchors() {
        return anchors;
    }

    public List<Diagnostic> notes() {
        return notes;
    }

    public PlanMetadata metadata() {
        return metadata;
    }

    public String charset() {
        return charset;
    }
}
