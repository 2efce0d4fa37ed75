package org.commerceintegration.outbound.order;

import org.commerceintegration.order.Order;
import org.commerceintegration.outbound.QueuedMessage;
import org.commerceintegration.registry.CommandInterface;

/**
 * Commerce's {@code OrderMessagingCmd}: the task command {@code OrderProcess} runs to tell the back end about an
 * order. {@code CMDREG} picks the implementation per store: the XML {@code Report_NC_PurchaseOrder}
 * ({@code SendXMLOrderCmdImpl}) or the legacy fixed-width Order Create ({@code SendWCSOrderCmdImpl}).
 */
@CommandInterface(OrderMessagingCmd.INTERFACE_NAME)
public interface OrderMessagingCmd {

    String INTERFACE_NAME = "com.ibm.commerce.order.commands.OrderMessagingCmd";

    /**
     * Sends the order in the caller's transaction: the message leaves only if that transaction commits.
     *
     * @param order the order with its items loaded
     * @return the stored message that will be sent
     */
    QueuedMessage sendOrder(Order order);
}
