package org.commerceintegration.monitoring.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A queue's sampled depths over the last hour: a ring of {@code 3600 / sampleSeconds} samples, so memory is fixed
 * whatever the uptime. Also answers the latest sample for the depth gauges, without touching the provider.
 * Thread-safe.
 */
final class DepthHistory {

    private final DepthSample[] ring;
    private int next;
    private int size;
    private volatile long latest = -1;

    DepthHistory(int capacity) {
        ring = new DepthSample[Math.max(1, capacity)];
    }

    synchronized void add(Instant at, long depth) {
        ring[next] = new DepthSample(at, depth);
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
        latest = depth;
    }

    /** Oldest first. */
    synchronized List<DepthSample> samples() {
        List<DepthSample> samples = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            samples.add(ring[(next - size + i + ring.length) % ring.length]);
        }
        return samples;
    }

    /** The latest sampled depth, -1 before the first sample or when it could not be read. */
    long latest() {
        return latest;
    }
}
