package org.commerceintegration.outbound;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The Commerce "Unsent messages" actions on {@code MSGSTORE}: list, send again ({@code ResendMsgCmd}), increment
 * retries ({@code MsgStoreIncrementRetriesCmd}) and delete. Only this module's rows (a {@code CI_MSGTYPE}, JMS
 * transport, part 0) are shown or touched. The id is {@code MSGID}.
 */
@Stateless
public class UnsentMessages {

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @EJB
    private OutboxDispatcher dispatcher;

    /** Every stored row, oldest first: queued, being retried, or out of retries. */
    public List<UnsentMessage> list() {
        return entityManager
                .createQuery(
                        "SELECT m FROM StoredMessage m WHERE m.messageIndex = :index"
                                + " AND m.transportId = :transport AND m.messageType IS NOT NULL"
                                + " ORDER BY m.created, m.messageId",
                        StoredMessage.class)
                .setParameter("index", OutboundMessages.MESSAGE_INDEX)
                .setParameter("transport", OutboundMessages.JMS_TRANSPORT_ID)
                .getResultList()
                .stream()
                .map(UnsentMessage::of)
                .toList();
    }

    /** @throws UnsentMessageNotFoundException when there is no such row */
    public UnsentMessage get(long messageId) {
        return UnsentMessage.of(row(messageId));
    }

    /** The stored body, exactly as it will be sent. */
    public byte[] body(long messageId) {
        return row(messageId).getMessage();
    }

    /**
     * Tries to send the row now, whatever its retries and schedule; a failure is recorded on the row.
     *
     * @throws UnsentMessageNotFoundException when there is no such row
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SendAttempt sendAgain(long messageId) {
        row(messageId);
        return dispatcher.sendNow(messageId);
    }

    /**
     * Allows one more automatic retry, due at once.
     *
     * @throws UnsentMessageNotFoundException when there is no such row
     */
    public UnsentMessage incrementRetries(long messageId) {
        StoredMessage row = row(messageId);
        row.setRetries((row.getRetries() == null ? 0 : Math.max(0, row.getRetries())) + 1);
        row.setNextAttempt(LocalDateTime.now());
        entityManager.flush();
        return UnsentMessage.of(row);
    }

    /**
     * Deletes the row: the message will never be sent.
     *
     * @throws UnsentMessageNotFoundException when there is no such row
     */
    public void delete(long messageId) {
        entityManager.remove(row(messageId));
    }

    private StoredMessage row(long messageId) {
        StoredMessage row = entityManager.find(StoredMessage.class, OutboxTransmitter.key(messageId));
        if (row == null || row.getMessageType() == null) {
            throw new UnsentMessageNotFoundException(messageId);
        }
        return row;
    }
}
