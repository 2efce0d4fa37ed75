package org.commerceintegration.monitoring;

import jakarta.jms.Queue;

/**
 * One of the queues operators may address, by the name they know it by (the configured queue name, as Commerce
 * names it), with its JMS destination and, for the inbound queues, the message-driven bean listening on it.
 *
 * @param name         the configured queue name, e.g. {@code JMSErrorQueue}; also the name used in the API
 * @param role         what the queue is for
 * @param destination  the JMS queue (looked up by its JNDI name)
 * @param listenerBean the MDB's bean name for an inbound queue, else null
 */
public record ManagedQueue(String name, QueueRole role, Queue destination, String listenerBean) {

    public boolean hasListener() {
        return listenerBean != null;
    }
}
