package org.commerceintegration.messages;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commerceintegration.inbound.ProcessedMessage;
import org.commerceintegration.outbound.SendRecord;

/**
 * Finds messages by order, back-end order number, message id, correlation id, outcome, queue and time, newest first,
 * across the inbound processing record, the outbound sends and the error queue.
 *
 * <p>Each database source is one indexed query that returns its newest {@code offset + limit + 1} matching rows
 * ({@code setMaxResults}, which EclipseLink turns into the database's own row limit); the sources are merged by time
 * and the page cut from the merge, so pages neither repeat nor skip whatever the sources' shares. A failed inbound
 * record says whether its copy is still on the error queue (one browse per page); error-queue messages that no record
 * names are searched only by id or correlation id, the properties a selector can match.
 *
 * <p>{@code ON_ERROR_QUEUE} asks what is on the error queue now: the queue is browsed (its first
 * {@value #MAX_ERROR_QUEUE_SCAN} messages, narrowed by id or correlation id when given) and each message shown as the
 * record of the message it is the copy of, or as itself when no record names it; the other criteria then apply to
 * those rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MessageSearch {

    /** Orders one back-end number can name; more would be a data problem, not a search. */
    private static final int MAX_ORDERS_PER_NUMBER = 100;

    /** Messages an {@code ON_ERROR_QUEUE} search browses at most: an error queue is drained, not kept. */
    static final int MAX_ERROR_QUEUE_SCAN = 10_000;

    /** Ids per {@code IN} list when looking up the records of error-queue copies. */
    private static final int MAX_IDS_PER_QUERY = 200;

    private static final Comparator<FoundMessage> NEWEST_FIRST = Comparator.comparing(
                    (FoundMessage m) -> LocalDateTime.parse(m.time()))
            .reversed()
            .thenComparing(FoundMessage::kind)
            .thenComparing(m -> m.messageId() == null ? "" : m.messageId());

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @Inject
    private ErrorQueueEntries errorQueue;

    public FoundMessages search(MessageCriteria criteria) {
        List<Long> numberOrders = criteria.merchantOrderNumber() == null ? List.of() : ordersNumbered(criteria);
        List<FoundMessage> merged = new ArrayList<>();
        if (MessageCriteria.ON_ERROR_QUEUE.equals(criteria.outcome())) {
            merged.addAll(onErrorQueue(criteria, numberOrders));
        } else {
            merged.addAll(inbound(criteria, numberOrders));
            merged.addAll(outbound(criteria, numberOrders));
            merged.addAll(errorQueueOnly(criteria));
        }
        merged.sort(NEWEST_FIRST);
        int end = Math.min(merged.size(), criteria.offset() + criteria.limit());
        List<FoundMessage> page = criteria.offset() >= merged.size()
                ? List.of()
                : new ArrayList<>(merged.subList(criteria.offset(), end));
        return new FoundMessages(
                criteria.offset(), criteria.limit(), merged.size() > end, withErrorQueuePresence(page));
    }

    private List<Long> ordersNumbered(MessageCriteria criteria) {
        return entityManager
                .createQuery("SELECT o.id FROM Order o WHERE o.merchantOrderNumber = :number", Long.class)
                .setParameter("number", criteria.merchantOrderNumber())
                .setMaxResults(MAX_ORDERS_PER_NUMBER)
                .getResultList();
    }

    private List<FoundMessage> inbound(MessageCriteria criteria, List<Long> numberOrders) {
        if (criteria.outcome() != null
                && !criteria.outcome().equals("PROCESSED")
                && !criteria.outcome().equals("FAILED")) {
            return List.of();
        }
        Where where = new Where();
        where.add("m.ordersId = :ordersId", "ordersId", criteria.ordersId());
        if (criteria.merchantOrderNumber() != null) {
            where.add(
                    numberOrders.isEmpty()
                            ? "m.merchantOrderNumber = :number"
                            : "(m.merchantOrderNumber = :number OR m.ordersId IN :numberOrders)",
                    "number",
                    criteria.merchantOrderNumber());
            if (!numberOrders.isEmpty()) {
                where.parameters.put("numberOrders", numberOrders);
            }
        }
        where.add("(m.messageId = :messageId OR m.errorMessageId = :messageId)", "messageId", criteria.messageId());
        where.add("m.correlationId = :correlationId", "correlationId", criteria.correlationId());
        where.add("m.outcome = :outcome", "outcome", criteria.outcome());
        where.add("m.queueName = :queue", "queue", criteria.queue());
        where.add("m.received >= :from", "from", criteria.from());
        where.add("m.received < :to", "to", criteria.to());
        TypedQuery<ProcessedMessage> query = entityManager
                .createQuery(
                        "SELECT m FROM ProcessedMessage m" + where + " ORDER BY m.received DESC, m.messageId",
                        ProcessedMessage.class)
                .setFirstResult(0)
                .setMaxResults(criteria.window());
        where.bind(query);
        return query.getResultList().stream().map(MessageSearch::found).toList();
    }

    private List<FoundMessage> outbound(MessageCriteria criteria, List<Long> numberOrders) {
        if (criteria.outcome() != null
                && !criteria.outcome().equals("SENT")
                && !criteria.outcome().equals("FAILED")) {
            return List.of();
        }
        if (criteria.merchantOrderNumber() != null && numberOrders.isEmpty()) {
            return List.of();
        }
        Where where = new Where();
        where.add("s.ordersId = :ordersId", "ordersId", criteria.ordersId());
        if (!numberOrders.isEmpty()) {
            where.add("s.ordersId IN :numberOrders", "numberOrders", numberOrders);
        }
        where.add("s.messageId = :messageId", "messageId", criteria.messageId());
        where.add("s.correlationId = :correlationId", "correlationId", criteria.correlationId());
        where.add("s.outcome = :outcome", "outcome", criteria.outcome());
        where.add("s.queueName = :queue", "queue", criteria.queue());
        where.add("s.attempted >= :from", "from", criteria.from());
        where.add("s.attempted < :to", "to", criteria.to());
        TypedQuery<SendRecord> query = entityManager
                .createQuery(
                        "SELECT s FROM SendRecord s" + where
                                + " ORDER BY s.attempted DESC, s.storeMessageId DESC, s.attempt DESC",
                        SendRecord.class)
                .setFirstResult(0)
                .setMaxResults(criteria.window());
        where.bind(query);
        return query.getResultList().stream().map(MessageSearch::found).toList();
    }

    /** Error-queue messages the search names by id that no processing record knows as its error copy. */
    private List<FoundMessage> errorQueueOnly(MessageCriteria criteria) {
        if (criteria.messageId() == null && criteria.correlationId() == null
                || criteria.ordersId() != null
                || criteria.merchantOrderNumber() != null
                || criteria.outcome() != null
                || criteria.queue() != null && !criteria.queue().equals(errorQueue.queueName())) {
            return List.of();
        }
        List<ErrorQueueEntries.Entry> entries =
                errorQueue.matching(criteria.messageId(), criteria.correlationId(), criteria.window());
        Set<String> recorded = recordsOfCopies(copyIds(entries)).keySet();
        List<FoundMessage> found = new ArrayList<>();
        for (ErrorQueueEntries.Entry entry : entries) {
            if (criteria.from() != null && entry.time().isBefore(criteria.from())
                    || criteria.to() != null && !entry.time().isBefore(criteria.to())
                    || recorded.contains(entry.messageId())) {
                continue;
            }
            found.add(found(entry));
        }
        return found;
    }

    private List<FoundMessage> onErrorQueue(MessageCriteria criteria, List<Long> numberOrders) {
        List<ErrorQueueEntries.Entry> entries =
                errorQueue.matching(criteria.messageId(), criteria.correlationId(), MAX_ERROR_QUEUE_SCAN);
        Map<String, ProcessedMessage> records = recordsOfCopies(copyIds(entries));
        List<FoundMessage> found = new ArrayList<>();
        for (ErrorQueueEntries.Entry entry : entries) {
            ProcessedMessage record = records.get(entry.messageId());
            FoundMessage message = record == null ? found(entry) : found(record).onErrorQueue(true);
            if (onErrorQueueMatches(message, criteria, numberOrders)) {
                found.add(message);
            }
        }
        return found;
    }

    /** The criteria other than ids (the browse's selector took those) and outcome, on a row of the error queue. */
    private boolean onErrorQueueMatches(FoundMessage message, MessageCriteria criteria, List<Long> numberOrders) {
        LocalDateTime time = LocalDateTime.parse(message.time());
        return (criteria.ordersId() == null || criteria.ordersId().equals(message.ordersId()))
                && (criteria.merchantOrderNumber() == null
                        || criteria.merchantOrderNumber().equals(message.merchantOrderNumber())
                        || numberOrders.contains(message.ordersId()))
                && (criteria.queue() == null
                        || criteria.queue().equals(message.queue())
                        || criteria.queue().equals(errorQueue.queueName()))
                && (criteria.from() == null || !time.isBefore(criteria.from()))
                && (criteria.to() == null || time.isBefore(criteria.to()));
    }

    /** The processing records that name these error-queue messages as their copies, by copy id. */
    private Map<String, ProcessedMessage> recordsOfCopies(List<String> copyIds) {
        Map<String, ProcessedMessage> records = new HashMap<>();
        for (int start = 0; start < copyIds.size(); start += MAX_IDS_PER_QUERY) {
            entityManager
                    .createQuery(
                            "SELECT m FROM ProcessedMessage m WHERE m.errorMessageId IN :ids", ProcessedMessage.class)
                    .setParameter("ids", copyIds.subList(start, Math.min(copyIds.size(), start + MAX_IDS_PER_QUERY)))
                    .getResultList()
                    .forEach(record -> records.put(record.getErrorMessageId(), record));
        }
        return records;
    }

    private static List<String> copyIds(List<ErrorQueueEntries.Entry> entries) {
        return entries.stream().map(ErrorQueueEntries.Entry::messageId).toList();
    }

    private List<FoundMessage> withErrorQueuePresence(List<FoundMessage> page) {
        List<String> copies = page.stream()
                .filter(m -> m.kind() == MessageKind.INBOUND && m.errorMessageId() != null)
                .map(FoundMessage::errorMessageId)
                .toList();
        if (copies.isEmpty()) {
            return page;
        }
        Set<String> present = errorQueue.present(copies);
        return page.stream()
                .map(m -> m.kind() == MessageKind.INBOUND && m.errorMessageId() != null
                        ? m.onErrorQueue(present.contains(m.errorMessageId()))
                        : m)
                .toList();
    }

    static FoundMessage found(ProcessedMessage m) {
        return new FoundMessage(
                MessageKind.INBOUND,
                m.getMessageId(),
                m.getCorrelationId(),
                m.getQueueName(),
                m.getReceived().toString(),
                m.getMessageType(),
                m.getCommandName(),
                m.getOrdersId(),
                m.getMerchantOrderNumber(),
                m.getOutcome().name(),
                m.getReasonCode(),
                m.getReason(),
                m.getReplayedFrom(),
                m.getErrorMessageId(),
                null);
    }

    private FoundMessage found(ErrorQueueEntries.Entry entry) {
        return new FoundMessage(
                MessageKind.ERROR_QUEUE,
                entry.messageId(),
                entry.correlationId(),
                errorQueue.queueName(),
                entry.time().toString(),
                null,
                null,
                null,
                null,
                MessageCriteria.ON_ERROR_QUEUE,
                entry.reasonCode(),
                entry.reason(),
                entry.replayedFrom(),
                null,
                true);
    }

    static FoundMessage found(SendRecord s) {
        return new FoundMessage(
                MessageKind.OUTBOUND,
                s.getMessageId(),
                s.getCorrelationId(),
                s.getQueueName(),
                s.getAttempted().toString(),
                s.getMessageType(),
                null,
                s.getOrdersId(),
                null,
                s.getOutcome().name(),
                null,
                s.getReason(),
                null,
                null,
                null);
    }

    /** A JPQL where clause of the criteria given, with their parameters. */
    private static final class Where {
        private final List<String> terms = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        void add(String term, String parameter, Object value) {
            if (value != null) {
                terms.add(term);
                parameters.put(parameter, value);
            }
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }

        @Override
        public String toString() {
            return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
        }
    }
}
