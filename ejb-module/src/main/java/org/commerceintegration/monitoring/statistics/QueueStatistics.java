package org.commerceintegration.monitoring.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commerceintegration.inbound.ProcessedMessage;
import org.commerceintegration.monitoring.ManagedQueue;
import org.commerceintegration.monitoring.ManagedQueues;
import org.commerceintegration.monitoring.depth.QueueDepth;
import org.commerceintegration.monitoring.depth.QueueHead;
import org.commerceintegration.monitoring.depth.QueueMonitor;
import org.commerceintegration.monitoring.listener.ListenerControl;
import org.commerceintegration.monitoring.listener.Listeners;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Samples every queue's depth, and the put time of the message at its head, every
 * {@code commerce.monitoring.sampleSeconds} (default 10), the depths into a one-hour history,
 * and the number of unsent outbound messages ({@code MSGSTORE} rows); assembles the queues page from those, the live
 * depths, the throughput counters and the listeners' states. Registers the depth, oldest-message-age and unsent
 * gauges, which read the latest samples.
 *
 * <p>At start the last error of each inbound queue is taken from {@code CI_INBOUND_MESSAGE}, so a restart does not
 * hide the most recent failure; throughput starts from zero (see the package description).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class QueueStatistics {

    private static final Logger LOG = Logger.getLogger(QueueStatistics.class.getName());
    private static final int HOUR_SECONDS = 3600;

    /** Server variable: seconds a message may wait on an inbound queue while the server is ready; 0 no limit. */
    public static final String MAX_MESSAGE_AGE = "commerce.inbound.maxMessageAgeSeconds";

    public static final long DEFAULT_MAX_MESSAGE_AGE = 300;

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @Resource
    private TimerService timerService;

    @Inject
    private ManagedQueues queues;

    @Inject
    private QueueMonitor monitor;

    @Inject
    private QueueHead head;

    @Inject
    private Throughput throughput;

    @Inject
    private ProcessingMetrics metrics;

    @EJB
    private Listeners listeners;

    @Inject
    private ListenerControl listenerControl;

    @Inject
    private Config config;

    @Inject
    @ConfigProperty(name = "commerce.monitoring.sampleSeconds", defaultValue = "10")
    private int sampleSeconds;

    private final Map<String, DepthHistory> depths = new ConcurrentHashMap<>();
    /** Per queue, the head message's put time at the last sample: epoch ms, 0 empty, -1 unknown. */
    private final Map<String, Long> oldest = new ConcurrentHashMap<>();

    private volatile long unsent = -1;
    private Instant since;

    @PostConstruct
    void start() {
        since = Instant.now();
        sampleSeconds = Math.max(1, sampleSeconds);
        for (ManagedQueue queue : queues.all()) {
            DepthHistory history = new DepthHistory(HOUR_SECONDS / sampleSeconds);
            depths.put(queue.name(), history);
            metrics.depthGauge(queue.name(), history::latest);
            oldest.put(queue.name(), -1L);
            metrics.oldestMessageAgeGauge(queue.name(), () -> oldestMessageAgeSeconds(queue.name()));
        }
        metrics.unsentGauge(() -> unsent);
        seedLastErrors();
        long interval = sampleSeconds * 1000L;
        timerService.createIntervalTimer(1000, interval, new TimerConfig("queue depth sampling", false));
        LOG.info(() -> "Queue statistics: depths by " + monitor.source() + " every " + sampleSeconds + " s");
    }

    /** One sample of every queue's depth and of the unsent count. Outside any transaction: it only reads. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sample() {
        Instant now = Instant.now();
        for (ManagedQueue queue : queues.all()) {
            long depth = monitor.depth(queue).depth();
            depths.get(queue.name()).add(now, depth);
            // an empty queue needs no browse; an unknown depth may still have a readable head
            oldest.put(queue.name(), depth == 0 ? 0L : head.oldestTimestamp(queue));
        }
        try {
            unsent = entityManager
                    .createQuery("SELECT COUNT(m) FROM StoredMessage m", Long.class)
                    .getSingleResult();
        } catch (RuntimeException e) {
            unsent = -1;
            LOG.log(Level.FINE, "Cannot count MSGSTORE", e);
        }
    }

    /** The queues page, with live depths. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public QueuesOverview overview() {
        Instant now = Instant.now();
        List<QueueStatus> statuses = new ArrayList<>();
        for (ManagedQueue queue : queues.all()) {
            statuses.add(status(queue, now));
        }
        return new QueuesOverview(
                now,
                monitor.source(),
                listenerControl.mechanism(),
                sampleSeconds,
                "server",
                since,
                unsent,
                statuses,
                inboundMaxMessageAgeSeconds());
    }

    /**
     * The longest a message may wait on an inbound queue while the server is ready ({@value #MAX_MESSAGE_AGE},
     * default {@value #DEFAULT_MAX_MESSAGE_AGE}); 0 or less: no limit. Read at every call, so a changed server
     * variable applies at once.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long inboundMaxMessageAgeSeconds() {
        return config.getOptionalValue(MAX_MESSAGE_AGE, Long.class).orElse(DEFAULT_MAX_MESSAGE_AGE);
    }

    /** One queue's live depth, read from the provider now. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public QueueDepth depth(String queueName) {
        return monitor.depth(queues.require(queueName));
    }

    /**
     * One queue's depth at the last sample, -1 before the first or when it could not be read. Never touches the
     * provider, so an unauthenticated caller (the readiness check) cannot make the server browse a queue.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long sampledDepth(String queueName) {
        return depths.get(queues.require(queueName).name()).latest();
    }

    /**
     * How old the message at the head of the queue is, in whole seconds, as of now: from its put time at the last
     * sample, so it keeps growing between samples. 0 when the queue was empty at the last sample, -1 before the
     * first sample or when the head could not be read. Never touches the provider (the readiness check calls it).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long oldestMessageAgeSeconds(String queueName) {
        long put = oldest.getOrDefault(queues.require(queueName).name(), -1L);
        if (put <= 0) {
            return put;
        }
        return Math.max(0, System.currentTimeMillis() - put) / 1000;
    }

    private QueueStatus status(ManagedQueue queue, Instant now) {
        QueueDepth depth = monitor.depth(queue);
        ThroughputCounter counter = throughput.counter(queue.name());
        long[] lastMinute = counter.lastMinute(now.toEpochMilli());
        return new QueueStatus(
                queue.name(),
                queue.role().name(),
                depth.depth(),
                depth.exact(),
                depth.error(),
                lastMinute[0],
                lastMinute[1],
                counter.lastHour(now.toEpochMilli()),
                depths.get(queue.name()).samples(),
                throughput.lastError(queue.name()),
                listeners.status(queue),
                oldestMessageAgeSeconds(queue.name()));
    }

    /** The newest failure per inbound queue from the processing record, so the page survives a restart. */
    private void seedLastErrors() {
        for (ManagedQueue queue : queues.all()) {
            if (!queue.role().inbound()) {
                continue;
            }
            try {
                entityManager
                        .createQuery(
                                "SELECT m FROM ProcessedMessage m WHERE m.queueName = :queue"
                                        + " AND m.outcome = 'FAILED' ORDER BY m.received DESC",
                                ProcessedMessage.class)
                        .setParameter("queue", queue.name())
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .ifPresent(m -> {
                            LastError error = new LastError(
                                    m.getReceived()
                                            .atZone(java.time.ZoneId.systemDefault())
                                            .toInstant(),
                                    m.getReasonCode(),
                                    m.getReason());
                            throughput.failed(queue.name(), error);
                            throughput.failed(queues.errorQueue().name(), error);
                        });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot read the last error of " + queue.name(), e);
            }
        }
    }
}
