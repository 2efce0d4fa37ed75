package org.commerceintegration.monitoring.browse;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.commerceintegration.monitoring.ManagedQueue;
import org.commerceintegration.monitoring.ManagedQueues;

/**
 * Looks at messages without taking them: a queue's first messages, or one message by id. Browsing is standard JMS,
 * so it works with every provider; a browser never locks or consumes, so listeners are not disturbed.
 */
@ApplicationScoped
public class MessageBrowser {

    public static final int MAX_LIMIT = 500;
    /** The most of a body a detail shows: the legacy reader's own limit, far above any real order message. */
    public static final int DETAIL_BODY_LIMIT = 1 << 20;
    /**
     * The most body bytes one page holds, whatever {@code limit} and {@code bodyLimit} ask: 500 bodies of 1 MiB would
     * hold half a gigabyte for one viewer. Once spent, the remaining messages come without their bodies.
     */
    public static final int PAGE_BODY_BUDGET = 4 << 20;

    @Resource(lookup = "jms/JMSQueueConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Inject
    private ManagedQueues queues;

    @Inject
    private MessageBodies bodies;

    /**
     * @param limit     1 to {@value #MAX_LIMIT} messages
     * @param bodyLimit bytes of each body to include (0 for none)
     */
    public MessagePage browse(String queueName, int limit, int bodyLimit) {
        ManagedQueue queue = queues.require(queueName);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidOperationException("limit must be 1 to " + MAX_LIMIT);
        }
        if (bodyLimit < 0) {
            throw new InvalidOperationException("bodyLimit may not be negative");
        }
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                QueueBrowser browser = context.createBrowser(queue.destination())) {
            List<MessageView> messages = new ArrayList<>();
            Enumeration<?> all = browser.getEnumeration();
            long budget = PAGE_BODY_BUDGET;
            boolean capped = false;
            while (all.hasMoreElements() && messages.size() < limit) {
                int wanted = Math.min(bodyLimit, DETAIL_BODY_LIMIT);
                int allowed = (int) Math.min(wanted, budget);
                MessageView view = view((Message) all.nextElement(), allowed);
                capped |= allowed < wanted && view.bodySize() > allowed;
                budget -= Math.min(view.bodySize(), allowed);
                messages.add(view);
            }
            return new MessagePage(
                    queue.name(), limit, messages.size(), all.hasMoreElements(), PAGE_BODY_BUDGET, capped, messages);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot browse " + queue.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * One message with its whole body (up to {@value #DETAIL_BODY_LIMIT} bytes) and the body laid out.
     *
     * @throws MessageNotFoundException when no message with that id is on the queue
     */
    public MessageView detail(String queueName, String messageId) {
        ManagedQueue queue = queues.require(queueName);
        String selector = MessageSelectors.byMessageId(messageId);
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                QueueBrowser browser = context.createBrowser(queue.destination(), selector)) {
            Enumeration<?> found = browser.getEnumeration();
            if (!found.hasMoreElements()) {
                throw new MessageNotFoundException(queue.name(), messageId);
            }
            Message message = (Message) found.nextElement();
            return view(message, DETAIL_BODY_LIMIT).withView(bodies.view(message));
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot browse " + queue.name() + ": " + e.getMessage(), e);
        }
    }

    /** The message as listed; a failed message also names its order, read from the whole body. */
    private MessageView view(Message message, int bodyLimit) throws JMSException {
        MessageView view = MessageViews.of(message, bodyLimit);
        return view.failure() == null ? view : view.withFailure(view.failure().withOrdersId(bodies.ordersId(message)));
    }
}
