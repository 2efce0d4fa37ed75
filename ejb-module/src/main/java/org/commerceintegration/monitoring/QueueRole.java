package org.commerceintegration.monitoring;

/**
 * What a managed queue is for. Decides which operations make sense on it: only the inbound queues have listeners
 * and can be replay targets; only the error queue holds messages to replay.
 */
public enum QueueRole {
    SERIAL_INBOUND,
    PARALLEL_INBOUND,
    OUTBOUND,
    ERROR;

    public boolean inbound() {
        return this == SERIAL_INBOUND || this == PARALLEL_INBOUND;
    }
}
