package org.commerceintegration.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.registry.CommandImplementation;

/**
 * The OrderStatus command (Commerce {@code OrderStatusCmdImpl}): the shared algorithm without a default status.
 * Runs in the caller's transaction, which must exist (the inbound message's; enforced by the processor).
 */
@ApplicationScoped
@CommandImplementation("com.ibm.commerce.messaging.commands.OrderStatusCmdImpl")
public class OrderStatusCmdImpl implements OrderStatusCmd {

    @Inject
    OrderStatusProcessor processor;

    @Override
    public long execute(CommandInvocation invocation) {
        return processor.apply(invocation, null);
    }
}
