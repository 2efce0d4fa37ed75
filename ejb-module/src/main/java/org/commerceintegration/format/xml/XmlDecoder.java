package org.commerceintegration.format.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns message bytes into text strictly: a byte sequence that is not valid in the encoding is an error naming its
 * offset, never a silent U+FFFD. The encoding is the transport's when it states one, else the XML rules (byte order
 * mark, then the declaration's {@code encoding}, else UTF-8).
 *
 * <p>Why decode here rather than hand bytes to the parser: the prolog must be read as text anyway to choose the DTD,
 * and a strict decoder gives a precise position for broken bytes.
 */
final class XmlDecoder {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

    private XmlDecoder() {}

    /**
     * @param bytes   the message body
     * @param charset the transport's charset, or {@code null} to follow the XML rules
     */
    static String decode(byte[] bytes, Charset charset) {
        int skip = 0;
        Charset effective = charset;
        if (effective == null) {
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                effective = StandardCharsets.UTF_8;
                skip = 3;
            } else if (startsWith(bytes, 0xFE, 0xFF)) {
                effective = StandardCharsets.UTF_16BE;
                skip = 2;
            } else if (startsWith(bytes, 0xFF, 0xFE)) {
                effective = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (startsWith(bytes, 0x00, 0x3C, 0x00, 0x3F)) {
                effective = StandardCharsets.UTF_16BE;
            } else if (startsWith(bytes, 0x3C, 0x00, 0x3F, 0x00)) {
                effective = StandardCharsets.UTF_16LE;
            } else {
                effective = declared(bytes);
            }
        }
        return strictly(bytes, skip, effective);
    }

    private static Charset declared(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && end < 512 && bytes[end] != '>') {
            end++;
        }
        Matcher m = DECLARED_ENCODING.matcher(
                new String(bytes, 0, Math.min(end + 1, bytes.length), StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new XmlFormatException(
                    XmlFormatException.ENCODING,
                    "the declared encoding '" + m.group(1) + "' is not supported",
                    1,
                    m.start(1) + 1);
        }
    }

    private static String strictly(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out =
                CharBuffer.allocate((int) Math.ceil((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            int[] position = TextPosition.lineAndColumn(out, out.length());
            int offset = in.position();
            throw new XmlFormatException(
                    XmlFormatException.ENCODING,
                    offset < bytes.length
                            ? String.format(
                                    "byte 0x%02X at offset %d is not valid %s",
                                    bytes[offset] & 0xFF, offset, charset.name())
                            : "the message ends inside a " + charset.name() + " character",
                    position[0],
                    position[1]);
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
