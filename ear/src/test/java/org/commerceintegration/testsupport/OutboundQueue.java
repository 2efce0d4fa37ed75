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
import jakarta.transaction.UserTransaction;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The outbound queue as a back end sees it, through the server's own JMS resources: receive what the application
 * sent, prove that nothing (more) was sent with a marker message, drain it between tests, and fill it until the
 * provider refuses more.
 */
public final class OutboundQueue {

    /** Property marking the filler messages of {@link #fillUntilRefused()}. */
    private static final String FILLER = "CI_TestFiller";

    /** Property carrying the id of a marker message ({@link #putMarker()}). */
    private static final String MARKER = "CI_TestMarker";

    /** How long a marker may take to come through a queue that is not full. */
    private static final Duration MARKER_ARRIVAL = Duration.ofSeconds(30);

    private OutboundQueue() {}

    /**
     * One received message: body and the properties the application sets. Serializable, because an assertion that
     * fails on it travels from the server to the test runner.
     */
    public record Received(
            byte[] body, String messageType, String ordersId, String storeId, String correlationId, int deliveryMode)
            implements Serializable {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return messageType + " order " + ordersId + " correlation " + correlationId + ": "
                    + (text.length() > 80 ? text.substring(0, 80) + "..." : text);
        }
    }

    /** The next message, or {@code null} when none arrives within the timeout. */
    public static Received receive(Duration timeout) {
        try (JMSContext context = factory().createContext(JMSContext.AUTO_ACKNOWLEDGE);
                JMSConsumer consumer = context.createConsumer(queue())) {
            return received(consumer.receive(Math.max(1, timeout.toMillis())));
        }
    }

    /** Removes everything sent so far (up to a marker put now); returns how many messages there were. */
    public static int drain() {
        int dropped = 0;
        String marker;
        try {
            marker = putMarker();
        } catch (JMSRuntimeException full) {
            // left full by a test that failed before reading it empty: make room for the marker first
            dropped = drainKeepingApplicationMessages().size();
            marker = putMarker();
        }
        return dropped + receiveBefore(marker).size();
    }

    /**
     * Puts a marker on the queue, in the caller's transaction if there is one (then it arrives when that transaction
     * commits). Everything the application put on the queue before the marker arrives before it: the queue is first
     * in, first out. So "nothing was sent" is shown by the marker arriving first, without waiting for a quiet period.
     *
     * @return the marker's id, for {@link #receiveBefore(String)}
     */
    public static String putMarker() {
        String marker = UUID.randomUUID().toString();
        try (JMSContext context = factory().createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            context.createProducer().setProperty(MARKER, marker).send(queue(), "marker");
        }
        return marker;
    }

    /**
     * Receives up to and including the marker and returns what came before it (older markers and fillers dropped).
     *
     * @throws AssertionError when the marker does not arrive within {@link #MARKER_ARRIVAL}
     */
    public static List<Received> receiveBefore(String marker) {
        List<Received> before = new ArrayList<>();
        try (JMSContext context = factory().createContext(JMSContext.AUTO_ACKNOWLEDGE);
                JMSConsumer consumer = context.createConsumer(queue())) {
            long end = System.nanoTime() + MARKER_ARRIVAL.toNanos();
            while (System.nanoTime() < end) {
                Message m = consumer.receive(Math.max(1, (end - System.nanoTime()) / 1_000_000));
                if (m == null) {
                    break;
                }
                String markerOf = m.getStringProperty(MARKER);
                if (marker.equals(markerOf)) {
                    return before;
                }
                if (markerOf == null && !isFiller(m)) {
                    before.add(received(m));
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the marker did not arrive within " + MARKER_ARRIVAL + "; received before: " + before);
    }

    /** What the application sent up to now: the messages ahead of a marker put now. */
    public static List<Received> receiveSentSoFar() {
        return receiveBefore(putMarker());
    }

    /**
     * Puts small non-persistent filler messages on the queue until the provider refuses one, the way a queue fills up
     * when the back end stops reading (IBM MQ: {@code MQRC_Q_FULL}; the embedded engine: {@code CWSIK0025E}).
     *
     * @return how many fillers the queue took
     */
    public static int fillUntilRefused() {
        int sent = 0;
        // Batches in JTA transactions, far faster than one commit per filler (a Jakarta EE connection factory may
        // refuse a locally transacted session). The batch a refusal rolls back is then refilled one by one.
        try {
            UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
            while (sent < 10_000_000) {
                transaction.begin();
                int batch = 0;
                try (JMSContext context = factory().createContext()) {
                    JMSProducer producer = filler(context);
                    Queue queue = queue();
                    for (; batch < 1000; batch++) {
                        producer.send(queue, "filler");
                    }
                } catch (JMSRuntimeException refused) {
                    transaction.rollback();
                    return sent + fillOneByOneUntilRefused();
                }
                transaction.commit();
                sent += batch;
            }
        } catch (NamingException
                | jakarta.transaction.SystemException
                | jakarta.transaction.NotSupportedException
                | jakarta.transaction.RollbackException
                | jakarta.transaction.HeuristicMixedException
                | jakarta.transaction.HeuristicRollbackException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the queue took 10 million messages without refusing one");
    }

    private static int fillOneByOneUntilRefused() {
        int sent = 0;
        try (JMSContext context = factory().createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            // persistent, so that the provider answers each send (and so refuses it) before the next
            JMSProducer producer = filler(context).setDeliveryMode(DeliveryMode.PERSISTENT);
            Queue queue = queue();
            while (sent < 1000) {
                try {
                    producer.send(queue, "filler");
                } catch (JMSRuntimeException refused) {
                    return sent;
                }
                sent++;
            }
        }
        throw new IllegalStateException("the queue took back a whole refused batch without refusing again");
    }

    private static JMSProducer filler(JMSContext context) {
        return context.createProducer()
                .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                .setProperty(FILLER, true);
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
