package org.commerceintegration.monitoring.listener;

import org.commerceintegration.monitoring.ManagedQueue;

/**
 * Pausing and resuming the inbound listeners, so an operator can stop consumption (e.g. while a back end sends
 * garbage, or to look at messages before they are taken) without stopping the server. Messages sent meanwhile stay on
 * the queue. {@link ServerEndpointListenerControl} does it through Liberty's {@code ServerEndpointControl} MBean;
 * elsewhere {@link UnsupportedListenerControl} says it cannot. A pause lasts until resumed or the server restarts.
 */
public interface ListenerControl {

    /** Names the mechanism, e.g. {@code server-endpoint-control} or {@code none}. */
    String mechanism();

    /** Never throws. */
    ListenerStatus status(ManagedQueue queue);

    /** @throws ListenerControlException when the listener cannot be paused */
    void pause(ManagedQueue queue);

    /** @throws ListenerControlException when the listener cannot be resumed */
    void resume(ManagedQueue queue);
}
