package org.commerceintegration.status;

import org.commerceintegration.registry.CommandInterface;

/**
 * Commerce's {@code OrderConfirmStatus} command: records a back-end order confirmation; {@code orderStatus}
 * defaults to {@code C} when the message has none (spec 8.7). Selected by {@code DataArea/OrderConfirm} of {@code
 * Update_WCS_OrderStatus}. Otherwise it behaves exactly as {@link OrderStatusCmd}.
 */
@CommandInterface(OrderConfirmCmd.INTERFACE_NAME)
public interface OrderConfirmCmd extends StatusMessageCommand {

    String INTERFACE_NAME = "com.ibm.commerce.messaging.commands.OrderConfirmCmd";
}
