package org.commerceintegration.monitoring;

import java.time.Instant;

/**
 * A message that left a queue other than through an inbound listener, fired as a CDI event so throughput and metrics
 * count it once its transaction commits: an error-queue message replayed ({@code processed}) or deleted
 * ({@code !processed}); an outbound message sent to the back end ({@code processed}) or refused ({@code !processed}; fed from the
 * outbound dispatcher's {@link org.commerceintegration.outbound.SendAttempt} events).
 *
 * @param queue       the queue's configured name
 * @param processed   see above
 * @param messageType the message type when known (outbound), else null
 * @param at          when
 */
public record QueueActivity(String queue, boolean processed, String messageType, Instant at) {}
