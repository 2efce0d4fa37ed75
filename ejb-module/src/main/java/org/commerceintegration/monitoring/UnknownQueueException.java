package org.commerceintegration.monitoring;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.commerceintegration.problem.NotFoundException;

/**
 * A queue name that is not one of the application's queues (the API answers 404). An application exception, so
 * an EJB passes it to the caller as it is, without logging it as a system failure.
 */
@ApplicationException(rollback = true)
public class UnknownQueueException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownQueueException(String name, List<String> known) {
        super("Unknown queue '" + name + "'; the queues are " + known);
    }
}
