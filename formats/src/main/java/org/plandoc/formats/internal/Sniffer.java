package org.plandoc.formats.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.plandoc.formats.SourceFormat;

/** Tells file formats apart by their first bytes (and, for a zip, the names of its entries). */
public final class Sniffer {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private Sniffer() {
    }

    public static SourceFormat detect(byte[] b) {
        if (startsWith(b, ZIP)) {
            // entry names stand uncompressed in the local headers and the central directory
            return contains(b, "word/document.xml") ? SourceFormat.DOCX : null;
        }
        if (startsWith(b, OLE2)) {
            return SourceFormat.DOC;
        }
        if (isPdf(b)) {
            return SourceFormat.PDF;
        }
        if (binary(b) || isRtf(b)) {
            // RTF is 7-bit text, but its control words would be read as the plan's text
            return null;
        }
        return isHtml(b) ? SourceFormat.HTML : SourceFormat.TEXT;
    }

    public static String describe(byte[] b) {
        if (startsWith(b, ZIP)) {
            if (contains(b, "xl/workbook.xml")) {
                return "an Excel workbook (.xlsx)";
            }
            if (contains(b, "ppt/presentation.xml")) {
                return "a PowerPoint file (.pptx)";
            }
            if (contains(b, "content.xml") && contains(b, "mimetype")) {
                return "an OpenDocument file (.odt); save it as .docx";
            }
            return "a zip archive that is not a Word file (no word/document.xml)";
        }
        if (isRtf(b)) {
            return "an RTF file; save it as .docx";
        }
        SourceFormat f = detect(b);
        return f == null ? "a binary file" : f.id();
    }

    /** RTF's signature (a brace, then \rtf) at the start, after a UTF-8 byte-order mark and white space if any. */
    private static boolean isRtf(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return b.length - i >= 5 && b[i] == '{' && b[i + 1] == '\\' && b[i + 2] == 'r' && b[i + 3] == 't'
            && b[i + 4] == 'f';
    }

    /** %PDF- within the first 1024 bytes, as readers allow. */
    private static boolean isPdf(byte[] b) {
        int n = Math.min(b.length, 1024);
        for (int i = 0; i + 5 <= n; i++) {
            if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /** NUL bytes in the first 8 KB, unless a UTF-16 byte-order mark explains them. */
    private static boolean binary(byte[] b) {
        if (utf16(b) != null) {
            return false;
        }
        for (int i = 0; i < Math.min(b.length, 8192); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static java.nio.charset.Charset utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** A page opens with a doctype, a comment, or one of the tags only pages start with. */
    static boolean isHtml(byte[] b) {
        java.nio.charset.Charset wide = utf16(b);
        String head;
        if (wide != null) {
            head = new String(b, 2, Math.min(b.length - 2, 2048), wide);
        } else {
            int from = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
            head = new String(b, from, Math.min(b.length - from, 2048), StandardCharsets.ISO_8859_1);
        }
        String s = head.stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("<?xml")) {
            return s.contains("<html");
        }
        while (s.startsWith("<!--")) {
            int end = s.indexOf("-->");
            if (end < 0) {
                return false;
            }
            s = s.substring(end + 3).stripLeading();
        }
        for (String open : new String[] {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"}) {
            if (s.startsWith(open)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] b, String ascii) {
        byte[] n = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= b.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (b[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
