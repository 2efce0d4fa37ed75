package org.commerceintegration.outbound;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.commerceintegration.tracing.MessageTracing;

/**
 * The one way to send an outbound message: Commerce's {@code sendTransacted}. The message is composed and written to
 * {@code MSGSTORE} in the caller's transaction; nothing talks to JMS here. When (and only when) that transaction
 * commits, {@link OutboxDispatcher} sends the stored rows in transactions of their own. A rolled-back caller leaves
 * neither a row nor a message.
 *
 * <p>{@code MANDATORY}: without a caller transaction there would be nothing to wait for, and a row written in a
 * transaction of its own would be sent even if the caller then failed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OutboundMessages {

    /** {@code MSGSTORE.TRANSPORT_ID} of the JMS transport, numbered as Commerce numbers it (spec 7.2). */
    public static final int JMS_TRANSPORT_ID = 3;

    /** {@code MSGSTORE.MESSAGEINDEX}: messages are stored whole, in one part. */
    public static final int MESSAGE_INDEX = 0;

    /** Key of the per-transaction list of rows to send after commit. */
    private static final Object AFTER_COMMIT_KEY = OutboundMessages.class.getName() + ".afterCommit";

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @Inject
    private MessageTypeRegistry messageTypes;

    @Inject
    private OutboundSettings settings;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @EJB
    private OutboxDispatcher dispatcher;

    @Inject
    private MessageTracing tracing;

    /**
     * Composes the message and stores it for sending after the caller's transaction commits.
     *
     * @param messageType an {@link OutboundMessageType} name, e.g. {@code OrderCreateXMLFormat}
     * @param subject     what the composer renders, of its {@link OutboundMessageComposer#subjectType()}
     * @throws OutboundCompositionException when the message cannot be composed (the caller's transaction rolls back)
     * @throws IllegalArgumentException     when the type is unknown or the subject of the wrong type
     */
    public QueuedMessage sendTransacted(String messageType, Object subject) {
        ComposedMessage composed = compose(messageTypes.composer(messageType), messageType, subject);
        LocalDateTime now = LocalDateTime.now();
        StoredMessage row = new StoredMessage();
        row.setMessageIndex(MESSAGE_INDEX);
        row.setTransportId(JMS_TRANSPORT_ID);
        row.setStoreId(composed.storeId());
        row.setMessage(composed.body());
        row.setCreated(now);
        row.setRetries(settings.retries());
        row.setMessageType(messageType);
        row.setOrdersId(composed.ordersId());
        row.setAttempts(0);
        // The send runs after commit, elsewhere: the row carries the context of the processing that stored it.
        row.setTraceContext(tracing.current());
        // The after-commit send normally happens within milliseconds; the timer only steps in if it did not.
        row.setNextAttempt(now.plus(settings.backoff(1)));
        entityManager.persist(row);
        if (row.getMessageId() == null) {
            entityManager.flush();
        }
        row.setCorrelationId(CorrelationIds.forMessage(row.getMessageId()));
        sendAfterCommit(row.getMessageId());
        return new QueuedMessage(
                row.getMessageId(), messageType, composed.storeId(), composed.ordersId(), row.getCorrelationId());
    }

    @SuppressWarnings("unchecked")
    private static <S> ComposedMessage compose(
            OutboundMessageComposer<S> composer, String messageType, Object subject) {
        if (!composer.subjectType().isInstance(subject)) {
            throw new IllegalArgumentException("Message type " + messageType + " is composed from a "
                    + composer.subjectType().getName() + ", not from "
                    + (subject == null ? "null" : subject.getClass().getName()));
        }
        try {
            return composer.compose((S) subject);
        } catch (OutboundCompositionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new OutboundCompositionException(messageType + " could not be composed: " + e.getMessage(), e);
        }
    }

    /** One synchronization per transaction, however many messages it stores. */
    @SuppressWarnings("unchecked")
    private void sendAfterCommit(long messageId) {
        List<Long> pending = (List<Long>) transactions.getResource(AFTER_COMMIT_KEY);
        if (pending == null) {
            pending = new ArrayList<>();
            transactions.putResource(AFTER_COMMIT_KEY, pending);
            transactions.registerInterposedSynchronization(new AfterCommitDispatch(pending, dispatcher));
        }
        pending.add(messageId);
    }
}
