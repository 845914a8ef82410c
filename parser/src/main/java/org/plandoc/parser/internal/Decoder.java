package org.plandoc.parser.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: a byte-order mark decides; else strict UTF-8; else GB18030,
 * which covers GBK and GB2312, the charsets of legacy Chinese files.
 */
public final class Decoder {

    /** The text and the charset it was decoded with; {@code malformed} when bytes were replaced. */
    public record Decoded(String text, String charset, boolean malformed) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private Decoder() {
    }

    /**
     * Decodes {@code bytes}. With a {@code forced} charset, that one is used
     * (bytes it cannot decode become U+FFFD and {@code malformed} is set).
     */
    public static Decoded decode(byte[] bytes, Charset forced) {
        if (forced != null) {
            return lenient(bytes, 0, forced);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        try {
            String text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "UTF-8", false);
        } catch (CharacterCodingException notUtf8) {
            try {
                String text = strict(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
                return new Decoded(text, "GB18030", false);
            } catch (CharacterCodingException notGb) {
                return lenient(bytes, 0, GB18030);
            }
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Decoded lenient(byte[] bytes, int offset, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = strict(charset).decode(in);
            return new Decoded(out.toString(), charset.name(), false);
        } catch (CharacterCodingException e) {
            String text = new String(bytes, offset, bytes.length - offset, charset);
            return new Decoded(text, charset.name(), true);
        }
    }
}
