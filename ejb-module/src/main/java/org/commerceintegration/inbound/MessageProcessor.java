package org.commerceintegration.inbound;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.commerceintegration.command.CommandInvocation;

/**
 * Applies one mapped message in a transaction of its own, so that a failure rolls back the command's database
 * work while the message itself can still be consumed and moved to the error queue in the listener's transaction.
 * The processing record is written in the same transaction as the command's effect: a redelivery of a message
 * that was already applied (same JMS message id) is recognised and not applied again.
 *
 * <p>A session bean rather than a {@code @Transactional} CDI bean: the format and business failures it lets through
 * are application exceptions, which the EJB container rolls back without logging them as incidents.
 */
@Stateless
public class MessageProcessor {

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @Inject
    private MessageCommands commands;

    /**
     * Runs the message's commands, one per block in document order, all in this one transaction: a failing block
     * fails the whole message ({@link BlockFailedException} names the block when there are several).
     *
     * @return false when this message id was already applied (a redelivery), true when applied now
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean apply(
            InboundMessage message, List<CommandInvocation> invocations, LocalDateTime received, long startNanos) {
        ProcessedMessage earlier = entityManager.find(ProcessedMessage.class, message.messageId());
        if (earlier != null && earlier.getOutcome() == ProcessedMessage.Outcome.PROCESSED) {
            return false;
        }
        Long ordersId = commands.run(invocations).get(0);
        ProcessedMessage record = new ProcessedMessage(
                message, ProcessedMessage.Outcome.PROCESSED, received, (System.nanoTime() - startNanos) / 1_000_000);
        // One record per message (its key recognises redeliveries), so a message with several blocks is listed under
        // its first block's order; the other orders' ORDSTAT rows are what shows they were changed too.
        record.describe(invocations.get(0), ordersId);
        if (earlier != null) {
            entityManager.remove(earlier);
            entityManager.flush();
        }
        entityManager.persist(record);
        return true;
    }

    /**
     * Records a message that went to the error queue; in its own transaction, as the command's was rolled back.
     *
     * @param invocation the block the failure concerns (the failing one of several), or {@code null} when the
     *                   message failed before it was mapped
     * @param errorMessageId the id of the message's copy on the error queue
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(
            InboundMessage message,
            CommandInvocation invocation,
            Failure failure,
            String errorMessageId,
            LocalDateTime received,
            long startNanos) {
        ProcessedMessage record = new ProcessedMessage(
                message, ProcessedMessage.Outcome.FAILED, received, (System.nanoTime() - startNanos) / 1_000_000);
        if (invocation != null) {
            record.describe(invocation, failure.ordersId());
        } else {
            record.concerns(failure.ordersId());
        }
        record.failedBecause(failure.code(), failure.reason());
        record.copiedToErrorQueueAs(errorMessageId);
        entityManager.merge(record);
    }
}
