package org.commerceintegration.depth.ibmmq;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanRegistrationException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * Publishes each queue's latest {@link DepthReading} as a standard MBean
 * {@code org.commerceintegration.depth:type=QueueDepth,name=<queue>}, the name messaging-ibmmq.xml gives the
 * application as {@code commerce.monitoring.depth.mbean}. Every queue has its MBean from the start (depth -1 until
 * the first inquiry), so a reader never mistakes "not asked yet" for "no such queue".
 */
final class DepthPublisher implements AutoCloseable {

    static final String DOMAIN = "org.commerceintegration.depth";

    private final MBeanServer server;
    private final Map<String, Published> published = new LinkedHashMap<>();

    /**
     * Registers one MBean per queue, replacing one a previous deployment of this application left behind.
     *
     * @throws JMException when an MBean cannot be registered (then none stays registered)
     */
    DepthPublisher(MBeanServer server, List<String> queues) throws JMException {
        this.server = server;
        try {
            for (String queue : queues) {
                ObjectName name = nameOf(queue);
                if (server.isRegistered(name)) {
                    server.unregisterMBean(name);
                }
                Published bean = new Published(DepthReading.unknown(queue, "not asked yet", null));
                server.registerMBean(new StandardMBean(bean, QueueDepthMBean.class), name);
                published.put(queue, bean);
            }
        } catch (JMException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The MBean of this queue; a name holding a character ObjectName reserves is quoted, as the reader quotes it. */
    static ObjectName nameOf(String queue) throws MalformedObjectNameException {
        return new ObjectName(DOMAIN + ":type=QueueDepth,name=" + valueOf(queue));
    }

    /** The queue's name as an ObjectName value: as it is, or quoted when it holds {@code , = : " * ? \n}. */
    static String valueOf(String queue) {
        for (char c : queue.toCharArray()) {
            if (",=:\"*?\n".indexOf(c) >= 0) {
                return ObjectName.quote(queue);
            }
        }
        return queue;
    }

    /** Shows this reading in its queue's MBean; a queue that has none is ignored. */
    void publish(DepthReading reading) {
        Published bean = published.get(reading.queue());
        if (bean != null) {
            bean.reading = reading;
        }
    }

    /** Removes the MBeans, so that readers fall back to their other means while this application is away. */
    @Override
    public void close() {
        for (String queue : published.keySet()) {
            try {
                server.unregisterMBean(nameOf(queue));
            } catch (InstanceNotFoundException | MBeanRegistrationException | MalformedObjectNameException e) {
                // already gone
            }
        }
        published.clear();
    }

    /** One queue's MBean: the latest reading, replaced whole so that a reader never sees half of two. */
    static final class Published implements QueueDepthMBean {
        volatile DepthReading reading;

        Published(DepthReading reading) {
            this.reading = reading;
        }

        @Override
        public long getDepth() {
            return reading.depth();
        }

        @Override
        public String getError() {
            return reading.error();
        }

        @Override
        public String getLastRead() {
            return reading.at() == null ? null : reading.at().toString();
        }
    }
}
