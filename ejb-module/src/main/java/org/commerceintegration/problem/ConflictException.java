package org.commerceintegration.problem;

import jakarta.ejb.ApplicationException;

/**
 * The request was well-formed but the server's current state does not allow it (e.g. a listener whose endpoint is
 * not registered cannot be paused). The message says why and is shown to the caller. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
