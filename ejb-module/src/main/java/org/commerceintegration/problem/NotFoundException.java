package org.commerceintegration.problem;

import jakarta.ejb.ApplicationException;

/**
 * What the caller asked for does not exist (any more): an unknown queue, message, listener or order. The message says
 * what was looked for and is shown to the caller. Rolls the transaction back, so nothing half-done is committed; an
 * application exception, so an EJB passes it on as it is instead of logging it as a system failure.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
