package org.commerceintegration.status;

import org.commerceintegration.registry.CommandInterface;

/**
 * Commerce's {@code OrderShippingStatus} command: records a back-end shipping status; no default status (spec 8.7,
 * G-31). Selected by {@code DataArea/OrderShipping} of {@code Update_WCS_OrderStatus}. Otherwise it behaves
 * exactly as {@link OrderStatusCmd}.
 */
@CommandInterface(OrderShippingCmd.INTERFACE_NAME)
public interface OrderShippingCmd extends StatusMessageCommand {

    String INTERFACE_NAME = "com.ibm.commerce.messaging.commands.OrderShippingCmd";
}
