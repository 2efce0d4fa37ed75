package org.commerceintegration.outbound;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands the rows a transaction stored to {@link OutboxDispatcher} once it has committed. The dispatch is
 * asynchronous, because no transactional work may be done on the completing transaction's thread in
 * {@code afterCompletion}; if the hand-over itself fails the rows are still in {@code MSGSTORE} and the retry timer
 * sends them.
 */
final class AfterCommitDispatch implements Synchronization {

    private static final Logger LOG = Logger.getLogger(AfterCommitDispatch.class.getName());

    private final List<Long> messageIds;
    private final OutboxDispatcher dispatcher;

    AfterCommitDispatch(List<Long> messageIds, OutboxDispatcher dispatcher) {
        this.messageIds = messageIds;
        this.dispatcher = dispatcher;
    }

    @Override
    public void beforeCompletion() {
        // nothing to do: the rows are part of the transaction
    }

    @Override
    public void afterCompletion(int status) {
        if (status != Status.STATUS_COMMITTED) {
            return; // rolled back: the rows are gone, nothing may be sent
        }
        try {
            dispatcher.dispatchAfterCommit(List.copyOf(messageIds));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not start the send of MSGSTORE rows " + messageIds
                            + " after commit; the retry timer will send them",
                    e);
        }
    }
}
