/**
 * The outbound order notification (spec §3, §4, §5.2): {@link org.commerceintegration.outbound.order.OrderProcess}
 * runs the {@link org.commerceintegration.outbound.order.OrderMessagingCmd} that {@code CMDREG} registers for the
 * order's store, {@link org.commerceintegration.outbound.order.SendXmlOrderCommand} or
 * {@link org.commerceintegration.outbound.order.SendLegacyOrderCommand}, which hand the order to the outbox
 * ({@code outbound}) under their message type. Then everything an order message is composed from, read with a fixed
 * number of queries per order ({@link org.commerceintegration.outbound.order.OrderMessageDataLoader}); the
 * {@code Report_NC_PurchaseOrder} XML writer and the legacy Order Create writer, both plain classes that can be tested
 * without a server; their composer beans ({@code OrderCreateXMLFormat}, {@code OrderCreateFixFormat}); and the
 * {@link org.commerceintegration.outbound.order.OrderMessageExtension} CDI extension point that adds user data to
 * either format.
 */
package org.commerceintegration.outbound.order;
