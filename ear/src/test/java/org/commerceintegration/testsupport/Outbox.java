package org.commerceintegration.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * {@code MSGSTORE} through plain JDBC, as an administrator would look at it: the application's rows, their state,
 * and rows planted as a refused send would have left them.
 */
public final class Outbox {

    /** Planted rows get ids far below the sequence's range (it starts at 1,000,000,000). */
    private static final AtomicLong PLANTED = new AtomicLong(700_000_000L + (System.nanoTime() % 1_000_000L) * 10);

    private Outbox() {}

    /** The row's columns by name, or {@code null} when there is no such row. */
    public static Map<String, Object> row(long messageId) {
        try (Connection c = Jdbc.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select * from MSGSTORE where MSGID = ?")) {
            s.setLong(1, messageId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i).toUpperCase(), rs.getObject(i));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the row matches (a missing row is {@code null}); returns it. */
    public static Map<String, Object> awaitRow(
            long messageId, Predicate<Map<String, Object>> condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> row = row(messageId);
        while (!condition.test(row) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            row = row(messageId);
        }
        if (!condition.test(row)) {
            throw new AssertionError(
                    "MSGSTORE row " + messageId + " did not reach the expected state within " + timeout + ": " + row);
        }
        return row;
    }

    public static long count() {
        return ((Number) Jdbc.queryValue("select count(*) from MSGSTORE where CI_MSGTYPE is not null")).longValue();
    }

    /** Deletes the application's rows (Commerce's own rows, without CI_MSGTYPE, are left alone). */
    public static int clear() {
        return Jdbc.execute("delete from MSGSTORE where CI_MSGTYPE is not null");
    }

    /**
     * Plants a row as an earlier refused send leaves it: one failed attempt, retries left, the next automatic
     * attempt an hour away so the retry timer leaves it to the test.
     */
    public static long plantRefused(String messageType, int storeId, Long ordersId, byte[] body) {
        long id = PLANTED.incrementAndGet();
        try (Connection c = Jdbc.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("insert into MSGSTORE (MSGID, MESSAGEINDEX, MESSAGE,"
                        + " MSGDATECREATED, RETRIES, TRANSPORT_ID, STOREENT_ID, CI_MSGTYPE, CI_ORDERS_ID, CI_CORRELID,"
                        + " CI_ATTEMPTS, CI_NEXTATTEMPT, CI_LASTERROR, OPTCOUNTER)"
                        + " values (?, 0, ?, ?, 3, 3, ?, ?, ?, ?, 1, ?, 'refused (planted by a test)', 0)")) {
            c.setAutoCommit(true);
            s.setLong(1, id);
            s.setBytes(2, body);
            s.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
            s.setInt(4, storeId);
            s.setString(5, messageType);
            if (ordersId == null) {
                s.setNull(6, java.sql.Types.BIGINT);
            } else {
                s.setLong(6, ordersId);
            }
            s.setString(7, "ID:" + String.format("%048x", id));
            s.setTimestamp(8, Timestamp.valueOf(LocalDateTime.now().plusHours(1)));
            s.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
