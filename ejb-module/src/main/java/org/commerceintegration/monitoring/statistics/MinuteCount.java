package org.commerceintegration.monitoring.statistics;

import java.time.Instant;

/**
 * Messages counted in one minute of one queue.
 *
 * @param minute    the minute's start (UTC)
 * @param processed messages processed in it (see {@link QueueStatus} for what that means per queue)
 * @param failed    messages failed in it
 */
public record MinuteCount(Instant minute, long processed, long failed) {}
