package org.commerceintegration.depth.ibmmq;

import java.time.Instant;

/**
 * One queue's depth as the last inquiry found it.
 *
 * @param queue the queue's name
 * @param depth messages on the queue; -1 when the queue manager did not tell
 * @param error why the depth is unknown, or null
 * @param at when it was asked
 */
record DepthReading(String queue, long depth, String error, Instant at) {

    static DepthReading of(String queue, long depth, Instant at) {
        return new DepthReading(queue, depth, null, at);
    }

    static DepthReading unknown(String queue, String error, Instant at) {
        return new DepthReading(queue, -1, error, at);
    }
}
