package org.commerceintegration.outbound.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commerceintegration.order.Order;
import org.commerceintegration.outbound.ComposedMessage;
import org.commerceintegration.outbound.OutboundMessageComposer;
import org.commerceintegration.outbound.OutboundMessageType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Message type {@value #MESSAGE_TYPE}: an order as {@code Report_NC_PurchaseOrder} 1.0 (Commerce's
 * {@code OrderCreateXML.jsp}). {@code ItemLineNumber} starts at {@code commerce.outbound.xml.lineNumberBase}
 * (default 0, as the shipped template; G-19).
 */
@ApplicationScoped
@OutboundMessageType(value = OrderCreateXmlComposer.MESSAGE_TYPE,
        description = "Outbound message for WebSphere Commerce XML Order Create (Report_NC_PurchaseOrder 1.0)")
public class OrderCreateXmlComposer implements OutboundMessageComposer<Order> {

    /** Commerce's name of the message type. */
    public static final String MESSAGE_TYPE = "OrderCreateXMLFormat";

    @Inject
    private OrderMessageDataLoader loader;

    @Inject
    private OrderMessageExtensions extensions;

    @Inject
    @ConfigProperty(name = "commerce.outbound.xml.lineNumberBase", defaultValue = "0")
    private int lineNumberBase;

    @Override
    public Class<Order> subjectType() {
        return Order.class;
    }

    @Override
    public ComposedMessage compose(Order order) {
        OrderMessageData data = loader.load(order);
        byte[] body = new PurchaseOrderXmlWriter(lineNumberBase)
                .write(data, extensions.forMessageType(MESSAGE_TYPE));
        return new ComposedMessage(body, order.getStoreId(), order.getId());
    }
}
