package org.commerceintegration.messages;

import java.util.List;

/**
 * A message's journey: every step of the chain it belongs to, in order, from the first message received through
 * each failure, error-queue copy and replay to the last message's outcome; or an outbound message's send attempts.
 *
 * @param messageId  the id asked about
 * @param kind       {@code INBOUND}, {@code OUTBOUND} or {@code ERROR_QUEUE}
 * @param messageIds the messages of the chain, first to last (the id asked about is one of them, or an error-queue
 *                   copy of one)
 * @param steps      the steps, each naming its message
 */
public record Journey(String messageId, MessageKind kind, List<String> messageIds, List<JourneyStep> steps) {}
