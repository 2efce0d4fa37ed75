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
 * operators who compare them with what Commerce shows; and the inbound messages recorded for the order.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StatusTableRows {

    /** How many processed messages an order view shows at most. */
    private static final int MAX_MESSAGES = 200;

    @Resource(lookup = "jdbc/commerce")
    private DataSource dataSource;

    /** The order's ORDSTAT rows, current first ({@code OSVERNBR} 0), then history newest first. */
    public List<Map<String, Object>> orderRows(long ordersId) {
        return rows(
                "SELECT * FROM ORDSTAT WHERE ORDERS_ID = ? ORDER BY CASE WHEN COALESCE(OSVERNBR, 0) = 0 THEN 0 ELSE 1 END, OSVERNBR DESC",
                ordersId,
                Integer.MAX_VALUE);
    }

    /** The order's ORDISTAT rows by item, current first, then history newest first. */
    public List<Map<String, Object>> itemRows(long ordersId) {
        return rows(
                "SELECT * FROM ORDISTAT WHERE ORDERS_ID = ? ORDER BY ORDERITMES_ID, OIMITEM, "
                        + "CASE WHEN COALESCE(OIVERNBR, 0) = 0 THEN 0 ELSE 1 END, OIVERNBR DESC",
                ordersId,
                Integer.MAX_VALUE);
    }

    /** The inbound messages recorded for the order, newest first. */
    public List<Map<String, Object>> messages(long ordersId) {
        return rows(
                "SELECT MSGID, QUEUENAME, MSGTYPE, COMMANDNAME, OUTCOME, REASONCODE, REASON, RECEIVED, DURATIONMS, "
                        + "DELIVERYCOUNT FROM CI_INBOUND_MESSAGE WHERE ORDERS_ID = ? ORDER BY RECEIVED DESC",
                ordersId,
                MAX_MESSAGES);
    }

    /** Whether the order exists in ORDERS. */
    public boolean orderExists(long ordersId) {
        return !rows("SELECT ORDERS_ID FROM ORDERS WHERE ORDERS_ID = ?", ordersId, 1)
                .isEmpty();
    }

    private List<Map<String, Object>> rows(String sql, long ordersId, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
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
