package org.plandoc.formats;

import java.util.List;
import java.util.Objects;
import org.plandoc.core.Diagnostic;
import org.plandoc.core.ParseResult;
import org.plandoc.core.PlanMetadata;
import org.plandoc.parser.Paragraph;

/**
 * A file read and parsed: the plans, what format the file was, how its text was
 * decoded, the paragraphs the parser was given and the map back into the file.
 *
 * <pre>{@code
 * ReadResult read = Formats.builder().build().read(Path.of("plan.docx"));
 * read.format();                        // DOCX
 * read.result().plans();                // as PlanParser gives them, with the metadata the file states
 * read.result().diagnostics().forEach(d -> System.err.println(read.describe(d)));   // plan.docx:¶12: …
 * }</pre>
 *
 * @param name       the file's name, as given (used in messages)
 * @param format     the format it was read as
 * @param charset    the charset its text was decoded with (text and web pages), or {@code null} (Word, PDF)
 * @param paragraphs the paragraphs and marks given to the parser; empty for a text file, which is parsed as text
 * @param sourceMap  leads the parser's positions back into the file
 * @param metadata   what the file states about the document besides its text (a web page's meta tags and
 *                   metadata table); already merged into the first plan where its text does not say it
 * @param result     the parse: plans, and diagnostics (what reading the file set aside comes first)
 */
public record ReadResult(String name, SourceFormat format, String charset, List<Paragraph> paragraphs,
                         SourceMap sourceMap, PlanMetadata metadata, ParseResult result) {

    public ReadResult {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(format, "format must not be null");
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs must not be null"));
        Objects.requireNonNull(sourceMap, "sourceMap must not be null");
        Objects.requireNonNull(metadata, "metadata must not be null");
        Objects.requireNonNull(result, "result must not be null");
    }

    /**
     * A diagnostic as a compiler prints it, with the file's name and the position in
     * the file: {@code plan.docx:¶12: warning PD101: …}, {@code page.html:40: …},
     * {@code plan.pdf:p3:12: …}, {@code plan.txt:12:5: …}; one without a position (about the
     * whole file) names the file alone: {@code page.html: info PD504: …}.
     */
    public String describe(Diagnostic d) {
        Objects.requireNonNull(d, "d must not be null");
        // without a place, the file alone, as compilers print it: "page.html: info PD504: …"
        String where = d.span() == null ? " " : sourceMap.describe(d.span()) + ": ";
        return name + ":" + where + d.severity().id() + " " + d.code() + ": " + d.message();
    }
}
