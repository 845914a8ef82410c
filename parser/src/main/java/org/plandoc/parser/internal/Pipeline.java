package org.plandoc.parser.internal;

import java.util.List;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Severity;
import org.plandoc.parser.DiagnosticCodes;

/**
 * The parser's stages in order: decode (bytes only), clean ({@link Cleaner}, with
 * {@link PageChrome}), read the outline ({@link Outline}), find the closing
 * ({@link Closing}), assemble the model ({@link Assembler}: titles, metadata,
 * targets, units and deadlines).
 */
public final class Pipeline {

    private Pipeline() {
    }

    /** Parses decoded text; {@code report} may already hold decoding diagnostics. */
    public static ParseResult parse(String input, int maxDiagnostics, List<org.plandoc.core.Diagnostic> decoding) {
        return parse(input, Marks.NONE, maxDiagnostics, decoding);
    }

    /** Parses decoded text whose paragraphs a file marked ({@link Marks} by source line). */
    public static ParseResult parse(String input, Marks marks, int maxDiagnostics,
                                    List<org.plandoc.core.Diagnostic> decoding) {
        Report report = new Report(maxDiagnostics);
        for (org.plandoc.core.Diagnostic d : decoding) {
            report.add(d.severity(), d.code(), d.message(), d.span());
        }
        Source source = new Source(input);
        Invisibles.report(source, report);
        Cleaner cleaner = new Cleaner(source, report, marks).run();
        Logical text = cleaner.logical;
        List<PlanDraft> drafts = new Outline(text, source, report, cleaner.logicalMarks).build();
        Closing closing = new Closing(text);
        drafts.forEach(closing::find);
        List<Plan> plans = new Assembler(text, source, report, cleaner.pageMeta, new TargetScanner(source)).plans(drafts);
        boolean structured = plans.stream().anyMatch(p -> !p.sections().isEmpty());
        if (!plans.isEmpty() && !structured) {
            report.add(Severity.INFO, DiagnosticCodes.NO_STRUCTURE,
                "no numbered sections found: the text is read as the preamble of one plan", null);
        }
        checkTruncated(text, source, report, structured);
        return new ParseResult(plans, report.sorted(source), null);
    }

    /** A plan whose last paragraph stops mid-sentence was probably cut off. */
    private static void checkTruncated(Logical text, Source source, Report report, boolean structured) {
        int end = Chars.trimEnd(text, 0, text.length());
        if (!structured || end == 0) {
            return;
        }
        int start = end;
        while (start > 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        char last = text.charAt(end - 1);
        // a note on the last task (主办单位：…, 完成时限：…) is complete without a full stop
        if (end - start >= 20 && !Chars.endsSentence(text, end - 1) && !Chars.closes(last)
                && !Assignments.isNote(Chars.trim(text.text(start, end)))) {
            int at = text.originEnd(end, source.text.length());
            report.add(Severity.WARNING, DiagnosticCodes.TRUNCATED,
                "the text ends mid-sentence: it was probably cut off after " + Report.quote(text.text(Math.max(start, end - 10), end)),
                source.span(Math.max(0, at - 1), at));
        }
    }
}
