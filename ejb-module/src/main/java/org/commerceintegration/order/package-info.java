/**
 * Orders, their items and ship modes as the messages read them (Commerce tables {@code ORDERS}, {@code ORDERITEMS},
 * {@code SHIPMODE}), and
 * {@link org.commerceintegration.order.OrderProcess}, the entry point that tells the back end about a processed order
 * through whichever {@code OrderMessagingCmd} {@code CMDREG} registers for the order's store.
 */
package org.commerceintegration.order;
