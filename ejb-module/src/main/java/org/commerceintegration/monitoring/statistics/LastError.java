package org.commerceintegration.monitoring.statistics;

import java.time.Instant;

/**
 * The most recent failure on a queue.
 *
 * @param at         when the message failed
 * @param reasonCode its reason code, e.g. {@code NO_COMMAND}
 * @param reason     its reason
 */
public record LastError(Instant at, String reasonCode, String reason) {}
