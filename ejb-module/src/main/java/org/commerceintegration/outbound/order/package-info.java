/**
 * The order notification messages (spec §3, §4): everything an order message is composed from, read with a fixed
 * number of queries per order ({@link org.commerceintegration.outbound.order.OrderMessageDataLoader}); the
 * {@code Report_NC_PurchaseOrder} XML writer and the legacy Order Create writer, both plain classes that can be tested
 * without a server; their composer beans ({@code OrderCreateXMLFormat}, {@code OrderCreateFixFormat}); and the
 * {@link org.commerceintegration.outbound.order.OrderMessageExtension} CDI extension point that adds user data to
 * either format.
 */
package org.commerceintegration.outbound.order;
