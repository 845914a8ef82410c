package org.plandoc.formats.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The charset of a web page: its byte-order mark, else the charset its
 * {@code <meta>} declares (when the bytes decode in it), else strict UTF-8, else
 * GB18030. Chinese government sites still serve GBK and GB2312 pages, and some
 * declare one charset and are written in another: the bytes decide.
 */
final class HtmlCharset {

    /** The decoded page and the charset used. */
    record Decoded(String text, String charset) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private HtmlCharset() {
    }

    static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Charset declared = declared(b);
        if (declared != null) {
            String text = strict(b, declared);
            if (text != null) {
                return new Decoded(text, declared.name());
            }
        }
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        return new Decoded(new String(b, GB18030), "GB18030");
    }

    /** The charset a {@code <meta charset>} or {@code <meta http-equiv content="…; charset=…">} in the first 4 KB names. */
    static Charset declared(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int at = 0;
        while ((at = head.indexOf("charset", at)) >= 0) {
            int i = at + 7;
            while (i < head.length() && (head.charAt(i) == ' ' || head.charAt(i) == '=' || head.charAt(i) == '"'
                || head.charAt(i) == '\'')) {
                i++;
            }
            int end = i;
            while (end < head.length() && (Character.isLetterOrDigit(head.charAt(end)) || head.charAt(end) == '-'
                || head.charAt(end) == '_')) {
                end++;
            }
            at = end;
            if (end > i) {
                String name = head.substring(i, end);
                if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk")) {
                    return GB18030;     // a superset: pages labelled gb2312 hold GBK characters
                }
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
