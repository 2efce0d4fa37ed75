package org.commerceintegration.testsupport;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

/**
 * Looking for particular messages by selector without taking them, and removing exactly the messages a test left:
 * tests share the queues with the listeners and with each other, so they never assume a queue is empty.
 */
public final class QueueInspection {

    private QueueInspection() {}

    /** The first message matching the selector, browsed (not taken), waiting up to {@code timeoutMillis}; or null. */
    public static Message browse(String queue, String selector, long timeoutMillis) {
        Message[] found = new Message[1];
        InServer.await(timeoutMillis, () -> {
            try (JMSContext context = Queues.context();
                    var browser = context.createBrowser(Queues.queue(queue), selector)) {
                var all = browser.getEnumeration();
                found[0] = all.hasMoreElements() ? (Message) all.nextElement() : null;
                return found[0] != null;
            } catch (JMSException e) {
                throw new IllegalStateException(e);
            }
        });
        return found[0];
    }

    /** Takes every message matching the selector; returns how many. */
    public static int drain(String queue, String selector) {
        int count = 0;
        try (JMSContext context = Queues.context()) {
            var consumer = context.createConsumer(Queues.queue(queue), selector);
            while (consumer.receive(500) != null) {
                count++;
            }
        }
        return count;
    }

    public static String byId(String messageId) {
        return "JMSMessageID = '" + messageId + "'";
    }

    public static String byCorrelation(String correlationId) {
        return "JMSCorrelationID = '" + correlationId + "'";
    }
}
