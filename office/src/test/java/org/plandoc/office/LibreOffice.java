package org.plandoc.office;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice, headless, as the tests' reader of the written .docx: it lays the files
 * out and exports PDF, many files in one run (starting it takes seconds). Where it is not
 * installed, {@link #find()} returns null and the tests say they are skipped
 * ({@code .ci/run} installs Debian's libreoffice-writer-nogui and fonts-noto-cjk).
 */
final class LibreOffice {

    static final String MISSING = "LibreOffice is not installed (apt-get install libreoffice-writer-nogui "
        + "fonts-noto-cjk); the layout check of the .docx output is skipped";

    private final Path soffice;

    private LibreOffice(Path soffice) {
        this.soffice = soffice;
    }

    /** The installed LibreOffice, or null. */
    static LibreOffice find() {
        for (String name : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice",
            "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice")) {
            if (Files.isExecutable(Path.of(name))) {
                return new LibreOffice(Path.of(name));
            }
        }
        return null;
    }

    /**
     * Converts every file to PDF in {@code dir} (beside each input, same base name) in one
     * LibreOffice process, with a profile of its own so that no other LibreOffice interferes.
     * The faces the documents name are mapped to Noto CJK by a fontconfig file (仿宋 and
     * 楷体 to the serif, 黑体 to the sans), as a Linux desktop without the Windows faces does.
     */
    List<Path> toPdf(List<Path> docx, Path dir) throws IOException, InterruptedException {
        Path fonts = dir.resolve("fonts.conf");
        try (var in = LibreOffice.class.getResourceAsStream("fonts.conf")) {
            Files.write(fonts, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
            "--nolockcheck", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
            // the blank page that puts a 版记 on an even page is printed, so the PDF has it too
            "--convert-to", "pdf:writer_pdf_Export:{\"IsSkipEmptyPages\":{\"type\":\"boolean\",\"value\":\"false\"}}",
            "--outdir", dir.toString()));
        docx.forEach(d -> command.add(d.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile());
        pb.environment().put("FONTCONFIG_FILE", fonts.toString());
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish converting " + docx.size() + " files in 10 minutes");
        }
        List<Path> pdfs = new ArrayList<>();
        for (Path d : docx) {
            String name = d.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
            Path pdf = dir.resolve(name);
            if (!Files.exists(pdf)) {
                throw new IllegalStateException("LibreOffice wrote no PDF for " + d.getFileName() + ": "
                    + log(dir.resolve("soffice.log")));
            }
            pdfs.add(pdf);
        }
        return pdfs;
    }

    private static String log(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
