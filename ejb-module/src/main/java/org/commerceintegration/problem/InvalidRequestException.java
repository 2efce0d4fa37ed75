package org.commerceintegration.problem;

import jakarta.ejb.ApplicationException;

/**
 * The caller's request cannot be carried out as asked: a malformed id, a value out of range, a replay target that is
 * not an inbound queue, an implementation the registry does not know. The message says what is wrong and is shown to
 * the caller. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }
}
