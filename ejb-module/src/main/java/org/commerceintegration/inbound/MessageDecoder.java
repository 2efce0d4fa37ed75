package org.commerceintegration.inbound;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import org.commerceintegration.format.MessageFormatException;

/**
 * Turns an inbound message's bytes into text with the charset the message declares, else the configured default.
 * IBM MQ declares it as a CCSID in {@code JMS_IBM_Character_Set} (e.g. {@code 1208} = UTF-8), other providers by
 * name. Malformed bytes are an error, never silently replaced: a status must not be recorded from garbled text.
 */
public final class MessageDecoder {

    /** The IBM MQ CCSIDs a back end is likely to use, by Java charset name. */
    private static final Map<String, String> CCSIDS = Map.ofEntries(
            Map.entry("1208", "UTF-8"),
            Map.entry("819", "ISO-8859-1"),
            Map.entry("1252", "windows-1252"),
            Map.entry("367", "US-ASCII"),
            Map.entry("437", "IBM437"),
            Map.entry("850", "IBM850"),
            Map.entry("37", "IBM037"),
            Map.entry("500", "IBM500"),
            Map.entry("1140", "IBM01140"),
            Map.entry("1141", "IBM01141"),
            Map.entry("1148", "IBM01148"),
            Map.entry("1200", "UTF-16BE"),
            Map.entry("1202", "UTF-16LE"),
            Map.entry("923", "ISO-8859-15"),
            Map.entry("5348", "windows-1252"));

    private final Charset defaultCharset;

    public MessageDecoder(Charset defaultCharset) {
        this.defaultCharset = defaultCharset;
    }

    /**
     * @throws MessageFormatException {@code ENCODING} when the charset is unknown or the bytes are not valid in it
     */
    public String decode(InboundMessage message) {
        Charset charset = charsetOf(message.charset());
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(message.body()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MessageFormatException(
                    "ENCODING", "The message body is not valid " + charset.name() + " (" + e.getMessage() + ")");
        }
    }

    /** The charset {@link #decode} uses for the message: what it declares, else the default. */
    public Charset charsetOf(InboundMessage message) {
        return charsetOf(message.charset());
    }

    Charset charsetOf(String declared) {
        if (declared == null || declared.isBlank()) {
            return defaultCharset;
        }
        String name = CCSIDS.getOrDefault(declared.trim(), declared.trim());
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MessageFormatException("ENCODING", "Unknown character set '" + declared + "'");
        }
    }
}
