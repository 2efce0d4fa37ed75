/**
 * Orders, their items and ship modes as the messages read them (Commerce tables {@code ORDERS}, {@code ORDERITEMS},
 * {@code SHIPMODE}): entities only, read by the outbound order messages and locked by the inbound status commands,
 * never written by this application.
 */
package org.commerceintegration.order;
