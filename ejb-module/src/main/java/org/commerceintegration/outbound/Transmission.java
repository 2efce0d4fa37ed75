package org.commerceintegration.outbound;

/**
 * What {@link JmsTransport} put on a queue: the provider's id of the message and the queue's name.
 *
 * @param messageId {@code JMSMessageID} the provider gave the message
 * @param queueName the queue's provider name (its JNDI name when the destination is not a queue)
 */
public record Transmission(String messageId, String queueName) {}
