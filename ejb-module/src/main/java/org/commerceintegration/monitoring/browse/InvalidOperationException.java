package org.commerceintegration.monitoring.browse;

import jakarta.ejb.ApplicationException;
import org.commerceintegration.problem.InvalidRequestException;

/**
 * An operator's request that cannot be carried out as asked: a replay target that is not an inbound queue, a
 * message without a source queue, a malformed message id (the API answers 400). Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class InvalidOperationException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public InvalidOperationException(String message) {
        super(message);
    }
}
