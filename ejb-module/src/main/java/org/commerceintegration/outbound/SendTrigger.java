package org.commerceintegration.outbound;

import java.time.LocalDateTime;

/**
 * Why a row is being sent, which decides whether it may be tried now and what a failure costs.
 */
public enum SendTrigger {

    /** Right after the storing transaction committed: only if nobody has tried yet. A failure costs no retry. */
    AFTER_COMMIT {
        @Override
        boolean mayAttempt(StoredMessage row, LocalDateTime now) {
            return row.getAttempts() == null || row.getAttempts() == 0;
        }
    },

    /** The retry timer: only when due and retries remain. A failure uses up one retry. */
    RETRY {
        @Override
        boolean mayAttempt(StoredMessage row, LocalDateTime now) {
            return row.getRetries() != null
                    && row.getRetries() > 0
                    && (row.getNextAttempt() == null || !row.getNextAttempt().isAfter(now));
        }
    },

    /** An operator's "send again": always. A failure costs no retry. */
    OPERATOR {
        @Override
        boolean mayAttempt(StoredMessage row, LocalDateTime now) {
            return true;
        }
    };

    abstract boolean mayAttempt(StoredMessage row, LocalDateTime now);

    boolean usesRetry() {
        return this == RETRY;
    }
}
