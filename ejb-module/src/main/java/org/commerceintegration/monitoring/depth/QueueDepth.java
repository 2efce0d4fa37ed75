package org.commerceintegration.monitoring.depth;

/**
 * A queue's depth as far as it could be known.
 *
 * @param depth messages on the queue; -1 when it could not be read
 * @param exact false when browsing stopped at its bound (then the queue holds at least {@code depth}) or failed
 * @param error why the depth is unknown or inexact, or null
 */
public record QueueDepth(long depth, boolean exact, String error) {

    public static QueueDepth of(long depth) {
        return new QueueDepth(depth, true, null);
    }

    public static QueueDepth atLeast(long depth) {
        return new QueueDepth(depth, false, "browsing stopped at " + depth + " messages");
    }

    public static QueueDepth unknown(String error) {
        return new QueueDepth(-1, false, error);
    }

    public boolean known() {
        return depth >= 0;
    }
}
