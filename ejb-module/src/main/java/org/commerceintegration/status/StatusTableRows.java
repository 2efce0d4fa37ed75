package org.commerceintegration.status;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * An order's {@code ORDSTAT} and {@code ORDISTAT} rows exactly as the tables hold them, keyed by column name, for
 * operators who compare them with what Commerce shows; and the inbound messages and outbound sends recorded for the
 * order.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StatusTableRows {

    /** The most rows of one list one page holds. */
    public static final int MAX_PAGE = 500;

    /** The lists an order view pages through, each with its table and a total order (so pages neither repeat nor skip). */
    public enum StatusList {
        /** ORDSTAT, current first ({@code OSVERNBR} 0), then history newest first. */
        ORDSTAT(
                "SELECT * FROM ORDSTAT",
                "CASE WHEN COALESCE(OSVERNBR, 0) = 0 THEN 0 ELSE 1 END, OSVERNBR DESC, ORDSTAT_ID DESC"),
        /** ORDISTAT by item, current first, then history newest first. */
        ORDISTAT(
                "SELECT * FROM ORDISTAT",
                "ORDERITMES_ID, OIMITEM, CASE WHEN COALESCE(OIVERNBR, 0) = 0 THEN 0 ELSE 1 END, OIVERNBR DESC,"
                        + " ORDISTAT_ID DESC"),
        /** The inbound messages recorded for the order, newest first. */
        MESSAGES(
                "SELECT MSGID, QUEUENAME, MSGTYPE, COMMANDNAME, OUTCOME, REASONCODE, REASON, RECEIVED, DURATIONMS, "
                        + "DELIVERYCOUNT FROM CI_INBOUND_MESSAGE",
                "RECEIVED DESC, MSGID"),
        /** The outbound send attempts recorded for the order, newest first. */
        OUTBOUND(
                "SELECT MSGID, QUEUENAME, MSGTYPE, CORRELID, OUTCOME, REASON, ATTEMPTED, ATTEMPT, STORE_MSGID"
                        + " FROM CI_OUTBOUND_MESSAGE",
                "ATTEMPTED DESC, STORE_MSGID DESC, ATTEMPT DESC");

        private final String select;
        private final String order;

        StatusList(String select, String order) {
            this.select = select;
            this.order = order;
        }

        private String table() {
            return select.substring(select.lastIndexOf(' ') + 1);
        }
    }

    @Resource(lookup = "jdbc/commerce")
    private DataSource dataSource;

    /**
     * One page of one of the order's lists, rows keyed by column name.
     *
     * @param offset rows to skip
     * @param limit  rows to return, 1 to {@value #MAX_PAGE}
     */
    public List<Map<String, Object>> page(StatusList list, long ordersId, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 to " + MAX_PAGE);
        }
        return rows(
                list.select + " WHERE ORDERS_ID = ? ORDER BY " + list.order + " OFFSET " + offset + " ROWS FETCH NEXT "
                        + limit + " ROWS ONLY",
                ordersId,
                limit);
    }

    /** How many rows the list holds for the order, counted by the database. */
    public long count(StatusList list, long ordersId) {
        return ((Number) rows("SELECT COUNT(*) AS N FROM " + list.table() + " WHERE ORDERS_ID = ?", ordersId, 1)
                        .get(0)
                        .get("N"))
                .longValue();
    }

    /** Whether the order exists in ORDERS. */
    public boolean orderExists(long ordersId) {
        return !rows("SELECT ORDERS_ID FROM ORDERS WHERE ORDERS_ID = ?", ordersId, 1)
                .isEmpty();
    }

    /**
     * {@link #page} on a connection the caller holds, e.g. a transaction's own that has written rows not yet committed
     * (the dry run reads what its rolled-back transaction would write); the connection is left open.
     */
    public static List<Map<String, Object>> page(
            Connection connection, StatusList list, long ordersId, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 to " + MAX_PAGE);
        }
        return rows(
                connection,
                list.select + " WHERE ORDERS_ID = ? ORDER BY " + list.order + " OFFSET " + offset + " ROWS FETCH NEXT "
                        + limit + " ROWS ONLY",
                ordersId,
                limit);
    }

    /** {@link #orderExists(long)} on a connection the caller holds; the connection is left open. */
    public static boolean orderExists(Connection connection, long ordersId) {
        return !rows(connection, "SELECT ORDERS_ID FROM ORDERS WHERE ORDERS_ID = ?", ordersId, 1)
                .isEmpty();
    }

    private List<Map<String, Object>> rows(String sql, long ordersId, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return rows(connection, sql, ordersId, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the status of order " + ordersId, e);
        }
    }

    private static List<Map<String, Object>> rows(Connection connection, String sql, long ordersId, int limit) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, ordersId);
            statement.setMaxRows(limit == Integer.MAX_VALUE ? 0 : limit);
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.put(
                                meta.getColumnLabel(column).toUpperCase(java.util.Locale.ROOT),
                                value(result.getObject(column)));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the status of order " + ordersId, e);
        }
    }

    /** JSON-friendly values: CHAR padding removed, times as ISO text. */
    private static Object value(Object value) {
        if (value instanceof String text) {
            return text.stripTrailing();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        return value;
    }
}
