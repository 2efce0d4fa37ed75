package org.commerceintegration.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commerceintegration.testsupport.Jdbc;

/**
 * The status tables as plain JDBC sees them, for exact row assertions. Values are normalised only where the database
 * adds nothing of the data's own: {@code CHAR(n)} blank padding is removed and timestamps become
 * {@code LocalDateTime}; decimals keep the column's scale ({@code 129.97000}).
 */
final class StatusTables {

    /** The demo orders the tests write status for; their rows are removed before and after each test. */
    static final String DEMO_ORDERS = "(10001, 10002, 10003)";

    /** Generated keys and the optimistic counter belong to the persistence layer, not to the message. */
    private static final Set<String> NOT_COMPARED =
            Set.of("ORDSTAT_ID", "ORDISTAT_ID", "CI_ORDER_USERDATA_ID", "OPTCOUNTER", "RECEIVED");

    private StatusTables() {}

    static void clean() {
        Jdbc.execute("delete from CI_ORDER_USERDATA where ORDERS_ID in " + DEMO_ORDERS);
        Jdbc.execute("delete from ORDISTAT where ORDERS_ID in " + DEMO_ORDERS);
        Jdbc.execute("delete from ORDSTAT where ORDERS_ID in " + DEMO_ORDERS);
    }

    /** The order's ORDSTAT rows: current (0) first, then history by number. */
    static List<Map<String, Object>> ordstat(long ordersId) {
        return query("select * from ORDSTAT where ORDERS_ID = ? order by OSVERNBR", ordersId);
    }

    /** The order's ORDISTAT rows by item, each item's current row first, then its history by number. */
    static List<Map<String, Object>> ordistat(long ordersId) {
        return query("select * from ORDISTAT where ORDERS_ID = ? order by ORDERITMES_ID, OIMITEM, OIVERNBR", ordersId);
    }

    static List<Map<String, Object>> userData(long ordersId) {
        return query("select * from CI_ORDER_USERDATA where ORDERS_ID = ? order by CI_ORDER_USERDATA_ID", ordersId);
    }

    /** Everything the tests may write, keys included: equal snapshots mean nothing was written. */
    static List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> all = new ArrayList<>();
        all.addAll(query("select * from ORDSTAT where ORDERS_ID in " + DEMO_ORDERS + " order by ORDSTAT_ID"));
        all.addAll(query("select * from ORDISTAT where ORDERS_ID in " + DEMO_ORDERS + " order by ORDISTAT_ID"));
        all.addAll(query("select * from CI_ORDER_USERDATA where ORDERS_ID in " + DEMO_ORDERS
                + " order by CI_ORDER_USERDATA_ID"));
        return all;
    }

    static List<Map<String, Object>> query(String sql, Object... parameters) {
        try (Connection c = Jdbc.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof String text && meta.getColumnType(i) == Types.CHAR) {
                            value = text.stripTrailing();
                        } else if (value instanceof Timestamp timestamp) {
                            value = timestamp.toLocalDateTime();
                        }
                        // upper case as Commerce names them: PostgreSQL reports the unquoted names folded to lower case
                        row.put(meta.getColumnName(i).toUpperCase(java.util.Locale.ROOT), value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A row with the given columns; every column not named is expected to be NULL. */
    static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    /** The row with some columns changed (or added). */
    static Map<String, Object> with(Map<String, Object> row, Object... columnsAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.putAll(row(columnsAndValues));
        return copy;
    }

    /** Exactly these rows, in this order: every column compared, unnamed ones must be NULL. */
    static void assertRows(List<Map<String, Object>> expected, List<Map<String, Object>> actual) {
        assertEquals(expected.size(), actual.size(), "row count; rows: " + actual);
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> want = expected.get(i);
            Map<String, Object> got = actual.get(i);
            for (String column : want.keySet()) {
                assertTrue(got.containsKey(column), "no column " + column + " in " + got.keySet());
            }
            for (Map.Entry<String, Object> column : got.entrySet()) {
                if (!NOT_COMPARED.contains(column.getKey())) {
                    assertEquals(
                            want.get(column.getKey()),
                            column.getValue(),
                            "row " + i + " column " + column.getKey() + "; row: " + got);
                }
            }
        }
    }
}
