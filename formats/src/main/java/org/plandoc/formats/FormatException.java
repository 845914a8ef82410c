package org.plandoc.formats;

/**
 * A file that cannot be read as a plan, in one line that names the file and the
 * reason: {@code plan.docx: the file is encrypted; remove its password in Word first},
 * {@code scan.pdf: the PDF has no text layer (a scan?); run OCR on it first}.
 * Corrupt, encrypted and hostile files (zip bombs, too many pages) end here; never
 * a hang and never an exception from the libraries underneath.
 */
public final class FormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;

    /**
     * @param file   the file's name as the caller gave it
     * @param reason what is wrong, a phrase without the file name
     * @param cause  the library's exception, or {@code null}
     */
    public FormatException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    /** The file's name, as given to the reader. */
    public String file() {
        return file;
    }
}
