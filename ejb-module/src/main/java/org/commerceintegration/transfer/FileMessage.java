package org.commerceintegration.transfer;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One message as a message file holds it: the body's bytes, the JMS headers and the properties with their JMS types
 * ({@link String}, {@link Boolean}, {@link Byte}, {@link Short}, {@link Integer}, {@link Long}, {@link Float},
 * {@link Double}).
 *
 * @param text          a text message (its body is the text in UTF-8) rather than a bytes message
 * @param body          the body's bytes
 * @param messageId     {@code JMSMessageID} where it came from, or null
 * @param correlationId {@code JMSCorrelationID}, or null
 * @param type          {@code JMSType}, or null
 * @param priority      {@code JMSPriority}, 0 to 9
 * @param persistent    {@code JMSDeliveryMode} is {@code PERSISTENT}
 * @param timestamp     {@code JMSTimestamp}, epoch milliseconds, 0 when unknown
 * @param expiration    {@code JMSExpiration}, epoch milliseconds, 0 for never
 * @param redelivered   {@code JMSRedelivered} when it was exported (information only)
 * @param deliveryCount {@code JMSXDeliveryCount} when it was exported, 0 when unknown (information only)
 * @param properties    the message's properties in file order
 */
public record FileMessage(
        boolean text,
        byte[] body,
        String messageId,
        String correlationId,
        String type,
        int priority,
        boolean persistent,
        long timestamp,
        long expiration,
        boolean redelivered,
        int deliveryCount,
        Map<String, Object> properties) {

    public FileMessage {
        Objects.requireNonNull(body, "body");
        if (priority < 0 || priority > 9) {
            throw new IllegalArgumentException("priority must be 0 to 9: " + priority);
        }
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            PropertyType.of(property.getValue()); // refuses a value of no JMS property type
        }
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileMessage m
                && text == m.text
                && Arrays.equals(body, m.body)
                && Objects.equals(messageId, m.messageId)
                && Objects.equals(correlationId, m.correlationId)
                && Objects.equals(type, m.type)
                && priority == m.priority
                && persistent == m.persistent
                && timestamp == m.timestamp
                && expiration == m.expiration
                && redelivered == m.redelivered
                && deliveryCount == m.deliveryCount
                && properties.equals(m.properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, Arrays.hashCode(body), properties);
    }

    @Override
    public String toString() {
        return "FileMessage[" + messageId + ", " + (text ? "text" : "bytes") + ", " + body.length + " bytes, "
                + properties.size() + " properties]";
    }
}
