package org.commerceintegration.status;

import org.commerceintegration.inbound.CommandInvocation;
import org.commerceintegration.registry.CommandInterface;

/**
 * Commerce's {@code OrderStatus} command: records the back end's view of an order in {@code ORDSTAT} and its items
 * in {@code ORDISTAT} (spec 8.5 to 8.7). Runs in the caller's transaction.
 */
@CommandInterface(OrderStatusCmd.INTERFACE_NAME)
public interface OrderStatusCmd {

    String INTERFACE_NAME = "com.ibm.commerce.messaging.commands.OrderStatusCmd";

    /**
     * Applies one status message.
     *
     * @return the order the status was recorded for
     * @throws OrderStatusException with the Commerce error key when the message cannot be applied
     */
    long execute(CommandInvocation invocation);
}
