package org.commerceintegration.monitoring.statistics;

import java.util.List;
import org.commerceintegration.monitoring.listener.ListenerStatus;

/**
 * One queue on the console's queues page. Serialised as JSON by the API as it stands: keep field names stable.
 *
 * <p>What {@code processed} and {@code failed} count depends on the queue: inbound queues: messages applied and
 * messages sent to the error queue; outbound queue: messages handed to the transport and refused sends (as reported
 * by the outbound sender); error queue: messages replayed and messages deleted. Counts are this server's since its
 * start.
 *
 * @param name                the queue's configured name (the name used in the API)
 * @param role                {@code SERIAL_INBOUND}, {@code PARALLEL_INBOUND}, {@code OUTBOUND} or {@code ERROR}
 * @param depth               messages on the queue now; -1 when unknown
 * @param depthExact          false when the depth is a lower bound (browsing stopped) or unknown
 * @param depthError          why the depth is unknown or inexact, or null
 * @param processedLastMinute processed in the last 60 seconds
 * @param failedLastMinute    failed in the last 60 seconds
 * @param throughput          per minute for the last hour, oldest first, the current minute last (60 entries)
 * @param depthHistory        sampled depths over the last hour, oldest first
 * @param lastError           the most recent failure (for the error queue: of either inbound queue), or null
 * @param listener            for the inbound queues, the listener's state; null for the others
 * @param oldestMessageAgeSeconds how long the message at the head of the queue has waited, as of now, from its put
 *                            time at the last sample; 0 when the queue was empty then, -1 when unknown
 */
public record QueueStatus(
        String name,
        String role,
        long depth,
        boolean depthExact,
        String depthError,
        long processedLastMinute,
        long failedLastMinute,
        List<MinuteCount> throughput,
        List<DepthSample> depthHistory,
        LastError lastError,
        ListenerStatus listener,
        long oldestMessageAgeSeconds) {}
