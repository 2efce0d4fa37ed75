package org.commerceintegration.outbound;

/**
 * A message accepted for sending: stored in {@code MSGSTORE} in the caller's transaction, sent once that commits.
 *
 * @param messageId     {@code MSGSTORE.MSGID}, the id of the unsent-message operations
 * @param messageType   the {@link OutboundMessageType} name
 * @param storeId       the store
 * @param ordersId      the order, or {@code null}
 * @param correlationId the {@code JMSCorrelationID} the message will carry
 */
public record QueuedMessage(long messageId, String messageType, int storeId, Long ordersId, String correlationId) {}
