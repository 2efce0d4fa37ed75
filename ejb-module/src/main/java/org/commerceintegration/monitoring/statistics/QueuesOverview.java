package org.commerceintegration.monitoring.statistics;

import java.time.Instant;
import java.util.List;

/**
 * The queues page: every queue's status and how the figures were obtained.
 *
 * @param at              when this overview was taken
 * @param depthSource     how depths are read ({@code mbean <ObjectName pattern>} or {@code jms-browser})
 * @param listenerControl how listeners are paused ({@code server-endpoint-control} or {@code none})
 * @param sampleSeconds   seconds between depth samples
 * @param scope           {@code server}: throughput and errors are this server's since {@code since}
 * @param since           when this server's counting started
 * @param outboundUnsent  rows waiting in {@code MSGSTORE} at the last sample, -1 when unknown
 * @param queues          serial inbound, parallel inbound, outbound, error
 * @param inboundMaxMessageAgeSeconds the readiness limit on an inbound queue's oldest message, 0 for none
 */
public record QueuesOverview(
        Instant at,
        String depthSource,
        String listenerControl,
        int sampleSeconds,
        String scope,
        Instant since,
        long outboundUnsent,
        List<QueueStatus> queues,
        long inboundMaxMessageAgeSeconds) {}
