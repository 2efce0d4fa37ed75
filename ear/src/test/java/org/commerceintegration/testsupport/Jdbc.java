package org.commerceintegration.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Plain JDBC against the application's database, as an administrator's SQL would reach it: outside JPA and outside
 * any application transaction (auto-commit).
 */
public final class Jdbc {

    private Jdbc() {
    }

    public static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup("jdbc/commerce");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement exactly as written and returns the update count. */
    public static int execute(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
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
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
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
}
