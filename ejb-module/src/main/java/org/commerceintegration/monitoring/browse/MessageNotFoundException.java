package org.commerceintegration.monitoring.browse;

import jakarta.ejb.ApplicationException;
import org.commerceintegration.problem.NotFoundException;

/**
 * No message with that id is on the queue (any more): consumed, replayed or deleted meanwhile (the API answers
 * 404). Rolls the caller's transaction back, so nothing half-done is committed.
 */
@ApplicationException(rollback = true)
public class MessageNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public MessageNotFoundException(String queue, String messageId) {
        super("No message " + messageId + " on " + queue);
    }
}
