package org.commerceintegration.inbound;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.commerceintegration.format.MessageFormatException;
import org.commerceintegration.problem.Causes;
import org.commerceintegration.registry.CommandResolutionException;
import org.commerceintegration.status.OrderStatusException;
import org.commerceintegration.text.LogText;

/**
 * Why a message could not be processed, whether trying again could help, and the order it concerned when that is
 * known.
 *
 * <p>Format and business failures are final: the same bytes fail the same way, so the message goes to the error
 * queue at once. Everything else (database down, lock timeouts, a bug) is treated as transient: the transaction
 * rolls back and the message is redelivered, until its delivery count reaches the configured bound.
 *
 * @param code      a short stable reason code (e.g. {@code _ERR_OS_PARAMS}, {@code LEGACY_FIELD}, {@code TRANSIENT})
 * @param reason    the human-readable reason
 * @param retryable whether a redelivery may succeed
 * @param ordersId  the order the failing command was for, or {@code null} when the message led to none
 */
public record Failure(String code, String reason, boolean retryable, Long ordersId) {

    /** The reason quotes message content: escaped once here, it is safe in the log, the error queue and CI_INBOUND_MESSAGE. */
    public Failure {
        reason = LogText.escape(reason);
    }

    /** The failure an error means, as the listener decides it (the dry run answers the same). */
    public static Failure of(Throwable error) {
        if (error instanceof BlockFailedException e) {
            Failure inBlock = of(e.getCause());
            return new Failure(inBlock.code, e.block() + ": " + inBlock.reason, inBlock.retryable, inBlock.ordersId);
        }
        for (Throwable t : Causes.chain(error)) {
            if (t instanceof MessageFormatException e) {
                return new Failure(e.reasonCode(), e.getMessage(), false, null);
            }
            if (t instanceof OrderStatusException e) {
                return new Failure(e.errorKey(), e.getMessage(), false, e.ordersId());
            }
            if (t instanceof CommandResolutionException e) {
                return new Failure("COMMAND_RESOLUTION", e.getMessage(), false, null);
            }
        }
        return new Failure(transientCode(error), describe(error), true, null);
    }

    /** Whether the database being away could explain it: a transient failure other than a lock conflict. */
    boolean mayBeDatabaseOutage() {
        return retryable && !"LOCK_CONFLICT".equals(code);
    }

    /** The same failure, concerning {@code order} (null: none known). */
    Failure concerning(Long order) {
        return new Failure(code, reason, retryable, order);
    }

    /** The failure once redelivery is given up on. */
    Failure givenUpAfter(int deliveries) {
        return new Failure(code, "Gave up after " + deliveries + " deliveries: " + reason, false, ordersId);
    }

    private static String transientCode(Throwable error) {
        for (Throwable t : Causes.chain(error)) {
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
        Throwable root = Causes.root(error);
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return root == error ? text : error.getClass().getSimpleName() + " caused by " + text;
    }
}
