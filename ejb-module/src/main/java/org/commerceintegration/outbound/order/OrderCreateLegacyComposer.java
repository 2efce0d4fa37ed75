package org.commerceintegration.outbound.order;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.commerceintegration.format.legacy.LayoutCatalog;
import org.commerceintegration.order.Order;
import org.commerceintegration.outbound.ComposedMessage;
import org.commerceintegration.outbound.OutboundMessageComposer;
import org.commerceintegration.outbound.OutboundMessageType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Message type {@value #MESSAGE_TYPE}: an order as the legacy Order Create message ({@code ON}/{@code 01}), with the
 * layouts the inbound side reads (bundled {@code layouts.txt}, plus the site file named by system property
 * {@value LayoutCatalog#OVERRIDES_PROPERTY}). {@code commerce.outbound.legacy.truncate=true} cuts over-long text
 * instead of failing the order. The buffer is sent as UTF-8 (G-18).
 */
@ApplicationScoped
@OutboundMessageType(
        value = OrderCreateLegacyComposer.MESSAGE_TYPE,
        description = "Outbound message for WebSphere Commerce Legacy Order Create (ON 01)")
public class OrderCreateLegacyComposer implements OutboundMessageComposer<Order> {

    /** Commerce's name of the message type. */
    public static final String MESSAGE_TYPE = "OrderCreateFixFormat";

    @Inject
    private OrderMessageDataLoader loader;

    @Inject
    private OrderMessageExtensions extensions;

    @Inject
    @ConfigProperty(name = "commerce.outbound.legacy.truncate", defaultValue = "false")
    private boolean truncate;

    private OrderCreateLegacyWriter writer;

    /** Builds the writer once, so that a layout it cannot fill fails at start-up. */
    @PostConstruct
    void init() {
        writer = new OrderCreateLegacyWriter(LayoutCatalog.load(), truncate);
    }

    @Override
    public Class<Order> subjectType() {
        return Order.class;
    }

    @Override
    public ComposedMessage compose(Order order) {
        String buffer = writer.write(loader.load(order), extensions.forMessageType(MESSAGE_TYPE));
        return new ComposedMessage(buffer.getBytes(StandardCharsets.UTF_8), order.getStoreId(), order.getId());
    }
}
