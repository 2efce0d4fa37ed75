package org.commerceintegration.messages;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.commerceintegration.inbound.ErrorQueue;
import org.commerceintegration.monitoring.ManagedQueues;

/**
 * Looks at the error queue by selector, never taking a message: which of some ids are still there, and the messages
 * a search names by id or correlation id. Ids go into string literals with their quotes doubled, so an id can never
 * widen a selector.
 */
@ApplicationScoped
public class ErrorQueueEntries {

    /** A message on the error queue, with the failure properties the inbound path set on it. */
    record Entry(
            String messageId,
            String correlationId,
            String originalMessageId,
            String replayedFrom,
            String reasonCode,
            String reason,
            String sourceQueue,
            LocalDateTime time) {}

    /** Selectors stay short: a page's ids are at most the page's size. */
    private static final int MAX_IDS_PER_SELECTOR = 200;

    @Resource(lookup = "jms/JMSQueueConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Inject
    private ManagedQueues queues;

    public String queueName() {
        return queues.errorQueue().name();
    }

    /** Those of the ids whose message is on the error queue now. */
    Set<String> present(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        List<String> all = ids.stream().distinct().toList();
        for (int start = 0; start < all.size(); start += MAX_IDS_PER_SELECTOR) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + MAX_IDS_PER_SELECTOR));
            String selector = "JMSMessageID IN ("
                    + chunk.stream().map(ErrorQueueEntries::literal).collect(Collectors.joining(", ")) + ")";
            for (Entry entry : browse(selector, chunk.size())) {
                found.add(entry.messageId());
            }
        }
        return found;
    }

    /**
     * The messages whose own id or original message id is {@code messageId} (when given) and whose correlation id is
     * {@code correlationId} (when given), at most {@code max}, in queue order; with neither, the first {@code max}.
     */
    List<Entry> matching(String messageId, String correlationId, int max) {
        List<String> terms = new ArrayList<>();
        if (messageId != null) {
            terms.add("(JMSMessageID = " + literal(messageId) + " OR " + ErrorQueue.ORIGINAL_MESSAGE_ID + " = "
                    + literal(messageId) + ")");
        }
        if (correlationId != null) {
            terms.add("JMSCorrelationID = " + literal(correlationId));
        }
        return browse(terms.isEmpty() ? null : String.join(" AND ", terms), max);
    }

    private List<Entry> browse(String selector, int max) {
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                QueueBrowser browser = context.createBrowser(queues.errorQueue().destination(), selector)) {
            List<Entry> entries = new ArrayList<>();
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && entries.size() < max) {
                entries.add(entry((Message) messages.nextElement()));
            }
            return entries;
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot browse " + queueName() + ": " + e.getMessage(), e);
        }
    }

    private static Entry entry(Message message) throws JMSException {
        return new Entry(
                message.getJMSMessageID(),
                message.getJMSCorrelationID(),
                text(message, ErrorQueue.ORIGINAL_MESSAGE_ID),
                text(message, ErrorQueue.REPLAYED_FROM),
                text(message, ErrorQueue.REASON_CODE),
                text(message, ErrorQueue.REASON),
                text(message, ErrorQueue.SOURCE_QUEUE),
                LocalDateTime.ofInstant(Instant.ofEpochMilli(message.getJMSTimestamp()), ZoneId.systemDefault()));
    }

    private static String text(Message message, String name) throws JMSException {
        Object value = message.getObjectProperty(name);
        return value == null ? null : value.toString();
    }

    private static String literal(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new IllegalArgumentException("an id may not contain control characters");
            }
        }
        return "'" + text.replace("'", "''") + "'";
    }
}
