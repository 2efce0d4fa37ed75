package org.commerceintegration.status;

import java.util.Objects;
import org.commerceintegration.command.CommandInvocation;

/**
 * One status message ready to be applied: parsed and checked, its order found and locked, the order's current status
 * row read. {@link StatusCommandRunner} builds it before it resolves the command, since the order's store decides
 * which implementation {@code CMDREG} registers; the command then works on what was found, without looking anything
 * up again.
 */
public final class StatusUpdate {

    private final CommandInvocation invocation;
    private final StatusMessage message;
    private final long ordersId;
    private final int storeId;
    private final OrderStatusRecord current;

    StatusUpdate(
            CommandInvocation invocation,
            StatusMessage message,
            long ordersId,
            int storeId,
            OrderStatusRecord current) {
        this.invocation = Objects.requireNonNull(invocation, "invocation");
        this.message = Objects.requireNonNull(message, "message");
        this.ordersId = ordersId;
        this.storeId = storeId;
        this.current = current;
    }

    /** The message as the mapper produced it. */
    public CommandInvocation invocation() {
        return invocation;
    }

    /** The order ({@code ORDERS_ID}) the message is for, locked for the rest of the transaction. */
    public long ordersId() {
        return ordersId;
    }

    /** The order's store ({@code ORDERS.STOREENT_ID}). */
    public int storeId() {
        return storeId;
    }

    StatusMessage message() {
        return message;
    }

    /** The order's current {@code ORDSTAT} row, or {@code null} for its first status. */
    OrderStatusRecord current() {
        return current;
    }
}
