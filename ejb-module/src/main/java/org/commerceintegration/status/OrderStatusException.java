package org.commerceintegration.status;

import jakarta.ejb.ApplicationException;

/**
 * A status message that cannot be applied, with the Commerce message key that says why
 * (e.g. {@code _ERR_OS_PARAMS}, {@code _ERR_OS_ORDER_NOT_EXIST}, {@code _ERR_OS_SEQUENCE}; spec 8.6).
 * A business failure: redelivering the message would fail the same way.
 */
@ApplicationException(rollback = true)
public class OrderStatusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String errorKey;

    public OrderStatusException(String errorKey, String message) {
        super(errorKey + ": " + message);
        this.errorKey = errorKey;
    }

    public String errorKey() {
        return errorKey;
    }
}
