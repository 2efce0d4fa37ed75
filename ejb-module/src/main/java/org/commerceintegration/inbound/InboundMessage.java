package org.commerceintegration.inbound;

import java.util.Map;
import java.util.Objects;

/**
 * One message as it arrived, independent of the JMS provider: its original bytes (what goes to the error queue),
 * whether it was a text message, the charset it declared, and the headers that matter for routing and auditing.
 *
 * @param body          the original payload: a BytesMessage's bytes, or a TextMessage's text in UTF-8
 * @param text          whether it arrived as a TextMessage (the error copy is then a TextMessage too)
 * @param charset       the charset the message declared (e.g. from {@code JMS_IBM_Character_Set}), or null
 * @param messageId     {@code JMSMessageID}; a generated id when the producer disabled message ids
 * @param sourceQueue   the queue it was received from, by its configured name
 * @param deliveryCount {@code JMSXDeliveryCount}, 1 on first delivery
 * @param properties    the message's own string properties, kept for the error copy
 * @param correlationId {@code JMSCorrelationID}, or null
 */
public record InboundMessage(
        byte[] body,
        boolean text,
        String charset,
        String messageId,
        String sourceQueue,
        int deliveryCount,
        Map<String, String> properties,
        String correlationId) {

    /** A message without a correlation id. */
    public InboundMessage(
            byte[] body,
            boolean text,
            String charset,
            String messageId,
            String sourceQueue,
            int deliveryCount,
            Map<String, String> properties) {
        this(body, text, charset, messageId, sourceQueue, deliveryCount, properties, null);
    }

    public InboundMessage {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sourceQueue, "sourceQueue");
        properties = Map.copyOf(properties);
    }
}
