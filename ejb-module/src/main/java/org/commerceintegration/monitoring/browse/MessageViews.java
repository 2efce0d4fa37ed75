package org.commerceintegration.monitoring.browse;

import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns JMS messages into {@link MessageView}s with the standard API only, so browsing works on every provider.
 */
public final class MessageViews {

    private MessageViews() {}

    static MessageView of(Message message, int bodyLimit) throws JMSException {
        byte[] body = bodyBytes(message);
        long timestamp = message.getJMSTimestamp();
        boolean truncated = body.length > bodyLimit;
        byte[] shown = truncated ? java.util.Arrays.copyOf(body, bodyLimit) : body;
        String text = utf8(shown, truncated);
        return new MessageView(
                message.getJMSMessageID(),
                timestamp == 0 ? null : Instant.ofEpochMilli(timestamp),
                message.getJMSCorrelationID(),
                message.getJMSDeliveryMode() == DeliveryMode.NON_PERSISTENT ? "NON_PERSISTENT" : "PERSISTENT",
                typeOf(message),
                message.getJMSPriority(),
                properties(message),
                body.length,
                text != null ? text : Base64.getEncoder().encodeToString(shown),
                text != null ? "text" : "base64",
                truncated,
                FailureInfo.of(message),
                null);
    }

    /** The body as bytes: a text body in UTF-8, a bytes body as it is; empty for other body types. */
    public static byte[] bodyBytes(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            String content = text.getText();
            return content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
        }
        if (message instanceof BytesMessage) {
            byte[] bytes = message.getBody(byte[].class);
            return bytes == null ? new byte[0] : bytes;
        }
        return new byte[0];
    }

    public static String typeOf(Message message) {
        if (message instanceof TextMessage) {
            return "Text";
        }
        if (message instanceof BytesMessage) {
            return "Bytes";
        }
        if (message instanceof MapMessage) {
            return "Map";
        }
        if (message instanceof ObjectMessage) {
            return "Object";
        }
        return message instanceof StreamMessage ? "Stream" : "Message";
    }

    /** Every property by name, sorted, values as the provider holds them (string, number, boolean). */
    static Map<String, Object> properties(Message message) throws JMSException {
        Map<String, Object> properties = new TreeMap<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
            Object value = message.getObjectProperty((String) name);
            if (value != null) {
                properties.put((String) name, value);
            }
        }
        return properties;
    }

    /**
     * The bytes as UTF-8 text, or null when they are not valid UTF-8. When the bytes were cut, a character split at
     * the cut is dropped rather than counted as invalid.
     */
    static String utf8(byte[] bytes, boolean cut) {
        int length = bytes.length;
        if (cut) {
            // back up over an incomplete trailing sequence (at most 3 continuation bytes plus its lead byte)
            int back = 0;
            while (back < 3 && length - back - 1 >= 0 && (bytes[length - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (length - back - 1 >= 0 && (bytes[length - back - 1] & 0xC0) == 0xC0) {
                length = length - back - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
