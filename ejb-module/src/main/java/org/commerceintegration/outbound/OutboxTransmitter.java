package org.commerceintegration.outbound;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/**
 * Sends one stored row, each call in a new transaction. Exactly once, also with several servers on one database:
 *
 * <ol>
 *   <li><b>Claim</b>: {@code UPDATE MSGSTORE SET OPTCOUNTER = OPTCOUNTER + 1 WHERE <key> AND OPTCOUNTER = <as read>}.
 *       The update locks the row until this transaction ends. A competitor's claim waits for that lock and then
 *       matches no row (its counter is stale, or the row is gone), so it backs off without sending.</li>
 *   <li><b>Send</b> through {@link JmsTransport}, enlisted in this transaction.</li>
 *   <li><b>Delete</b> the claimed row, still in this transaction.</li>
 *   <li><b>Record</b> the send ({@link SendRecord}), still in this transaction: it exists if and only if the message
 *       left.</li>
 * </ol>
 *
 * The transaction is XA over the database and the messaging provider: the message is delivered if and only if the row
 * is deleted. If either side fails, both roll back and the row stays for the next attempt.
 *
 * <p>Failures are recorded by {@link #recordFailure}, a separate call made after the failed transaction has ended,
 * because until then that transaction still holds the row lock its claim took.
 */
@Stateless
public class OutboxTransmitter {

    private static final int MAX_ERROR_LENGTH = 1000;

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @Inject
    private JmsTransport transport;

    @Inject
    private OutboundSettings settings;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SendOutcome transmit(long messageId, SendTrigger trigger) {
        StoredMessage row = entityManager.find(StoredMessage.class, key(messageId));
        if (row == null || row.getMessageType() == null) {
            return SendOutcome.ALREADY_SENT;
        }
        if (!trigger.mayAttempt(row, LocalDateTime.now())) {
            return SendOutcome.NOT_DUE;
        }
        short seen = row.getOptCounter();
        int claimed = entityManager
                .createQuery("UPDATE StoredMessage m SET m.optCounter = m.optCounter + 1"
                        + " WHERE m.messageId = :id AND m.messageIndex = :index AND m.transportId = :transport"
                        + " AND m.optCounter = :seen")
                .setParameter("id", messageId)
                .setParameter("index", OutboundMessages.MESSAGE_INDEX)
                .setParameter("transport", OutboundMessages.JMS_TRANSPORT_ID)
                .setParameter("seen", seen)
                .executeUpdate();
        if (claimed != 1) {
            return SendOutcome.CLAIMED_ELSEWHERE;
        }
        Transmission sent = transport.send(row);
        int deleted = entityManager
                .createQuery("DELETE FROM StoredMessage m"
                        + " WHERE m.messageId = :id AND m.messageIndex = :index AND m.transportId = :transport"
                        + " AND m.optCounter = :claimed")
                .setParameter("id", messageId)
                .setParameter("index", OutboundMessages.MESSAGE_INDEX)
                .setParameter("transport", OutboundMessages.JMS_TRANSPORT_ID)
                .setParameter("claimed", (short) (seen + 1))
                .executeUpdate();
        if (deleted != 1) {
            // Cannot happen while the claim's lock is held; if it does, roll the send back rather than risk a second.
            throw new IllegalStateException("MSGSTORE row " + messageId + " changed while it was being sent");
        }
        entityManager.persist(SendRecord.sent(row, sent, LocalDateTime.now()));
        return SendOutcome.SENT;
    }

    /**
     * Records a failed attempt: one more attempt, the error, the next attempt after the backoff, and for a timer
     * retry one retry less, on the row and as a {@link SendRecord}. Nothing happens if the row is gone.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long messageId, SendTrigger trigger, String error) {
        StoredMessage row = entityManager.find(StoredMessage.class, key(messageId));
        if (row == null) {
            return;
        }
        int attempts = (row.getAttempts() == null ? 0 : row.getAttempts()) + 1;
        row.setAttempts(attempts);
        row.setLastError(
                error == null
                        ? null
                        : error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH));
        if (trigger.usesRetry()) {
            row.setRetries(Math.max(0, (row.getRetries() == null ? 0 : row.getRetries()) - 1));
        }
        row.setNextAttempt(LocalDateTime.now().plus(settings.backoff(attempts)));
        entityManager.persist(
                SendRecord.failed(row, attempts, transport.queueNameOf(row), row.getLastError(), LocalDateTime.now()));
    }

    static StoredMessageKey key(long messageId) {
        return new StoredMessageKey(messageId, OutboundMessages.MESSAGE_INDEX, OutboundMessages.JMS_TRANSPORT_ID);
    }
}
