package org.commerceintegration.messages;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commerceintegration.inbound.ProcessedMessage;
import org.commerceintegration.monitoring.operation.MessageReplay;
import org.commerceintegration.outbound.SendRecord;

/**
 * A message's journey, from any id of its chain: the inbound message's own id, its error-queue copy's id, or the id
 * of a replay of it (found through {@code CI_ReplayedFrom}, kept as {@code REPLAYEDFROM}, and the replay's record
 * {@link MessageReplay}); so starting from a replay shows the original before it, and from the original the replays
 * after it, however many failures the chain holds. An outbound message's id answers its send attempts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MessageJourneys {

    /** A chain longer than this is a loop of replays nobody should need to read in one answer. */
    static final int MAX_CHAIN = 50;

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @Inject
    private ErrorQueueEntries errorQueue;

    /** @throws UnknownMessageException when nothing knows the id */
    public Journey journey(String messageId) {
        if (messageId == null || messageId.isBlank() || messageId.length() > 128) {
            throw new UnknownMessageException(String.valueOf(messageId));
        }
        ProcessedMessage start = entityManager.find(ProcessedMessage.class, messageId);
        if (start == null) {
            start = byErrorCopy(messageId);
        }
        if (start == null) {
            MessageReplay replay = entityManager.find(MessageReplay.class, messageId);
            if (replay != null) {
                start = byErrorCopy(replay.getErrorMessageId());
                if (start == null) {
                    return new Journey(
                            messageId,
                            MessageKind.INBOUND,
                            List.of(messageId),
                            List.of(JourneyStep.replayed(replay), JourneyStep.waiting(replay)));
                }
            }
        }
        if (start != null) {
            return inbound(messageId, start);
        }
        List<SendRecord> sends = sends(messageId);
        if (!sends.isEmpty()) {
            return new Journey(
                    messageId,
                    MessageKind.OUTBOUND,
                    List.of(messageId),
                    sends.stream().map(JourneyStep::send).toList());
        }
        List<ErrorQueueEntries.Entry> onQueue = errorQueue.matching(messageId, null, 1);
        if (!onQueue.isEmpty()) {
            ErrorQueueEntries.Entry entry = onQueue.get(0);
            return new Journey(
                    messageId,
                    MessageKind.ERROR_QUEUE,
                    List.of(entry.messageId()),
                    List.of(JourneyStep.onErrorQueue(entry, errorQueue.queueName())));
        }
        throw new UnknownMessageException(messageId);
    }

    private Journey inbound(String asked, ProcessedMessage start) {
        ProcessedMessage first = start;
        Set<String> seen = new HashSet<>();
        seen.add(first.getMessageId());
        while (first.getReplayedFrom() != null && seen.size() < MAX_CHAIN) {
            ProcessedMessage before = byErrorCopy(first.getReplayedFrom());
            if (before == null || !seen.add(before.getMessageId())) {
                break;
            }
            first = before;
        }
        List<ProcessedMessage> chain = new ArrayList<>();
        List<JourneyStep> steps = new ArrayList<>();
        if (first.getReplayedFrom() != null) {
            // replayed from an error-queue message whose own record is gone (purged, or put there by hand)
            MessageReplay replay = entityManager.find(MessageReplay.class, first.getMessageId());
            steps.add(replay != null ? JourneyStep.replayed(replay) : JourneyStep.replayedUnrecorded(first));
        }
        Set<String> copies = new LinkedHashSet<>();
        ProcessedMessage current = first;
        Set<String> visited = new HashSet<>();
        while (current != null && visited.add(current.getMessageId()) && visited.size() <= MAX_CHAIN) {
            chain.add(current);
            steps.add(JourneyStep.received(current));
            steps.add(JourneyStep.ended(current));
            if (current.getOutcome() == ProcessedMessage.Outcome.PROCESSED || current.getErrorMessageId() == null) {
                break;
            }
            copies.add(current.getErrorMessageId());
            steps.add(null); // the error-queue step, filled in once one browse has said which copies are still there
            MessageReplay replay = replayOf(current.getErrorMessageId());
            ProcessedMessage next = replay != null
                    ? entityManager.find(ProcessedMessage.class, replay.getNewMessageId())
                    : replayedFrom(current.getErrorMessageId());
            if (replay != null) {
                steps.add(JourneyStep.replayed(replay));
                if (next == null) {
                    steps.add(JourneyStep.waiting(replay));
                }
            } else if (next != null) {
                steps.add(JourneyStep.replayedUnrecorded(next));
            }
            current = next;
        }
        Set<String> present = copies.isEmpty() ? Set.of() : errorQueue.present(copies);
        int copy = 0;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) == null) {
                ProcessedMessage failed = failedAt(chain, copy++);
                steps.set(
                        i,
                        JourneyStep.onErrorQueue(
                                failed, errorQueue.queueName(), present.contains(failed.getErrorMessageId())));
            }
        }
        return new Journey(
                asked,
                MessageKind.INBOUND,
                chain.stream().map(ProcessedMessage::getMessageId).toList(),
                steps);
    }

    /** The n-th message of the chain that went to the error queue. */
    private static ProcessedMessage failedAt(List<ProcessedMessage> chain, int n) {
        return chain.stream()
                .filter(m -> m.getOutcome() == ProcessedMessage.Outcome.FAILED && m.getErrorMessageId() != null)
                .skip(n)
                .findFirst()
                .orElseThrow();
    }

    private ProcessedMessage byErrorCopy(String errorMessageId) {
        return first(entityManager
                .createQuery("SELECT m FROM ProcessedMessage m WHERE m.errorMessageId = :id", ProcessedMessage.class)
                .setParameter("id", errorMessageId)
                .setMaxResults(1)
                .getResultList());
    }

    private ProcessedMessage replayedFrom(String errorMessageId) {
        return first(entityManager
                .createQuery(
                        "SELECT m FROM ProcessedMessage m WHERE m.replayedFrom = :id ORDER BY m.received",
                        ProcessedMessage.class)
                .setParameter("id", errorMessageId)
                .setMaxResults(1)
                .getResultList());
    }

    private MessageReplay replayOf(String errorMessageId) {
        return first(entityManager
                .createQuery(
                        "SELECT r FROM MessageReplay r WHERE r.errorMessageId = :id ORDER BY r.replayed",
                        MessageReplay.class)
                .setParameter("id", errorMessageId)
                .setMaxResults(1)
                .getResultList());
    }

    /** Every attempt to send the outbound message with that JMS id (its MSGSTORE row's earlier, failed ones too). */
    private List<SendRecord> sends(String messageId) {
        List<Long> rows = entityManager
                .createQuery("SELECT s.storeMessageId FROM SendRecord s WHERE s.messageId = :id", Long.class)
                .setParameter("id", messageId)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "SELECT s FROM SendRecord s WHERE s.storeMessageId = :row ORDER BY s.attempt", SendRecord.class)
                .setParameter("row", rows.get(0))
                .getResultList();
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
