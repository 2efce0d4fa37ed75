package org.commerceintegration.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commerceintegration.registry.CommandImplementation;

/**
 * The OrderShippingStatus command (Commerce {@code OrderShippingCmdImpl}): the OrderStatus algorithm. The product's
 * default status for shipping is not documented (spec G-31), so none is assumed: the message's {@code orderStatus}
 * (3.0: {@code StatusCondition}) is recorded, and without one the column is left unchanged.
 */
@ApplicationScoped
@CommandImplementation("com.ibm.commerce.messaging.commands.OrderShippingCmdImpl")
public class OrderShippingCmdImpl implements OrderShippingCmd {

    @Inject
    OrderStatusProcessor processor;

    @Override
    public long execute(StatusUpdate update) {
        return processor.apply(update, null);
    }
}
