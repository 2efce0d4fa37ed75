package org.commerceintegration.monitoring.depth;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.QueueBrowser;
import java.util.Enumeration;
import org.commerceintegration.monitoring.ManagedQueue;

/**
 * Counts a queue's messages with a {@link QueueBrowser}: standard JMS, so it works on every provider, at the cost of
 * reading through the queue. Stops at a bound so that a flooded queue costs a bounded amount of work; the depth is
 * then reported as "at least".
 */
final class BrowsingQueueMonitor implements QueueMonitor {

    private final ConnectionFactory connectionFactory;
    private final int bound;

    BrowsingQueueMonitor(ConnectionFactory connectionFactory, int bound) {
        this.connectionFactory = connectionFactory;
        this.bound = bound;
    }

    @Override
    public String source() {
        return "jms-browser";
    }

    @Override
    public QueueDepth depth(ManagedQueue queue) {
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                QueueBrowser browser = context.createBrowser(queue.destination())) {
            Enumeration<?> messages = browser.getEnumeration();
            long count = 0;
            while (messages.hasMoreElements()) {
                messages.nextElement();
                if (++count >= bound) {
                    return QueueDepth.atLeast(count);
                }
            }
            return QueueDepth.of(count);
        } catch (JMSException | JMSRuntimeException e) {
            return QueueDepth.unknown("cannot browse " + queue.name() + ": " + e.getMessage());
        }
    }
}
