package org.commerceintegration.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commerceintegration.registry.CommandImplementation;

/**
 * The OrderInvoiceStatus command (Commerce {@code OrderInvoiceCmdImpl}): the OrderStatus algorithm with
 * {@code orderStatus} {@value #DEFAULT_STATUS} (invoiced) when the message has none.
 */
@ApplicationScoped
@CommandImplementation("com.ibm.commerce.messaging.commands.OrderInvoiceCmdImpl")
public class OrderInvoiceCmdImpl implements OrderInvoiceCmd {

    /** The status an invoice records unless the message says otherwise (spec 8.7). */
    public static final String DEFAULT_STATUS = "I";

    @Inject
    OrderStatusProcessor processor;

    @Override
    public long execute(StatusUpdate update) {
        return processor.apply(update, DEFAULT_STATUS);
    }
}
