package org.commerceintegration.status;

import jakarta.enterprise.context.ApplicationScoped;
import org.commerceintegration.inbound.CommandInvocation;
import org.commerceintegration.registry.CommandImplementation;

/**
 * The OrderStatus command (Commerce {@code OrderStatusCmdImpl}).
 */
@ApplicationScoped
@CommandImplementation("com.ibm.commerce.messaging.commands.OrderStatusCmdImpl")
public class OrderStatusCommand implements OrderStatusCmd {

    @Override
    public long execute(CommandInvocation invocation) {
        throw new UnsupportedOperationException("not built yet");
    }
}
