package org.commerceintegration.status;

import org.commerceintegration.registry.CommandInterface;

/**
 * Commerce's {@code OrderStatus} command: records the back end's view of an order in {@code ORDSTAT} and its items
 * in {@code ORDISTAT} (spec 8.5, 8.6). Behind {@code Update_NC_OrderStatus}, the legacy Order Status Update and the
 * {@code OrderStatus} form of {@code Update_WCS_OrderStatus}.
 */
@CommandInterface(OrderStatusCmd.INTERFACE_NAME)
public interface OrderStatusCmd extends StatusMessageCommand {

    String INTERFACE_NAME = "com.ibm.commerce.messaging.commands.OrderStatusCmd";
}
