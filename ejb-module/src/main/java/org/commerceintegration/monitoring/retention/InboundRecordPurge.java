package org.commerceintegration.monitoring.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps {@code CI_INBOUND_MESSAGE} from growing forever: every hour, rows received more than
 * {@code commerce.inbound.recordRetentionDays} days ago (default 7; 0 or less keeps everything) are deleted, and with
 * the same cutoff the records of outbound sends ({@code CI_OUTBOUND_MESSAGE}) and of replays
 * ({@code CI_MESSAGE_REPLAY}), which only serve to find messages and their journeys. The
 * rows also let a redelivered message be recognised as already applied; a redelivery after a week does not happen.
 * With several servers on one database each purges; the deletes are idempotent.
 */
@Singleton
public class InboundRecordPurge {

    private static final Logger LOG = Logger.getLogger(InboundRecordPurge.class.getName());

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "commerce.inbound.recordRetentionDays", defaultValue = "7")
    private int retentionDays;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "CI_INBOUND_MESSAGE purge")
    void hourly() {
        purge();
    }

    /** Deletes the expired rows now, in this transaction; returns how many. */
    public int purge() {
        if (retentionDays <= 0) {
            return 0;
        }
        LocalDateTime cutoff = LocalDateTime.now().minusDays(retentionDays);
        int deleted = entityManager
                .createQuery("DELETE FROM ProcessedMessage m WHERE m.received < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        int sends = entityManager
                .createQuery("DELETE FROM SendRecord s WHERE s.attempted < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        int replays = entityManager
                .createQuery("DELETE FROM MessageReplay r WHERE r.replayed < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        if (deleted + sends + replays > 0) {
            LOG.info(() -> "Purged " + deleted + " CI_INBOUND_MESSAGE, " + sends + " CI_OUTBOUND_MESSAGE and " + replays
                    + " CI_MESSAGE_REPLAY rows older than " + cutoff);
        }
        return deleted + sends + replays;
    }
}
