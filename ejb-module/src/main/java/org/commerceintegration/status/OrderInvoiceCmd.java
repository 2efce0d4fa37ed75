package org.commerceintegration.status;

import org.commerceintegration.registry.CommandInterface;

/**
 * Commerce's {@code OrderInvoiceStatus} command: records a back-end invoice; {@code orderStatus} defaults to
 * {@code I} (invoiced) when the message has none (spec 8.7). Selected by {@code DataArea/OrderInvoice} of {@code
 * Update_WCS_OrderStatus}. Otherwise it behaves exactly as {@link OrderStatusCmd}.
 */
@CommandInterface(OrderInvoiceCmd.INTERFACE_NAME)
public interface OrderInvoiceCmd extends StatusMessageCommand {

    String INTERFACE_NAME = "com.ibm.commerce.messaging.commands.OrderInvoiceCmd";
}
