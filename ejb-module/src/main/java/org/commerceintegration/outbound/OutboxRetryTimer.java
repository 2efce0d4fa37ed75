package org.commerceintegration.outbound;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Retries stored rows whose send failed (Commerce's scheduler job behind {@code sendTransacted}). Non-persistent:
 * every server runs its own timer and nothing about it needs to survive a restart, because the rows themselves are
 * the persistent state; servers sharing the database never send a row twice (see {@link OutboxTransmitter}).
 * Runs are serialised by the singleton's lock, so a slow run is never overlapped by the next.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class OutboxRetryTimer {

    private static final Logger LOG = Logger.getLogger(OutboxRetryTimer.class.getName());

    @Resource
    private TimerService timerService;

    @Inject
    private OutboundSettings settings;

    @EJB
    private OutboxDispatcher dispatcher;

    @Inject
    private MessageTypeRegistry messageTypes;

    @PostConstruct
    void start() {
        // Touching the registry builds every composer now, so a composer that cannot work fails the start-up.
        messageTypes.types();
        long interval = settings.retryInterval().toMillis();
        timerService.createIntervalTimer(interval, interval, new TimerConfig("MSGSTORE retry", false));
        LOG.info(
                () -> "Outbound retry timer every " + settings.retryInterval().toSeconds() + " s, " + settings.retries()
                        + " retries, first backoff " + settings.backoff(1).toSeconds() + " s");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retryDue() {
        try {
            int sent = dispatcher.dispatchDue();
            if (sent > 0) {
                LOG.info(() -> "Outbound retry sent " + sent + " stored message(s)");
            }
        } catch (RuntimeException e) {
            // e.g. the database briefly unavailable: the rows stay and the next run tries again
            LOG.log(Level.WARNING, "Outbound retry run failed", e);
        }
    }
}
