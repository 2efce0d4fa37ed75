package org.commerceintegration.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commerceintegration.registry.CommandImplementation;

/**
 * The OrderStatus command (Commerce {@code OrderStatusCmdImpl}): the shared algorithm without a default status.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
@CommandImplementation("com.ibm.commerce.messaging.commands.OrderStatusCmdImpl")
public class OrderStatusCmdImpl implements OrderStatusCmd {

    @Inject
    OrderStatusProcessor processor;

    @Override
    public long execute(StatusUpdate update) {
        return processor.apply(update, null);
    }
}
