package org.commerceintegration.monitoring.listener;

import jakarta.ejb.ApplicationException;
import org.commerceintegration.problem.NotFoundException;

/**
 * The queue exists but no listener of this application consumes it (the outbound and error queues): the API answers
 * 404, as for any listener that does not exist.
 */
@ApplicationException(rollback = true)
public class NoListenerException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public NoListenerException(String queue) {
        super("No listener of this application consumes " + queue + "; only the inbound queues have one");
    }
}
