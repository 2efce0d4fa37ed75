package org.commerceintegration.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.commerceintegration.testsupport.StatusMessages;

/**
 * A block of orders the benchmark creates for one scenario (in the demo store, with the demo member, addresses and
 * catalog entry, so every command finds what it reads), the status messages about them, and their removal with
 * everything written about them. Ids lie in a range of their own per scenario, far above the demo data and within
 * the ten digits of the legacy message's order and item fields.
 */
final class BenchmarkOrders {

    private static final long ORDER_BASE = 1_500_000_000L;
    private static final long ITEM_BASE = 1_600_000_000L;
    private static final int BATCH = 500;

    private final long firstOrder;
    private final long firstItem;
    private final int orders;
    private final int itemsPerOrder;

    /**
     * @param slot          the scenario's own id range (0 to 20)
     * @param orders        how many orders
     * @param itemsPerOrder items of each order (at most 100)
     */
    BenchmarkOrders(int slot, int orders, int itemsPerOrder) {
        if (slot < 0 || slot > 20 || orders > 10_000_000 / 100 || itemsPerOrder > 100) {
            throw new IllegalArgumentException("slot " + slot + ", " + orders + " orders of " + itemsPerOrder);
        }
        this.firstOrder = ORDER_BASE + slot * 1_000_000L;
        this.firstItem = ITEM_BASE + slot * 20_000_000L;
        this.orders = orders;
        this.itemsPerOrder = itemsPerOrder;
    }

    long orderId(int index) {
        return firstOrder + index;
    }

    long itemId(int orderIndex, int item) {
        return firstItem + orderIndex * 100L + item;
    }

    long firstOrder() {
        return firstOrder;
    }

    long lastOrder() {
        return firstOrder + orders - 1;
    }

    /** Inserts the orders and their items by JDBC batch; leftovers of an interrupted run are removed first. */
    void create(DataSource dataSource) throws SQLException {
        delete(dataSource);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement order = c.prepareStatement("INSERT INTO ORDERS (ORDERS_ID, STOREENT_ID, MEMBER_ID,"
                        + " CURRENCY, STATUS, TIMEPLACED, LASTUPDATE, TOTALPRODUCT, TOTALTAX, TOTALSHIPPING,"
                        + " TOTALTAXSHIPPING, ADDRESS_ID, SHIPASCOMPLETE, LOCKED, DESCRIPTION)"
                        + " VALUES (?, 10101, 2001, 'USD', 'M', ?, ?, 49.99, 4.00, 5.00, 0.40, 3005, 'Y', 'N', ?)");
                PreparedStatement item = c.prepareStatement("INSERT INTO ORDERITEMS (ORDERITEMS_ID, STOREENT_ID,"
                        + " ORDERS_ID, CATENTRY_ID, PARTNUM, SHIPMODE_ID, MEMBER_ID, ADDRESS_ID, PRICE, STATUS,"
                        + " INVENTORYSTATUS, CURRENCY, QUANTITY, TOTALPRODUCT, TIMECREATED, LASTUPDATE, LINEITEMTYPE)"
                        + " VALUES (?, 10101, ?, 5001, 'SKU-RED-M', 7001, 2001, 3006, 49.99, 'M', 'ALLC', 'USD', 1,"
                        + " 49.99, ?, ?, 'ITEM')")) {
            c.setAutoCommit(false);
            for (int i = 0; i < orders; i++) {
                order.setLong(1, orderId(i));
                order.setTimestamp(2, now);
                order.setTimestamp(3, now);
                order.setString(4, "Benchmark order " + orderId(i));
                order.addBatch();
                for (int k = 0; k < itemsPerOrder; k++) {
                    item.setLong(1, itemId(i, k));
                    item.setLong(2, orderId(i));
                    item.setTimestamp(3, now);
                    item.setTimestamp(4, now);
                    item.addBatch();
                }
                if (i % BATCH == BATCH - 1 || i == orders - 1) {
                    order.executeBatch();
                    item.executeBatch();
                    c.commit();
                }
            }
        }
    }

    /** Removes the orders and every row the application wrote about them (status, history, records, outbox). */
    void delete(DataSource dataSource) throws SQLException {
        String range = " BETWEEN " + firstOrder + " AND " + lastOrder();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.executeUpdate("DELETE FROM CI_ORDER_USERDATA WHERE ORDERS_ID" + range);
            s.executeUpdate("DELETE FROM ORDISTAT WHERE ORDERS_ID" + range);
            s.executeUpdate("DELETE FROM ORDSTAT WHERE ORDERS_ID" + range);
            s.executeUpdate("DELETE FROM CI_INBOUND_MESSAGE WHERE ORDERS_ID" + range);
            s.executeUpdate("DELETE FROM MSGSTORE WHERE CI_ORDERS_ID" + range);
            s.executeUpdate("DELETE FROM ORDERITEMS WHERE ORDERS_ID" + range);
            s.executeUpdate("DELETE FROM ORDERS WHERE ORDERS_ID" + range);
        }
    }

    /** A legacy Order Status Update version 01 for the order with a status for each of its items. */
    String legacyStatus(int orderIndex) {
        String single = StatusMessages.legacyV1(orderId(orderIndex), itemId(orderIndex, 0), "S", "S");
        if (itemsPerOrder == 1) {
            return single;
        }
        int listStart = single.indexOf("<ITMLST>") + "<ITMLST>".length();
        int listEnd = single.indexOf("</ITMLST>");
        StringBuilder message = new StringBuilder(single.length() * itemsPerOrder).append(single, 0, listStart);
        for (int k = 0; k < itemsPerOrder; k++) {
            String one = StatusMessages.legacyV1(orderId(orderIndex), itemId(orderIndex, k), "S", "S");
            message.append(one, one.indexOf("<ITMLST>") + "<ITMLST>".length(), one.indexOf("</ITMLST>"));
        }
        return message.append(single, listEnd, single.length()).toString();
    }

    /** An {@code Update_NC_OrderStatus} (order level) for the order. */
    String xmlStatus(int orderIndex) {
        return StatusMessages.ncXml(orderId(orderIndex), "S", true);
    }
}
