package org.commerceintegration.outbound.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commerceintegration.order.Order;
import org.commerceintegration.outbound.OutboundMessages;
import org.commerceintegration.outbound.QueuedMessage;
import org.commerceintegration.registry.CommandImplementation;

/**
 * Sends the order as the Report_NC_PurchaseOrder XML message (Commerce {@code com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl}):
 * message type {@code OrderCreateXMLFormat}, stored and sent after commit ({@code sendTransacted}, G-27).
 */
@ApplicationScoped
@CommandImplementation("com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl")
public class SendXmlOrderCommand implements OrderMessagingCmd {

    @Inject
    private OutboundMessages outbound;

    @Override
    public QueuedMessage sendOrder(Order order) {
        return outbound.sendTransacted(OrderCreateXmlComposer.MESSAGE_TYPE, order);
    }
}
