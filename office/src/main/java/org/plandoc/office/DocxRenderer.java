package org.plandoc.office;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.office.internal.DocxDocument;
import org.plandoc.office.internal.Options;

/**
 * Writes plans as Word files (.docx) laid out as GB/T 9704-2012 official documents:
 * A4 with the 156 × 225 mm text block and a 22-line × 28-character grid, the title in
 * 2号 小标宋, the body in 3号 仿宋, level 1 headings in 黑体 and level 2 in 楷体, page
 * numbers {@code — 1 —} right on odd pages and left on even ones, and from the plan's
 * metadata the 版头 (issuer's mark in red, document number, red rule), the 主送机关
 * and the 落款 (issuer and date). Numbers are canonical (一、（一）1.（1）) unless told otherwise.
 *
 * <pre>{@code
 * DocxRenderer docx = DocxRenderer.builder().build();
 * try (OutputStream out = Files.newOutputStream(Path.of("plan.docx"))) {
 *     docx.render(result, out);
 * }
 * }</pre>
 *
 * <p>It does not implement {@code PlanRenderer}: that contract writes characters to an
 * {@link Appendable}, and a .docx is a zip archive of bytes, so this renderer writes to
 * an {@link OutputStream} instead. Errors of the stream are thrown as
 * {@link UncheckedIOException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocxRenderer {

    private final Options options;

    private DocxRenderer(Builder b) {
        this.options = new Options(b.canonicalNumbering, b.letterhead, b.assignments, b.boldLevel3,
            b.attachments, b.copyTo, b.printer, b.printDate);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Writes every plan of {@code result} into one document, each plan from a new page. */
    public void render(ParseResult result, OutputStream out) {
        Objects.requireNonNull(result, "result must not be null");
        DocxDocument.write(result.plans(), options, Objects.requireNonNull(out, "out must not be null"));
    }

    /** Writes {@code plan} as a document. */
    public void render(Plan plan, OutputStream out) {
        Objects.requireNonNull(plan, "plan must not be null");
        DocxDocument.write(List.of(plan), options, Objects.requireNonNull(out, "out must not be null"));
    }

    /** The document of every plan of {@code result}, as the bytes of a .docx file. */
    public byte[] render(ParseResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(result, out);
        return out.toByteArray();
    }

    /** The document of {@code plan}, as the bytes of a .docx file. */
    public byte[] render(Plan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(plan, out);
        return out.toByteArray();
    }

    /** Builds a {@link DocxRenderer}. */
    public static final class Builder {
        private boolean canonicalNumbering = true;
        private boolean letterhead = true;
        private boolean assignments;
        private boolean boldLevel3;
        private List<String> attachments = List.of();
        private String copyTo;
        private String printer;
        private LocalDate printDate;

        private Builder() {
        }

        /**
         * Number lists in the GB/T 9704 sequence 一、（一）1.（1） (default) or keep each label as
         * printed. A regulation's 第X章 and 第X条 and a decimal 1.1 keep their form (renumbered);
         * lists under an article or a decimal number start at （一）.
         */
        public Builder canonicalNumbering(boolean canonical) {
            this.canonicalNumbering = canonical;
            return this;
        }

        /**
         * The 版头 — the issuer's mark in red, the document number and the red rule —
         * when the plan's metadata names its issuer (default on). Turn it off for a plan
         * sent as the attachment of another document, which has none.
         */
        public Builder letterhead(boolean letterhead) {
            this.letterhead = letterhead;
            return this;
        }

        /**
         * A line under each item that names its units or deadline
         * ({@code 牵头单位：…；配合单位：…；完成时限：…}), as the screen style of HTML shows it
         * (default off: the official layout prints the text as written).
         */
        public Builder assignments(boolean assignments) {
            this.assignments = assignments;
            return this;
        }

        /** Level-3 titles ({@code 1.突出抓好政治建设。}) in bold, as many offices set them (default off). */
        public Builder boldLevel3(boolean bold) {
            this.boldLevel3 = bold;
            return this;
        }

        /** The names of the attachments, printed as the 附件说明 after the body (default none). */
        public Builder attachments(List<String> names) {
            this.attachments = List.copyOf(Objects.requireNonNull(names, "names must not be null"));
            return this;
        }

        /** 抄送: the bodies sent a copy, printed in the 版记 (default none). */
        public Builder copyTo(String copyTo) {
            this.copyTo = blankToNull(copyTo);
            return this;
        }

        /** 印发机关: the office that prints the document, in the 版记 (default none). */
        public Builder printer(String printer) {
            this.printer = blankToNull(printer);
            return this;
        }

        /** 印发日期: the day it is printed, in the 版记 (default none). */
        public Builder printDate(LocalDate date) {
            this.printDate = date;
            return this;
        }

        public DocxRenderer build() {
            return new DocxRenderer(this);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
