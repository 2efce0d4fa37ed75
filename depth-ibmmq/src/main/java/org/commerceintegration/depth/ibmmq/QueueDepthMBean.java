package org.commerceintegration.depth.ibmmq;

/**
 * What the MBean {@code org.commerceintegration.depth:type=QueueDepth,name=<queue>} shows of one queue: the attribute
 * {@code Depth} is what the application reads ({@code commerce.monitoring.depth.attribute}); {@code Error} and
 * {@code LastRead} are for the operator looking at it with a JMX client.
 */
public interface QueueDepthMBean {

    /** Messages on the queue at the last inquiry; -1 when the queue manager did not tell. */
    long getDepth();

    /** Why the depth is unknown, or null. */
    String getError();

    /** When the queue manager was last asked (ISO-8601), or null before the first inquiry. */
    String getLastRead();
}
