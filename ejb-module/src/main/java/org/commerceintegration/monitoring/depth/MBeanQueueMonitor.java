package org.commerceintegration.monitoring.depth;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.commerceintegration.monitoring.ManagedQueue;

/**
 * Reads a queue's depth from an MBean found by name at run time: the configured ObjectName pattern
 * ({@code commerce.monitoring.depth.mbean}) with {@value #QUEUE} standing for the queue's name, and a numeric
 * attribute ({@code commerce.monitoring.depth.attribute}). Exact and cheap, without touching the messages, and only
 * {@code javax.management}: which provider registers the MBean (the embedded engine, the IBM MQ PCF publisher) is the
 * server configuration's business. When a queue's MBean is missing or fails, that one reading falls back to browsing.
 */
final class MBeanQueueMonitor implements QueueMonitor {

    /** Stands for the queue's name in the pattern. */
    static final String QUEUE = "{queue}";

    private final MBeanServer server;
    private final String pattern;
    private final String attribute;
    private final QueueMonitor fallback;

    /**
     * @throws IllegalArgumentException when the pattern lacks {@value #QUEUE}, or does not make an ObjectName
     */
    MBeanQueueMonitor(MBeanServer server, String pattern, String attribute, QueueMonitor fallback) {
        if (pattern == null || !pattern.contains(QUEUE)) {
            throw new IllegalArgumentException(
                    "commerce.monitoring.depth.mbean must contain " + QUEUE + " for the queue's name: " + pattern);
        }
        if (attribute == null || attribute.isBlank()) {
            throw new IllegalArgumentException("commerce.monitoring.depth.attribute is empty");
        }
        this.server = server;
        this.pattern = pattern.strip();
        this.attribute = attribute.strip();
        this.fallback = fallback;
        try {
            ObjectName sample = nameOf("SAMPLE.QUEUE");
            if (sample.isPattern()) {
                throw new IllegalArgumentException(
                        "commerce.monitoring.depth.mbean must name one MBean per queue, not a wildcard: " + pattern);
            }
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(
                    "commerce.monitoring.depth.mbean is not an ObjectName: " + pattern + " (" + e.getMessage() + ")",
                    e);
        }
    }

    @Override
    public String source() {
        return "mbean " + pattern;
    }

    @Override
    public QueueDepth depth(ManagedQueue queue) {
        try {
            Object depth = server.getAttribute(nameOf(queue.name()), attribute);
            // a publisher that could not read the depth says so with a negative value: browsing may still answer
            if (depth instanceof Number number && number.longValue() >= 0) {
                return QueueDepth.of(number.longValue());
            }
        } catch (JMException | RuntimeException e) {
            // e.g. the MBean is not (yet) registered, or the queue left the provider's configuration at run time
        }
        return fallback.depth(queue);
    }

    /** The MBean of this queue; a name holding a character ObjectName reserves is quoted. */
    ObjectName nameOf(String queueName) throws MalformedObjectNameException {
        return new ObjectName(pattern.replace(QUEUE, valueOf(queueName)));
    }

    /** The queue's name as an ObjectName value: as it is, or quoted when it holds {@code , = : " * ? \n}. */
    static String valueOf(String queueName) {
        for (char c : queueName.toCharArray()) {
            if (",=:\"*?\n".indexOf(c) >= 0) {
                return ObjectName.quote(queueName);
            }
        }
        return queueName;
    }
}
