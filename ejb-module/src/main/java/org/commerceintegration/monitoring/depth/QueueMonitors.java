package org.commerceintegration.monitoring.depth;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.MBeanServer;
import org.commerceintegration.monitoring.ManagedQueues;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the {@link QueueMonitor} once, when monitoring first needs it (at start-up, by the statistics sampler): MBeans
 * when the server configuration names them ({@code commerce.monitoring.depth.mbean}, set by the messaging include),
 * each reading falling back to browsing when its MBean is missing or fails; else browsing alone, which works with any
 * JMS provider. The application names no provider: the pattern is configuration.
 */
@ApplicationScoped
public class QueueMonitors {

    private static final Logger LOG = Logger.getLogger(QueueMonitors.class.getName());

    @Resource(lookup = "jms/JMSQueueConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Inject
    private ManagedQueues queues;

    /** Browsing stops here, so that counting a flooded queue stays cheap; the depth then reads "at least". */
    @Inject
    @ConfigProperty(name = "commerce.monitoring.browseLimit", defaultValue = "5000")
    private int browseLimit;

    /** ObjectName pattern of the depth MBeans, {@code {queue}} standing for the queue's name; empty: browse. */
    @Inject
    @ConfigProperty(name = "commerce.monitoring.depth.mbean")
    private Optional<String> depthMBean;

    @Inject
    @ConfigProperty(name = "commerce.monitoring.depth.attribute", defaultValue = "Depth")
    private String depthAttribute;

    @Produces
    @ApplicationScoped
    QueueMonitor monitor() {
        QueueMonitor browsing = new BrowsingQueueMonitor(connectionFactory, Math.max(1, browseLimit));
        QueueMonitor chosen =
                choose(ManagementFactory.getPlatformMBeanServer(), depthMBean.orElse(""), depthAttribute, browsing);
        LOG.info(() -> "Queue depths are read by " + chosen.source());
        return chosen;
    }

    /** MBeans when a pattern is set, else browsing; a pattern that cannot work is logged and browsing used. */
    static QueueMonitor choose(MBeanServer server, String pattern, String attribute, QueueMonitor browsing) {
        if (pattern == null || pattern.isBlank()) {
            return browsing;
        }
        try {
            return new MBeanQueueMonitor(server, pattern, attribute, browsing);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "Queue depth MBeans not used, depths are counted by browsing: " + e.getMessage());
            return browsing;
        }
    }
}
