package org.commerceintegration.monitoring.listener;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Pauses the inbound listeners while the database is away and lets them go on when it answers again, so that an
 * outage costs time but no message: without it every message would be redelivered until its delivery bound and then
 * land on the error queue, though nothing is wrong with it.
 *
 * <p>The protocol:
 * <ol>
 *   <li>The dispatcher reports a transient failure that may be the database's ({@link #databaseAway(String)}). The
 *       database is asked directly (a connection and {@code isValid}, outside the failed transaction). If it
 *       answers, the failure is the message's own and the dispatcher carries on as before.</li>
 *   <li>If it does not, the outage begins, and the listener's thread holds its message
 *       ({@link #awaitDatabase()}): it asks the database again every {@code commerce.inbound.outage.probeSeconds}
 *       (default 2) for at most {@code commerce.inbound.outage.holdSeconds} (default 60, well inside the transaction
 *       timeout). Every listener thread that meets the outage does the same, so no listener takes another message:
 *       the listeners are paused, their messages wait on the queues.</li>
 *   <li>When the database answers, the outage ends and the held message is rolled back for an immediate
 *       redelivery; if the hold runs out first, it is rolled back all the same and meets the outage again. Neither
 *       spends the message's delivery bound.</li>
 * </ol>
 * The threads hold their messages rather than the endpoints being deactivated ({@link ListenerControl#pause}): a
 * message rolled back while its endpoint is being deactivated can stay with the provider's session until the
 * connection closes (seen with Artemis's adapter), and an operator's pause must stay the operator's. While the outage
 * lasts, the readiness check {@code inbound-listeners}, the gauge {@code commerce.inbound.autoPaused} and the queues
 * page say so. The state is per server: each server of a cluster finds the outage for itself.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutagePause {

    private static final Logger LOG = Logger.getLogger(OutagePause.class.getName());
    private static final int VALID_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/commerce")
    private DataSource dataSource;

    @Inject
    private MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "commerce.inbound.outage.probeSeconds", defaultValue = "2")
    private int probeSeconds;

    @Inject
    @ConfigProperty(name = "commerce.inbound.outage.holdSeconds", defaultValue = "60")
    private int holdSeconds;

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
     * Whether the database is away, asked after a transient failure of a message from {@code queue}: true during an
     * outage (beginning one if the database does not answer now), false when the database answers.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean databaseAway(String queue) {
        Outage current = outage;
        if (current == null) {
            if (databaseAnswers()) {
                return false;
            }
            current = begin();
        }
        current.pausedQueues().addIfAbsent(queue);
        return true;
    }

    /**
     * Holds the calling listener's thread, and so its message, until the database answers or the hold runs out.
     * Runs outside the listener's transaction, which stays open (and its message taken) meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void awaitDatabase() {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(holdSeconds);
        while (outage != null && System.nanoTime() < end) {
            try {
                TimeUnit.SECONDS.sleep(probeSeconds);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (outage != null && databaseAnswers()) {
                end();
            }
        }
    }

    /** The outage in progress, if any. */
    public Optional<Outage> current() {
        return Optional.ofNullable(outage);
    }

    private synchronized Outage begin() {
        if (outage == null) {
            outage = new Outage(Instant.now(), new CopyOnWriteArrayList<>());
            metrics.counter(Metadata.builder()
                            .withName("commerce.inbound.autoPauses")
                            .withDescription("Times the inbound listeners were paused because the database was away")
                            .withUnit(MetricUnits.NONE)
                            .build())
                    .inc();
            LOG.warning(() -> "The database does not answer: the inbound listeners hold their messages and take no"
                    + " more until it does; asking it again every " + probeSeconds + " s");
        }
        return outage;
    }

    private synchronized void end() {
        Outage ended = outage;
        if (ended == null) {
            return;
        }
        outage = null;
        LOG.info(() -> "The database answers again after "
                + Duration.between(ended.since(), Instant.now()).toSeconds()
                + " s: the inbound listeners go on (" + ended.pausedQueues() + ")");
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
     * @param pausedQueues the queues whose listeners met the outage
     */
    public record Outage(Instant since, CopyOnWriteArrayList<String> pausedQueues) {}
}
