package org.commerceintegration.testsupport;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The outbound queue as a back end sees it, through the server's own JMS resources: receive what the application
 * sent, drain it between tests, and fill it until the provider refuses more.
 */
public final class OutboundQueue {

    /** Property marking the filler messages of {@link #fillUntilRefused()}. */
    private static final String FILLER = "CI_TestFiller";

    private OutboundQueue() {}

    /** One received message: body and the properties the application sets. */
    public record Received(
            byte[] body, String messageType, String ordersId, String storeId, String correlationId, int deliveryMode) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The next message, or {@code null} when none arrives within the timeout. */
    public static Received receive(Duration timeout) {
        try (JMSContext context = factory().createContext(JMSContext.AUTO_ACKNOWLEDGE);
                JMSConsumer consumer = context.createConsumer(queue())) {
            return received(consumer.receive(Math.max(1, timeout.toMillis())));
        }
    }

    /** Every message until none arrives within {@code quiet}. */
    public static List<Received> receiveAll(Duration quiet) {
        List<Received> all = new ArrayList<>();
        try (JMSContext context = factory().createContext(JMSContext.AUTO_ACKNOWLEDGE);
                JMSConsumer consumer = context.createConsumer(queue())) {
            for (Message m = consumer.receive(quiet.toMillis()); m != null; m = consumer.receive(quiet.toMillis())) {
                all.add(received(m));
            }
        }
        return all;
    }

    /** Removes everything; returns how many messages there were. */
    public static int drain() {
        int count = 0;
        try (JMSContext context = factory().createContext(JMSContext.AUTO_ACKNOWLEDGE);
                JMSConsumer consumer = context.createConsumer(queue())) {
            while (consumer.receive(300) != null) {
                count++;
            }
        }
        return count;
    }

    /**
     * Puts small non-persistent filler messages on the queue until the provider refuses one, the way a queue fills up
     * when the back end stops reading (IBM MQ: {@code MQRC_Q_FULL}; the embedded engine: {@code CWSIK0025E}).
     *
     * @return how many fillers the queue took
     */
    public static int fillUntilRefused() {
        int sent = 0;
        // transacted batches: far faster than one commit per filler
        try (JMSContext context = factory().createContext(JMSContext.SESSION_TRANSACTED)) {
            JMSProducer producer = context.createProducer()
                    .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                    .setProperty(FILLER, true);
            Queue queue = queue();
            while (sent < 10_000_000) {
                try {
                    producer.send(queue, "filler");
                } catch (JMSRuntimeException refused) {
                    context.commit();
                    return sent;
                }
                if (++sent % 1000 == 0) {
                    context.commit();
                }
            }
        }
        throw new IllegalStateException("the queue took 10 million messages without refusing one");
    }

    /**
     * Reads the queue empty, as a back end catching up would; fillers are dropped, any other message is returned, so
     * an application message that arrives meanwhile is neither lost nor counted twice.
     */
    public static List<Received> drainKeepingApplicationMessages() {
        List<Received> kept = new ArrayList<>();
        try (JMSContext context = factory().createContext(JMSContext.AUTO_ACKNOWLEDGE);
                JMSConsumer consumer = context.createConsumer(queue())) {
            for (Message m = consumer.receive(1000); m != null; m = consumer.receive(1000)) {
                if (!isFiller(m)) {
                    kept.add(received(m));
                }
            }
        }
        return kept;
    }

    private static boolean isFiller(Message message) {
        try {
            return message.propertyExists(FILLER);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Received received(Message message) {
        if (message == null) {
            return null;
        }
        try {
            byte[] body = message instanceof BytesMessage bytes
                    ? readAll(bytes)
                    : message.getBody(String.class).getBytes(StandardCharsets.UTF_8);
            return new Received(
                    body,
                    message.getStringProperty("CI_MessageType"),
                    message.getStringProperty("CI_OrdersId"),
                    message.getStringProperty("CI_StoreId"),
                    message.getJMSCorrelationID(),
                    message.getJMSDeliveryMode());
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(BytesMessage message) throws JMSException {
        byte[] body = new byte[(int) message.getBodyLength()];
        message.readBytes(body);
        return body;
    }

    private static ConnectionFactory factory() {
        return lookup("jms/JMSQueueConnectionFactory");
    }

    private static Queue queue() {
        return lookup("jms/JMSOutboundQueue");
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(String name) {
        try {
            return (T) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
