package org.commerceintegration.monitoring.depth;

import org.commerceintegration.monitoring.ManagedQueue;

/**
 * How many messages a queue holds. One interface for every provider: an MBean named by configuration
 * ({@link MBeanQueueMonitor}: the embedded engine's own, or on IBM MQ those the depth-ibmmq web application publishes
 * from its PCF inquiries, {@code MQCMD_INQUIRE_Q} / {@code CURDEPTH}), or any JMS provider by browsing
 * ({@link BrowsingQueueMonitor}). {@link QueueMonitors} picks one at start-up.
 */
public interface QueueMonitor {

    /** Names the implementation, for the API and the log (e.g. {@code mbean WebSphere:...,name={queue}}, {@code jms-browser}). */
    String source();

    /** The queue's current depth. Never throws: a depth that cannot be read is reported as unknown. */
    QueueDepth depth(ManagedQueue queue);
}
