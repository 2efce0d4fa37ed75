package org.commerceintegration.outbound;

import java.util.Objects;

/**
 * A composed message body and what it concerns: the store it is sent for ({@code MSGSTORE.STOREENT_ID}, JMS property
 * {@code CI_StoreId}) and, for order messages, the order ({@code CI_ORDERS_ID}, {@code CI_OrdersId}).
 *
 * @param body     the bytes to send, as the receiver reads them (the order messages are UTF-8 text)
 * @param storeId  the store
 * @param ordersId the order, or {@code null} when the message is not about one
 */
public record ComposedMessage(byte[] body, int storeId, Long ordersId) {

    public ComposedMessage {
        Objects.requireNonNull(body, "body");
    }
}
