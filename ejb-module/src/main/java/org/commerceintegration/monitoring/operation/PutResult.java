package org.commerceintegration.monitoring.operation;

/**
 * A message an operator put on a queue.
 *
 * @param queue     the queue's name
 * @param messageId its {@code JMSMessageID}
 * @param type      {@code Text} or {@code Bytes}
 * @param bodySize  body length in bytes as received
 */
public record PutResult(String queue, String messageId, String type, int bodySize) {}
