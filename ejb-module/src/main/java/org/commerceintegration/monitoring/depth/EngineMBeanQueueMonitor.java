package org.commerceintegration.monitoring.depth;

import java.lang.management.ManagementFactory;
import java.util.Hashtable;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.commerceintegration.monitoring.ManagedQueue;

/**
 * Reads a queue's depth from the embedded messaging engine's MBean
 * {@code WebSphere:feature=wasJmsServer,type=Queue,name=<queue>}, attribute {@code Depth}: exact and cheap, without
 * touching the messages. Only {@code javax.management}: the MBean is found by name at run time. When a queue's MBean
 * is missing or fails, that one reading falls back to browsing.
 */
final class EngineMBeanQueueMonitor implements QueueMonitor {

    private final MBeanServer server;
    private final QueueMonitor fallback;

    EngineMBeanQueueMonitor(MBeanServer server, QueueMonitor fallback) {
        this.server = server;
        this.fallback = fallback;
    }

    /** Whether the engine publishes this queue's MBean in this JVM. */
    static boolean available(String queueName) {
        try {
            return ManagementFactory.getPlatformMBeanServer().isRegistered(nameOf(queueName));
        } catch (MalformedObjectNameException e) {
            return false;
        }
    }

    @Override
    public String source() {
        return "embedded-engine-mbean";
    }

    @Override
    public QueueDepth depth(ManagedQueue queue) {
        try {
            Object depth = server.getAttribute(nameOf(queue.name()), "Depth");
            if (depth instanceof Number number) {
                return QueueDepth.of(number.longValue());
            }
        } catch (JMException | RuntimeException e) {
            // e.g. the queue was removed from the engine's configuration at run time; browsing still answers
        }
        return fallback.depth(queue);
    }

    private static ObjectName nameOf(String queueName) throws MalformedObjectNameException {
        Hashtable<String, String> keys = new Hashtable<>();
        keys.put("feature", "wasJmsServer");
        keys.put("type", "Queue");
        keys.put("name", queueName);
        return new ObjectName("WebSphere", keys);
    }
}
