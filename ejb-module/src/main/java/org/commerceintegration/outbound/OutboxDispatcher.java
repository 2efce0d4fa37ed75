package org.commerceintegration.outbound;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commerceintegration.problem.Causes;

/**
 * Decides when stored rows are sent: right after the storing transaction committed, when the retry timer finds them
 * due, or when an operator asks. Each row is sent by {@link OutboxTransmitter} in a transaction of its own, so one
 * refused row never holds up or rolls back another. Runs outside any transaction itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @EJB
    private OutboxTransmitter transmitter;

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @Inject
    private OutboundSettings settings;

    /** Every attempt's result, for monitoring (sent and refused counts); fired after the attempt's own transaction. */
    @Inject
    private Event<SendAttempt> attempts;

    /** Sends the rows a transaction stored, on another thread, once it has committed ({@link AfterCommitDispatch}). */
    @Asynchronous
    public void dispatchAfterCommit(List<Long> messageIds) {
        for (long messageId : messageIds) {
            attempt(messageId, SendTrigger.AFTER_COMMIT);
        }
    }

    /**
     * Sends the rows that are due for a retry, oldest due first, at most one batch.
     *
     * @return how many were sent
     */
    public int dispatchDue() {
        List<Long> due = entityManager
                .createQuery(
                        "SELECT m.messageId FROM StoredMessage m"
                                + " WHERE m.messageIndex = :index AND m.transportId = :transport AND m.messageType IS NOT NULL"
                                + " AND m.retries > 0 AND m.nextAttempt <= :now ORDER BY m.nextAttempt, m.messageId",
                        Long.class)
                .setParameter("index", OutboundMessages.MESSAGE_INDEX)
                .setParameter("transport", OutboundMessages.JMS_TRANSPORT_ID)
                .setParameter("now", LocalDateTime.now())
                .setMaxResults(settings.batchSize())
                .getResultList();
        int sent = 0;
        for (long messageId : due) {
            if (attempt(messageId, SendTrigger.RETRY).outcome() == SendOutcome.SENT) {
                sent++;
            }
        }
        return sent;
    }

    /** An operator's "send again": one attempt now, whatever the retries and the schedule say. */
    public SendAttempt sendNow(long messageId) {
        return attempt(messageId, SendTrigger.OPERATOR);
    }

    private SendAttempt attempt(long messageId, SendTrigger trigger) {
        SendAttempt attempt = send(messageId, trigger);
        attempts.fire(attempt);
        return attempt;
    }

    private SendAttempt send(long messageId, SendTrigger trigger) {
        try {
            SendOutcome outcome = transmitter.transmit(messageId, trigger);
            if (outcome == SendOutcome.SENT) {
                LOG.fine(() -> "MSGSTORE row " + messageId + " sent (" + trigger + ")");
            }
            return new SendAttempt(messageId, outcome, null);
        } catch (RuntimeException e) {
            String error = describe(e);
            LOG.log(
                    Level.WARNING,
                    "Sending MSGSTORE row " + messageId + " failed (" + trigger + "); it stays in MSGSTORE: " + error);
            try {
                transmitter.recordFailure(messageId, trigger, error);
            } catch (RuntimeException recordFailure) {
                LOG.log(
                        Level.WARNING,
                        "Could not record the failed attempt on MSGSTORE row " + messageId,
                        recordFailure);
            }
            return new SendAttempt(messageId, SendOutcome.FAILED, error);
        }
    }

    /** The distinct messages of the cause chain: container wrappers say little, the provider's cause says why. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t : Causes.chain(failure).stream().limit(6).toList()) {
            if (t instanceof EJBException && t.getCause() != null) {
                continue; // "See nested exception; nested exception is: ..." repeats the cause
            }
            String message = t.getMessage();
            if (message != null && !message.isBlank() && text.indexOf(message) < 0) {
                if (text.length() > 0) {
                    text.append(" <- ");
                }
                text.append(message.strip());
            }
        }
        return text.length() > 0 ? text.toString() : failure.getClass().getName();
    }
}
