package org.commerceintegration.monitoring.depth;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import org.commerceintegration.monitoring.ManagedQueues;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the {@link QueueMonitor} once, when monitoring first needs it (at start-up, by the statistics sampler): the
 * embedded engine's MBeans when this JVM runs the engine that holds the error queue, else browsing, which works with
 * any provider (a remote engine, IBM MQ).
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

    @Produces
    @ApplicationScoped
    QueueMonitor monitor() {
        QueueMonitor browsing = new BrowsingQueueMonitor(connectionFactory, Math.max(1, browseLimit));
        QueueMonitor chosen =
                EngineMBeanQueueMonitor.available(queues.errorQueue().name())
                        ? new EngineMBeanQueueMonitor(ManagementFactory.getPlatformMBeanServer(), browsing)
                        : browsing;
        LOG.info(() -> "Queue depths are read by " + chosen.source());
        return chosen;
    }
}
