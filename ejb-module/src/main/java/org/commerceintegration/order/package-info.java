/**
 * Orders, their items and ship modes (Commerce tables ORDERS, ORDERITEMS, SHIPMODE), and processing an order.
 */
package org.commerceintegration.order;
