package org.commerceintegration.monitoring.listener;

import jakarta.ejb.ApplicationException;
import org.commerceintegration.problem.ConflictException;

/**
 * A listener could not be paused or resumed: not supported on this server, or its endpoint not found. The API answers
 * 501 when unsupported, else 409 (the request was fine, the server's state did not allow it).
 */
@ApplicationException(rollback = true)
public class ListenerControlException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final boolean unsupported;

    public ListenerControlException(String message, boolean unsupported) {
        super(message);
        this.unsupported = unsupported;
    }

    public boolean unsupported() {
        return unsupported;
    }
}
