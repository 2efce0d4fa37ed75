package org.commerceintegration.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Plain JDBC against the application's database, as an administrator's SQL would reach it: outside JPA and outside
 * any application transaction (auto-commit).
 */
public final class Jdbc {

    private Jdbc() {}

    public static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup("jdbc/commerce");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement exactly as written and returns the update count. */
    public static int execute(String sql) {
        try (Connection c = dataSource().getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * The single value of a one-row, one-column query, or {@code null}. Text loses the trailing blanks a
     * {@code CHAR} column pads it with, as Commerce's own data beans trim it.
     */
    public static Object queryValue(String sql, Object... parameters) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                Object value = rs.next() ? rs.getObject(1) : null;
                return value instanceof String text ? text.stripTrailing() : value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The rows of a query as column name (upper case) to value, in result order. */
    public static List<Map<String, Object>> queryRows(String sql, Object... parameters) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnName(i).toUpperCase(), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The single row of a query, or {@code null} when there is none. */
    public static Map<String, Object> queryRow(String sql, Object... parameters) {
        List<Map<String, Object>> rows = queryRows(sql, parameters);
        if (rows.size() > 1) {
            throw new IllegalStateException(sql + ": " + rows.size() + " rows, expected at most one");
        }
        return rows.isEmpty() ? null : rows.get(0);
    }
}
