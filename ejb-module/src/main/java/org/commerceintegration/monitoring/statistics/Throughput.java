package org.commerceintegration.monitoring.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory throughput and last error per queue, for this server since its start (see the package description for
 * why that scope). Fed by {@link ProcessingObserver}; read by {@link QueueStatistics}.
 */
@ApplicationScoped
public class Throughput {

    private final Map<String, ThroughputCounter> counters = new ConcurrentHashMap<>();
    private final Map<String, LastError> lastErrors = new ConcurrentHashMap<>();

    void record(String queue, boolean processed, Instant at) {
        counters.computeIfAbsent(queue, q -> new ThroughputCounter()).record(processed, at.toEpochMilli());
    }

    void failed(String queue, LastError error) {
        lastErrors.merge(queue, error, (old, now) -> now.at().isBefore(old.at()) ? old : now);
    }

    ThroughputCounter counter(String queue) {
        return counters.computeIfAbsent(queue, q -> new ThroughputCounter());
    }

    LastError lastError(String queue) {
        return lastErrors.get(queue);
    }
}
