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
    private final String detail;
    private final Long ordersId;

    public OrderStatusException(String errorKey, String message) {
        this(errorKey, message, null, null);
    }

    private OrderStatusException(String errorKey, String detail, Long ordersId, OrderStatusException cause) {
        super(errorKey + ": " + detail, cause == null ? null : cause.getCause());
        this.errorKey = errorKey;
        this.detail = detail;
        this.ordersId = ordersId;
        if (cause != null) {
            setStackTrace(cause.getStackTrace());
        }
    }

    public String errorKey() {
        return errorKey;
    }

    /** The order the message was for, when it led to one (the processing record names it); else {@code null}. */
    public Long ordersId() {
        return ordersId;
    }

    /** This failure, naming the order the message was for. */
    OrderStatusException concerning(long ordersId) {
        return this.ordersId != null ? this : new OrderStatusException(errorKey, detail, ordersId, this);
    }
}
