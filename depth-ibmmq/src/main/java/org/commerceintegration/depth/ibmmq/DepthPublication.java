package org.commerceintegration.depth.ibmmq;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.management.JMException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts with the server: publishes the four queues' depth MBeans and asks the queue manager for their depths every
 * {@code commerce.monitoring.sampleSeconds}. Everything comes from the server variables messaging-ibmmq.xml and
 * server.xml declare (MicroProfile Config reads them, and the environment: {@code IBMMQ_PASSWORD}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DepthPublication {

    private static final Logger LOG = Logger.getLogger(DepthPublication.class.getName());

    @Resource
    private TimerService timerService;

    @Inject
    @ConfigProperty(name = "ibmmq.host", defaultValue = "localhost")
    private String host;

    @Inject
    @ConfigProperty(name = "ibmmq.port", defaultValue = "1414")
    private int port;

    @Inject
    @ConfigProperty(name = "ibmmq.channel", defaultValue = "COMMERCE.SVRCONN")
    private String channel;

    @Inject
    @ConfigProperty(name = "ibmmq.queueManager", defaultValue = "QM1")
    private String queueManager;

    @Inject
    @ConfigProperty(name = "ibmmq.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "ibmmq.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "ibmmq.sslCipherSuite")
    private Optional<String> cipherSuite;

    @Inject
    @ConfigProperty(name = "queue.serialInbound.name", defaultValue = "JMSSerialInboundQueue")
    private String serialInbound;

    @Inject
    @ConfigProperty(name = "queue.parallelInbound.name", defaultValue = "JMSParallelInboundQueue")
    private String parallelInbound;

    @Inject
    @ConfigProperty(name = "queue.outbound.name", defaultValue = "JMSOutboundQueue")
    private String outbound;

    @Inject
    @ConfigProperty(name = "queue.error.name", defaultValue = "JMSErrorQueue")
    private String error;

    @Inject
    @ConfigProperty(name = "commerce.monitoring.sampleSeconds", defaultValue = "10")
    private int sampleSeconds;

    private DepthPublisher publisher;
    private DepthSampler sampler;

    @PostConstruct
    void start() {
        List<String> queues = List.of(serialInbound, parallelInbound, outbound, error);
        int interval = Math.max(1, sampleSeconds);
        try {
            publisher = new DepthPublisher(ManagementFactory.getPlatformMBeanServer(), queues);
        } catch (JMException e) {
            throw new IllegalStateException("cannot publish the queue depth MBeans: " + e.getMessage(), e);
        }
        ClientPcfAgents agents = new ClientPcfAgents(new ClientPcfAgents.Settings(
                host,
                port,
                channel,
                queueManager,
                user.orElse(""),
                password.orElse(""),
                cipherSuite.orElse(""),
                "commerce-depth-ibmmq",
                // an answer later than the next sample is no use
                Math.min(interval, 30)));
        sampler = new DepthSampler(agents, queues, publisher, Clock.systemUTC());
        timerService.createIntervalTimer(1000, interval * 1000L, new TimerConfig("IBM MQ queue depth by PCF", false));
        LOG.info(() -> "IBM MQ queue depths of " + queues + " on " + queueManager + " (" + host + "(" + port + "), "
                + channel + ") are published every " + interval + " s as " + DepthPublisher.DOMAIN
                + ":type=QueueDepth,name=<queue>");
    }

    @Timeout
    void sample() {
        sampler.sample();
    }

    @PreDestroy
    void stop() {
        if (sampler != null) {
            sampler.close();
        }
        if (publisher != null) {
            publisher.close();
        }
    }
}
