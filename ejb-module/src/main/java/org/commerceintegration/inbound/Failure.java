package org.commerceintegration.inbound;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.commerceintegration.registry.CommandResolutionException;
import org.commerceintegration.status.OrderStatusException;
import org.commerceintegration.text.LogText;

/**
 * Why a message could not be processed, and whether trying again could help.
 *
 * <p>Format and business failures are final: the same bytes fail the same way, so the message goes to the error
 * queue at once. Everything else (database down, lock timeouts, a bug) is treated as transient: the transaction
 * rolls back and the message is redelivered, until its delivery count reaches the configured bound.
 *
 * @param code      a short stable reason code (e.g. {@code _ERR_OS_PARAMS}, {@code LEGACY_FIELD}, {@code TRANSIENT})
 * @param reason    the human-readable reason
 * @param retryable whether a redelivery may succeed
 */
public record Failure(String code, String reason, boolean retryable) {

    /** The reason quotes message content: escaped once here, it is safe in the log, the error queue and CI_INBOUND_MESSAGE. */
    public Failure {
        reason = LogText.escape(reason);
    }

    static Failure of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MessageFormatException e) {
                return new Failure(e.reasonCode(), e.getMessage(), false);
            }
            if (t instanceof OrderStatusException e) {
                return new Failure(e.errorKey(), e.getMessage(), false);
            }
            if (t instanceof CommandResolutionException e) {
                return new Failure("COMMAND_RESOLUTION", e.getMessage(), false);
            }
        }
        return new Failure(transientCode(error), describe(error), true);
    }

    /** The failure once redelivery is given up on. */
    Failure givenUpAfter(int deliveries) {
        return new Failure(code, "Gave up after " + deliveries + " deliveries: " + reason, false);
    }

    private static String transientCode(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException) {
                return "LOCK_CONFLICT";
            }
            if (t instanceof QueryTimeoutException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return "DATABASE_UNAVAILABLE";
            }
            if (t instanceof SQLException) {
                return "DATABASE_ERROR";
            }
        }
        return "UNEXPECTED";
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return root == error ? text : error.getClass().getSimpleName() + " caused by " + text;
    }
}
