package org.commerceintegration.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commerceintegration.registry.CommandImplementation;

/**
 * The OrderConfirmStatus command (Commerce {@code OrderConfirmCmdImpl}): the OrderStatus algorithm with
 * {@code orderStatus} {@value #DEFAULT_STATUS} (confirmed) when the message has none.
 */
@ApplicationScoped
@CommandImplementation("com.ibm.commerce.messaging.commands.OrderConfirmCmdImpl")
public class OrderConfirmCmdImpl implements OrderConfirmCmd {

    /** The status a confirmation records unless the message says otherwise (spec 8.7). */
    public static final String DEFAULT_STATUS = "C";

    @Inject
    OrderStatusProcessor processor;

    @Override
    public long execute(StatusUpdate update) {
        return processor.apply(update, DEFAULT_STATUS);
    }
}
