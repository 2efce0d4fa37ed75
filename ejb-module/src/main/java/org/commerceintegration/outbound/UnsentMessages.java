package org.commerceintegration.outbound;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.commerceintegration.access.AccessRoles;

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

    /** The most rows one page lists. */
    public static final int MAX_PAGE = 500;

    private static final String ROWS =
            "FROM MSGSTORE WHERE MESSAGEINDEX = ? AND TRANSPORT_ID = ? AND CI_MSGTYPE IS NOT NULL";

    /**
     * One page of the stored rows, oldest first: queued, being retried, or out of retries. Read column by column,
     * the body's size computed by the database: a page never loads a body.
     *
     * @param offset rows to skip
     * @param limit  rows to list, 1 to {@value #MAX_PAGE}
     */
    public List<UnsentMessage> list(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 to " + MAX_PAGE);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT MSGID, CI_MSGTYPE, STOREENT_ID, CI_ORDERS_ID, CI_CORRELID, MSGDATECREATED,"
                        + " RETRIES, CI_ATTEMPTS, CI_NEXTATTEMPT, CI_LASTERROR, LENGTH(MESSAGE) " + ROWS
                        + " ORDER BY MSGDATECREATED, MSGID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .setParameter(1, OutboundMessages.MESSAGE_INDEX)
                .setParameter(2, OutboundMessages.JMS_TRANSPORT_ID)
                .setParameter(3, offset)
                .setParameter(4, limit)
                .getResultList();
        return rows.stream().map(UnsentMessage::of).toList();
    }

    /** How many rows {@link #list(int, int)} pages through, counted by the database. */
    public long count() {
        return ((Number) entityManager
                        .createNativeQuery("SELECT COUNT(*) " + ROWS)
                        .setParameter(1, OutboundMessages.MESSAGE_INDEX)
                        .setParameter(2, OutboundMessages.JMS_TRANSPORT_ID)
                        .getSingleResult())
                .longValue();
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
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public SendAttempt sendAgain(long messageId) {
        row(messageId);
        return dispatcher.sendNow(messageId);
    }

    /**
     * Allows one more automatic retry, due at once.
     *
     * @throws UnsentMessageNotFoundException when there is no such row
     */
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
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
    @RolesAllowed(AccessRoles.ADMIN)
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
