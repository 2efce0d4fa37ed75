package org.commerceintegration.outbound;

import java.time.LocalDateTime;

/**
 * One stored, not yet sent message as operators see it (without its body).
 *
 * @param id            {@code MSGID}
 * @param messageType   {@code CI_MSGTYPE}
 * @param storeId       {@code STOREENT_ID}
 * @param ordersId      {@code CI_ORDERS_ID}, or {@code null}
 * @param correlationId {@code CI_CORRELID}
 * @param created       {@code MSGDATECREATED}
 * @param retries       automatic retries left ({@code RETRIES})
 * @param attempts      attempts made ({@code CI_ATTEMPTS})
 * @param nextAttempt   when the timer tries next, if retries are left ({@code CI_NEXTATTEMPT})
 * @param lastError     why the last attempt failed ({@code CI_LASTERROR})
 * @param size          body size in bytes
 * @param state         {@code QUEUED} (not tried yet), {@code RETRYING} (failed, retries left) or {@code UNSENT}
 *                      (retries used up: waits for an operator)
 */
public record UnsentMessage(
        long id,
        String messageType,
        int storeId,
        Long ordersId,
        String correlationId,
        LocalDateTime created,
        int retries,
        int attempts,
        LocalDateTime nextAttempt,
        String lastError,
        int size,
        String state) {

    /** From the columns {@link UnsentMessages#list(int, int)} selects, the last one the body's length. */
    static UnsentMessage of(Object[] columns) {
        int retries = columns[6] == null ? 0 : ((Number) columns[6]).intValue();
        int attempts = columns[7] == null ? 0 : ((Number) columns[7]).intValue();
        return new UnsentMessage(
                ((Number) columns[0]).longValue(),
                trimmed(columns[1]),
                ((Number) columns[2]).intValue(),
                columns[3] == null ? null : ((Number) columns[3]).longValue(),
                trimmed(columns[4]),
                time(columns[5]),
                retries,
                attempts,
                time(columns[8]),
                trimmed(columns[9]),
                columns[10] == null ? 0 : ((Number) columns[10]).intValue(),
                state(retries, attempts));
    }

    private static String trimmed(Object value) {
        return value == null ? null : value.toString().stripTrailing();
    }

    private static LocalDateTime time(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    private static String state(int retries, int attempts) {
        return attempts == 0 ? "QUEUED" : retries > 0 ? "RETRYING" : "UNSENT";
    }

    static UnsentMessage of(StoredMessage row) {
        int retries = row.getRetries() == null ? 0 : row.getRetries();
        int attempts = row.getAttempts() == null ? 0 : row.getAttempts();
        String state = state(retries, attempts);
        return new UnsentMessage(
                row.getMessageId(),
                row.getMessageType(),
                row.getStoreId(),
                row.getOrdersId(),
                row.getCorrelationId(),
                row.getCreated(),
                retries,
                attempts,
                row.getNextAttempt(),
                row.getLastError(),
                row.getMessage() == null ? 0 : row.getMessage().length,
                state);
    }
}
