package org.commerceintegration.inbound;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads an {@link InboundMessage} off a JMS message using only the standard API, so that every provider works.
 */
public final class JmsMessages {

    /** IBM MQ's charset property; other providers may set {@code charset}. */
    static final String IBM_CHARSET = "JMS_IBM_Character_Set";

    static final String CHARSET = "charset";

    private JmsMessages() {}

    public static InboundMessage read(Message message, String sourceQueue) throws JMSException {
        boolean text = message instanceof TextMessage;
        byte[] body;
        if (message instanceof BytesMessage bytes) {
            body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
        } else if (text) {
            String content = ((TextMessage) message).getText();
            body = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
        } else {
            // Map, object or stream messages are not a Commerce format; keep what there is for the error queue.
            body = new byte[0];
        }
        String charset =
                text ? "UTF-8" : firstNonBlank(stringProperty(message, IBM_CHARSET), stringProperty(message, CHARSET));
        String messageId =
                message.getJMSMessageID() != null ? message.getJMSMessageID() : "generated:" + UUID.randomUUID();
        int deliveryCount =
                message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        return new InboundMessage(
                body,
                text,
                charset,
                messageId,
                sourceQueue,
                deliveryCount,
                userProperties(message),
                message.getJMSCorrelationID());
    }

    private static Map<String, String> userProperties(Message message) throws JMSException {
        Map<String, String> properties = new HashMap<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
            String key = (String) name;
            if (!key.startsWith("JMS")) {
                Object value = message.getObjectProperty(key);
                if (value != null) {
                    properties.put(key, value.toString());
                }
            }
        }
        return properties;
    }

    private static String stringProperty(Message message, String name) throws JMSException {
        Object value = message.getObjectProperty(name);
        return value == null ? null : value.toString();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
