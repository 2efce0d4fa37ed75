package org.commerceintegration.monitoring.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's MicroProfile metrics (served by the server at {@code /metrics}, scope {@code application}):
 *
 * <ul>
 *   <li>{@code commerce.inbound.processed} {queue, type}: inbound messages applied</li>
 *   <li>{@code commerce.inbound.failed} {queue, type, reason}: inbound messages sent to the error queue</li>
 *   <li>{@code commerce.inbound.processing.time} {queue}: receipt to decision, a timer (count, sum, max, quantiles)</li>
 *   <li>{@code commerce.queue.depth} {queue}: depth at the last sample</li>
 *   <li>{@code commerce.queue.oldestMessageAgeSeconds} {queue}: how long the message at the head of the queue (at the
 *       last sample) has waited, in seconds; 0 empty, -1 unknown</li>
 *   <li>{@code commerce.outbound.sent}, {@code commerce.outbound.failed}: outbound send attempts that the transport
 *       accepted or refused (a refused message stays in {@code MSGSTORE} for a retry)</li>
 *   <li>{@code commerce.outbound.unsent}: rows waiting in {@code MSGSTORE} at the last sample</li>
 *   <li>{@code commerce.errorqueue.replayed}, {@code commerce.errorqueue.deleted}: operator actions</li>
 * </ul>
 *
 * Gauges read values the statistics sampler already holds, so a scrape never touches the provider or the database.
 */
@ApplicationScoped
public class ProcessingMetrics {

    @Inject
    private MetricRegistry registry;

    void inbound(String queue, String type, boolean processed, String reasonCode, long durationNanos) {
        if (processed) {
            registry.counter(
                            metadata("commerce.inbound.processed", "Inbound messages applied", MetricUnits.NONE),
                            new Tag("queue", queue),
                            new Tag("type", type))
                    .inc();
        } else {
            registry.counter(
                            metadata(
                                    "commerce.inbound.failed",
                                    "Inbound messages sent to the error queue",
                                    MetricUnits.NONE),
                            new Tag("queue", queue),
                            new Tag("type", type),
                            new Tag("reason", reasonCode == null ? "unknown" : reasonCode))
                    .inc();
        }
        registry.timer(
                        metadata(
                                "commerce.inbound.processing.time",
                                "Time from receipt to outcome of an inbound message",
                                MetricUnits.SECONDS),
                        new Tag("queue", queue))
                .update(Duration.ofNanos(durationNanos));
    }

    void outboundAttempt(boolean sent) {
        registry.counter(
                        sent
                                ? metadata(
                                        "commerce.outbound.sent",
                                        "Outbound messages handed to the transport",
                                        MetricUnits.NONE)
                                : metadata(
                                        "commerce.outbound.failed",
                                        "Outbound send attempts refused (the message stays in MSGSTORE)",
                                        MetricUnits.NONE))
                .inc();
    }

    void errorQueueAction(boolean replayed) {
        registry.counter(
                        replayed
                                ? metadata(
                                        "commerce.errorqueue.replayed",
                                        "Error-queue messages replayed by operators",
                                        MetricUnits.NONE)
                                : metadata(
                                        "commerce.errorqueue.deleted",
                                        "Error-queue messages deleted by admins",
                                        MetricUnits.NONE))
                .inc();
    }

    void depthGauge(String queue, Supplier<Long> depth) {
        registry.gauge(
                metadata("commerce.queue.depth", "Messages on the queue at the last sample", MetricUnits.NONE),
                depth,
                new Tag("queue", queue));
    }

    void oldestMessageAgeGauge(String queue, Supplier<Long> seconds) {
        registry.gauge(
                metadata(
                        "commerce.queue.oldestMessageAgeSeconds",
                        "Seconds the message at the head of the queue has waited (0 empty, -1 unknown)",
                        MetricUnits.NONE),
                seconds,
                new Tag("queue", queue));
    }

    void unsentGauge(Supplier<Long> unsent) {
        registry.gauge(
                metadata(
                        "commerce.outbound.unsent",
                        "Outbound messages waiting in MSGSTORE at the last sample",
                        MetricUnits.NONE),
                unsent);
    }

    private static Metadata metadata(String name, String description, String unit) {
        return Metadata.builder()
                .withName(name)
                .withDescription(description)
                .withUnit(unit)
                .build();
    }
}
