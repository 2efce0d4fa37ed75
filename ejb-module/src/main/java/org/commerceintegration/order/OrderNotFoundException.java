package org.commerceintegration.order;

import jakarta.ejb.ApplicationException;

/**
 * No order with that {@code ORDERS_ID}. The API answers 404 with this message.
 * Nothing has been done when it is thrown, so it leaves the caller's transaction to the caller.
 */
@ApplicationException(rollback = false)
public class OrderNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long ordersId;

    public OrderNotFoundException(long ordersId) {
        super("Order " + ordersId + " does not exist (no ORDERS row with ORDERS_ID " + ordersId + ")");
        this.ordersId = ordersId;
    }

    public long ordersId() {
        return ordersId;
    }
}
