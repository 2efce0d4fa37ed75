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
 * {@code commerce.inbound.recordRetentionDays} days ago (default 7; 0 or less keeps everything) are deleted. The
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
        if (deleted > 0) {
            LOG.info(() -> "Purged " + deleted + " CI_INBOUND_MESSAGE rows received before " + cutoff);
        }
        return deleted;
    }
}
