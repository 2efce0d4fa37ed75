package org.commerceintegration.monitoring.depth;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import java.util.Enumeration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commerceintegration.monitoring.ManagedQueue;

/**
 * When the message at the head of a queue was put: a browser reads the first message only, so the cost does not
 * grow with the depth. Standard JMS, every provider. The head is the next message a consumer would get: within one
 * priority the oldest; a lower-priority message behind it may be older still, which this does not look for (the
 * alarm it feeds is about a queue nobody takes from, where the head ages with the rest).
 */
@ApplicationScoped
public class QueueHead {

    private static final Logger LOG = Logger.getLogger(QueueHead.class.getName());

    @Resource(lookup = "jms/JMSQueueConnectionFactory")
    private ConnectionFactory connectionFactory;

    /**
     * The head message's {@code JMSTimestamp} (epoch milliseconds), 0 when the queue is empty, -1 when it cannot be
     * read (or the provider gives no timestamp). Never throws.
     */
    public long oldestTimestamp(ManagedQueue queue) {
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                QueueBrowser browser = context.createBrowser(queue.destination())) {
            Enumeration<?> messages = browser.getEnumeration();
            if (!messages.hasMoreElements()) {
                return 0;
            }
            long timestamp = ((Message) messages.nextElement()).getJMSTimestamp();
            return timestamp > 0 ? timestamp : -1;
        } catch (JMSException | JMSRuntimeException e) {
            LOG.log(Level.FINE, "Cannot browse the head of " + queue.name(), e);
            return -1;
        }
    }
}
