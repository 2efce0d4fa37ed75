package org.commerceintegration.outbound.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commerceintegration.order.Order;
import org.commerceintegration.outbound.OutboundMessages;
import org.commerceintegration.outbound.QueuedMessage;
import org.commerceintegration.registry.CommandImplementation;

/**
 * Sends the order as the legacy Order Create message (Commerce {@code com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl}):
 * message type {@code OrderCreateFixFormat}, stored and sent after commit ({@code sendTransacted}, G-27).
 */
@ApplicationScoped
@CommandImplementation("com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl")
public class SendLegacyOrderCommand implements OrderMessagingCmd {

    @Inject
    private OutboundMessages outbound;

    @Override
    public QueuedMessage sendOrder(Order order) {
        return outbound.sendTransacted(OrderCreateLegacyComposer.MESSAGE_TYPE, order);
    }
}
