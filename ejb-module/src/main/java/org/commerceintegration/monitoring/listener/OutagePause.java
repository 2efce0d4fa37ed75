package org.commerceintegration.monitoring.listener;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.commerceintegration.monitoring.ManagedQueue;
import org.commerceintegration.monitoring.ManagedQueues;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Pauses the inbound listeners while the database is away and resumes them when it answers again, so that an outage
 * costs time but no message: without it every message would be redelivered until its delivery bound and then land on
 * the error queue, though nothing is wrong with it.
 *
 * <p>The protocol:
 * <ol>
 *   <li>The dispatcher reports a transient failure that may be the database's ({@link #databaseAway()}). The
 *       database is asked directly (a connection and {@code isValid}, outside the failed transaction). If it
 *       answers, the failure is the message's own and the dispatcher carries on as before.</li>
 *   <li>If it does not, the outage begins: the answer is "away", so the dispatcher rolls the message back for a
 *       redelivery whatever its delivery count, and a timer (not the listener's thread, which the endpoint's
 *       deactivation could wait for) pauses every inbound listener that is not already paused.</li>
 *   <li>Every {@code commerce.inbound.outage.probeSeconds} (default 2) the timer asks the database again. When it
 *       answers, the listeners this class paused are resumed; one an operator paused stays paused, and one the
 *       operator pauses or resumes meanwhile is left to the operator ({@link #release}).</li>
 * </ol>
 * While paused, the messages wait on their queues; the readiness check {@code inbound-listeners}, the gauge
 * {@code commerce.inbound.autoPaused} and the queues page say so. The state is per server: each server of a cluster
 * finds the outage for itself.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutagePause {

    private static final Logger LOG = Logger.getLogger(OutagePause.class.getName());
    private static final int VALID_TIMEOUT_SECONDS = 3;
    private static final String PAUSE = "pause";
    private static final String PROBE = "probe";

    @Resource(lookup = "jdbc/commerce")
    private DataSource dataSource;

    @Resource
    private TimerService timers;

    @Inject
    private ListenerControl control;

    @Inject
    private ManagedQueues queues;

    @Inject
    private MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "commerce.inbound.outage.probeSeconds", defaultValue = "2")
    private int probeSeconds;

    /** The outage in progress, or null. Written under {@code this}, read without. */
    private volatile Outage outage;

    @PostConstruct
    void registerGauge() {
        metrics.gauge(
                Metadata.builder()
                        .withName("commerce.inbound.autoPaused")
                        .withDescription("1 while the inbound listeners are paused because the database is away")
                        .withUnit(MetricUnits.NONE)
                        .build(),
                () -> outage == null ? 0L : 1L);
    }

    /**
     * Whether the database is away, asked after a transient failure: true during an outage (beginning one if the
     * database does not answer now), false when the database answers.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean databaseAway() {
        if (outage != null) {
            return true;
        }
        if (databaseAnswers()) {
            return false;
        }
        synchronized (this) {
            if (outage == null) {
                outage = new Outage(Instant.now(), new CopyOnWriteArrayList<>());
                metrics.counter(Metadata.builder()
                                .withName("commerce.inbound.autoPauses")
                                .withDescription(
                                        "Times the inbound listeners were paused because the database was away")
                                .withUnit(MetricUnits.NONE)
                                .build())
                        .inc();
                timers.createSingleActionTimer(0, new TimerConfig(PAUSE, false));
            }
        }
        return true;
    }

    /** The outage in progress, if any. */
    public Optional<Outage> current() {
        return Optional.ofNullable(outage);
    }

    /** An operator changed the queue's listener: from now on its state is theirs, not the outage's to undo. */
    public synchronized void release(ManagedQueue queue) {
        if (outage != null) {
            outage.pausedQueues().remove(queue.name());
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer(Timer timer) {
        if (PAUSE.equals(timer.getInfo())) {
            pauseListeners();
            timers.createIntervalTimer(probeSeconds * 1000L, probeSeconds * 1000L, new TimerConfig(PROBE, false));
        } else if (databaseAnswers()) {
            timer.cancel();
            resumeListeners();
        }
    }

    private synchronized void pauseListeners() {
        for (ManagedQueue queue : queues.all()) {
            if (!queue.hasListener() || control.status(queue).paused()) {
                continue;
            }
            try {
                control.pause(queue);
                outage.pausedQueues().add(queue.name());
            } catch (RuntimeException e) {
                // Still safe: the dispatcher keeps rolling messages back while the outage lasts.
                LOG.log(Level.WARNING, "Cannot pause the listener of " + queue.name() + " during the outage", e);
            }
        }
        LOG.warning(() -> "The database does not answer: paused the listeners of " + outage.pausedQueues()
                + "; their messages wait on the queues. Asking the database again every " + probeSeconds + " s");
    }

    private synchronized void resumeListeners() {
        Outage ended = outage;
        for (String name : ended.pausedQueues()) {
            try {
                control.resume(queues.require(name));
            } catch (RuntimeException e) {
                LOG.log(
                        Level.SEVERE,
                        "The database answers again but the listener of " + name + " cannot be "
                                + "resumed; resume it on the queues page",
                        e);
            }
        }
        outage = null;
        LOG.info(() -> "The database answers again after "
                + Duration.between(ended.since(), Instant.now()).toSeconds() + " s: resumed the listeners of "
                + ended.pausedQueues());
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALID_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "The database does not answer", e);
            return false;
        }
    }

    /**
     * A database outage as this server sees it.
     *
     * @param since        when a failure was first found to be the database's
     * @param pausedQueues the queues whose listeners the outage paused (and will resume)
     */
    public record Outage(Instant since, List<String> pausedQueues) {}
}
