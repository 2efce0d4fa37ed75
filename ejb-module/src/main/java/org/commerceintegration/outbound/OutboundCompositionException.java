package org.commerceintegration.outbound;

import jakarta.ejb.ApplicationException;

/**
 * A message cannot be composed from its subject: a value too long for a legacy field, a character XML cannot carry,
 * a row the format needs is missing. The message says which order, record or element and field, so that the data or
 * the configuration can be fixed; the caller's transaction is rolled back because a half message must never leave.
 */
@ApplicationException(rollback = true)
public class OutboundCompositionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutboundCompositionException(String message) {
        super(message);
    }

    public OutboundCompositionException(String message, Throwable cause) {
        super(message, cause);
    }
}
