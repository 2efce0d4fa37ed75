/**
 * Outbound order notification: the OrderMessagingCmd implementations, the MSGSTORE outbox, and sending to the outbound queue.
 */
package org.commerceintegration.outbound;
