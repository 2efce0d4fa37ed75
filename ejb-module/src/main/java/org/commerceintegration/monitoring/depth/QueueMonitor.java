package org.commerceintegration.monitoring.depth;

import org.commerceintegration.monitoring.ManagedQueue;

/**
 * How many messages a queue holds. One interface for every provider: the embedded messaging engine answers from its
 * MBean ({@link EngineMBeanQueueMonitor}), any JMS provider by browsing ({@link BrowsingQueueMonitor}); IBM MQ's
 * PCF inquiry ({@code MQCMD_INQUIRE_Q}, {@code CURDEPTH}) would be a third implementation beside them.
 * {@link QueueMonitors} picks one at start-up.
 */
public interface QueueMonitor {

    /** Names the implementation, for the API and the log (e.g. {@code embedded-engine-mbean}, {@code jms-browser}). */
    String source();

    /** The queue's current depth. Never throws: a depth that cannot be read is reported as unknown. */
    QueueDepth depth(ManagedQueue queue);
}
