package org.commerceintegration.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import org.commerceintegration.order.Order;
import org.commerceintegration.registry.CommandImplementation;

/**
 * Sends the order as the Report_NC_PurchaseOrder XML message (Commerce {@code com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl}).
 */
@ApplicationScoped
@CommandImplementation("com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl")
public class SendXmlOrderCommand implements OrderMessagingCmd {

    @Override
    public void sendOrder(Order order) {
        throw new UnsupportedOperationException("not built yet");
    }
}
