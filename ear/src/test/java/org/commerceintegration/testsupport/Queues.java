package org.commerceintegration.testsupport;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Test access to the server's queues through standard JMS, as a back end or an operator's tool would use them.
 */
public final class Queues {

    public static final String SERIAL = "jms/JMSSerialInboundQueue";
    public static final String PARALLEL = "jms/JMSParallelInboundQueue";
    public static final String OUTBOUND = "jms/JMSOutboundQueue";
    public static final String ERROR = "jms/JMSErrorQueue";

    private Queues() {}

    public static JMSContext context() {
        return lookup("jms/JMSQueueConnectionFactory", ConnectionFactory.class)
                .createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    public static Queue queue(String jndiName) {
        return lookup(jndiName, Queue.class);
    }

    /** Puts a BytesMessage with the given properties; returns its JMSMessageID. */
    public static String sendBytes(String queue, byte[] body, Map<String, String> properties) {
        try (JMSContext context = context()) {
            BytesMessage message = context.createBytesMessage();
            message.writeBytes(body);
            for (Map.Entry<String, String> property : properties.entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            context.createProducer().send(queue(queue), message);
            return message.getJMSMessageID();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sendText(String queue, String body) {
        try (JMSContext context = context()) {
            TextMessage message = context.createTextMessage(body);
            context.createProducer().send(queue(queue), message);
            return message.getJMSMessageID();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Receives the message correlated with {@code originalMessageId}, waiting up to {@code timeoutMillis}. */
    public static Message receiveCorrelated(String queue, String originalMessageId, long timeoutMillis) {
        try (JMSContext context = context()) {
            String selector = "JMSCorrelationID = '" + originalMessageId.replace("'", "''") + "'";
            return readable(context.createConsumer(queue(queue), selector).receive(timeoutMillis));
        }
    }

    /** Receives the next message, or null after {@code timeoutMillis}. */
    public static Message receive(String queue, long timeoutMillis) {
        try (JMSContext context = context()) {
            return readable(context.createConsumer(queue(queue)).receive(timeoutMillis));
        }
    }

    /**
     * The message with its body read while its session is open: a provider may stream a large body from the broker
     * only then (Artemis's large messages), and tests read it after the session is closed.
     */
    private static Message readable(Message message) {
        if (message != null) {
            body(message);
        }
        return message;
    }

    /** Consumes whatever is on the queue now. */
    public static int drain(String queue) {
        int count = 0;
        try (JMSContext context = context()) {
            var consumer = context.createConsumer(queue(queue));
            while (consumer.receive(200) != null) {
                count++;
            }
        }
        return count;
    }

    /** How many messages the queue holds now, by browsing. */
    public static int depth(String queue) {
        try (JMSContext context = context()) {
            var browser = context.createBrowser(queue(queue));
            List<Object> all = new ArrayList<>();
            browser.getEnumeration().asIterator().forEachRemaining(all::add);
            return all.size();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of a text or bytes message as bytes. */
    public static byte[] body(Message message) {
        try {
            if (message instanceof TextMessage text) {
                return text.getText().getBytes(StandardCharsets.UTF_8);
            }
            BytesMessage bytes = (BytesMessage) message;
            bytes.reset();
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            return body;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
