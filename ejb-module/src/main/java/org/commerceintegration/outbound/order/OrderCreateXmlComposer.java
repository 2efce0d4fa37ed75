package org.commerceintegration.outbound.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commerceintegration.format.xml.DtdCatalog;
import org.commerceintegration.format.xml.SafeXmlParser;
import org.commerceintegration.format.xml.XmlFormatException;
import org.commerceintegration.format.xml.XmlLimits;
import org.commerceintegration.order.Order;
import org.commerceintegration.outbound.ComposedMessage;
import org.commerceintegration.outbound.OutboundCompositionException;
import org.commerceintegration.outbound.OutboundMessageComposer;
import org.commerceintegration.outbound.OutboundMessageType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Message type {@value #MESSAGE_TYPE}: an order as {@code Report_NC_PurchaseOrder} 1.0 (Commerce's
 * {@code OrderCreateXML.jsp}). {@code ItemLineNumber} starts at {@code commerce.outbound.xml.lineNumberBase}
 * (default 0, as the shipped template; G-19).
 *
 * <p>Every message is checked against the bundled {@code Report_NC_PO_10.dtd} before it is stored
 * ({@code commerce.outbound.xml.validate}, default true; about a millisecond per message): the writer is built to be
 * valid, and this makes sure a message that is not never reaches the back end.
 */
@ApplicationScoped
@OutboundMessageType(
        value = OrderCreateXmlComposer.MESSAGE_TYPE,
        description = "Outbound message for WebSphere Commerce XML Order Create (Report_NC_PurchaseOrder 1.0)")
public class OrderCreateXmlComposer implements OutboundMessageComposer<Order> {

    /** Commerce's name of the message type. */
    public static final String MESSAGE_TYPE = "OrderCreateXMLFormat";

    @Inject
    private OrderMessageDataLoader loader;

    @Inject
    private OrderMessageExtensions extensions;

    /** Our own output: trusted, so no size limit; the DTD and the other parser rules still apply. */
    private static final SafeXmlParser SELF_CHECK =
            new SafeXmlParser(DtdCatalog.messages(), XmlLimits.defaults().withMaxMessageSize(Integer.MAX_VALUE));

    @Inject
    @ConfigProperty(name = "commerce.outbound.xml.lineNumberBase", defaultValue = "0")
    private int lineNumberBase;

    @Inject
    @ConfigProperty(name = "commerce.outbound.xml.validate", defaultValue = "true")
    private boolean validate;

    @Override
    public Class<Order> subjectType() {
        return Order.class;
    }

    @Override
    public ComposedMessage compose(Order order) {
        OrderMessageData data = loader.load(order);
        byte[] body = new PurchaseOrderXmlWriter(lineNumberBase).write(data, extensions.forMessageType(MESSAGE_TYPE));
        if (validate) {
            try {
                SELF_CHECK.validate(body);
            } catch (XmlFormatException e) {
                throw new OutboundCompositionException(
                        "Order " + order.getId() + ": the composed "
                                + "Report_NC_PurchaseOrder is not valid against Report_NC_PO_10.dtd: " + e.getMessage(),
                        e);
            }
        }
        return new ComposedMessage(body, order.getStoreId(), order.getId());
    }
}
