package org.commerceintegration.transfer;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strings in the file's extension lines: UTF-8, every byte outside {@code A-Z a-z 0-9 - . _ : / @} written as
 * {@code %XX}, so a value never holds a space, a line break or anything an editor might change.
 */
final class Escapes {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Escapes() {}

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || "-._:/@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("an escape %XX is cut short");
                }
                bytes.write(Hex.digit(text.charAt(i + 1)) << 4 | Hex.digit(text.charAt(i + 2)));
                i += 2;
            } else if (c > 0x7E || c <= ' ') {
                throw new IllegalArgumentException("an unescaped character U+" + Integer.toHexString(c));
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the escaped bytes are not UTF-8");
        }
    }
}
