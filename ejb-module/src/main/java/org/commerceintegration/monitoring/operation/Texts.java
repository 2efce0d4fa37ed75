package org.commerceintegration.monitoring.operation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.commerceintegration.monitoring.browse.InvalidOperationException;

/**
 * Strict decoding of operator input: text that is not valid in its declared charset is refused rather than put on a
 * queue with replacement characters, which the back end would then apply as data.
 */
final class Texts {

    private Texts() {}

    static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidOperationException("Unknown charset '" + name + "'");
        }
    }

    static String decode(byte[] bytes, String charsetName) {
        Charset charset = charset(charsetName);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidOperationException("The body is not valid " + charset.name());
        }
    }

    /** A charset a message may declare: a Java charset name, or an IBM CCSID (digits) as IBM MQ declares it. */
    static String checkDeclared(String name) {
        String trimmed = name.trim();
        if (!trimmed.chars().allMatch(Character::isDigit) || trimmed.isEmpty()) {
            charset(trimmed);
        }
        return trimmed;
    }
}
