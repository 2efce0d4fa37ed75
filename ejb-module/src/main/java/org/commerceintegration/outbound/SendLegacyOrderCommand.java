package org.commerceintegration.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import org.commerceintegration.order.Order;
import org.commerceintegration.registry.CommandImplementation;

/**
 * Sends the order as the legacy Order Create message (Commerce {@code com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl}).
 */
@ApplicationScoped
@CommandImplementation("com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl")
public class SendLegacyOrderCommand implements OrderMessagingCmd {

    @Override
    public void sendOrder(Order order) {
        throw new UnsupportedOperationException("not built yet");
    }
}
