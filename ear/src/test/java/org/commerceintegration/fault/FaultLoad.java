package org.commerceintegration.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.standalone.TestBroker;
import org.commerceintegration.testsupport.standalone.TestDatabase;

/**
 * What the fault tests do from outside the server: orders made by JDBC batch in a range of their own, persistent
 * messages put over the broker's JMS client (not the HTTP API, which would cap the load), queues browsed and drained,
 * the database counted, the listeners paused and resumed through the API.
 */
final class FaultLoad {

    static final String PARALLEL = "JMSParallelInboundQueue";
    static final String SERIAL = "JMSSerialInboundQueue";
    static final String OUTBOUND = "JMSOutboundQueue";
    static final String ERROR = "JMSErrorQueue";

    /** Messages per transaction when putting: persistent puts one commit at a time would dominate the test's time. */
    private static final int PUT_BATCH = 500;

    private FaultLoad() {}

    /**
     * Orders {@code first} .. {@code first + count - 1} of the demo store, each with one item of the same id, after
     * removing whatever an earlier run left in that range (status rows, processing records).
     */
    static void createOrders(long first, int count) throws SQLException {
        long last = first + count - 1;
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            for (String sql : List.of(
                    "DELETE FROM CI_INBOUND_MESSAGE WHERE ORDERS_ID BETWEEN ? AND ?",
                    "DELETE FROM ORDISTAT WHERE ORDERS_ID BETWEEN ? AND ?",
                    "DELETE FROM ORDSTAT WHERE ORDERS_ID BETWEEN ? AND ?",
                    "DELETE FROM ORDERITEMS WHERE ORDERS_ID BETWEEN ? AND ?",
                    "DELETE FROM ORDERS WHERE ORDERS_ID BETWEEN ? AND ?")) {
                try (PreparedStatement delete = c.prepareStatement(sql)) {
                    delete.setLong(1, first);
                    delete.setLong(2, last);
                    delete.executeUpdate();
                }
            }
            Timestamp placed = Timestamp.valueOf(LocalDateTime.of(2024, 3, 1, 12, 0));
            try (PreparedStatement order = c.prepareStatement(
                            "INSERT INTO ORDERS (ORDERS_ID, STOREENT_ID, MEMBER_ID,"
                                    + " CURRENCY, STATUS, TIMEPLACED, LASTUPDATE, TOTALPRODUCT, SHIPASCOMPLETE, LOCKED,"
                                    + " SEQUENCE, OPTCOUNTER) VALUES (?, 10101, 2001, 'USD', 'M', ?, ?, 49.99, 'Y', 'N', 0, 0)");
                    PreparedStatement item = c.prepareStatement("INSERT INTO ORDERITEMS (ORDERITEMS_ID, STOREENT_ID,"
                            + " ORDERS_ID, PARTNUM, MEMBER_ID, PRICE, STATUS, INVENTORYSTATUS, CURRENCY, QUANTITY,"
                            + " TOTALPRODUCT, TIMECREATED, LASTUPDATE, LINEITEMTYPE, OPTCOUNTER)"
                            + " VALUES (?, 10101, ?, 'SKU-RED-M', 2001, 49.99, 'M', 'ALLC', 'USD', 1, 49.99, ?, ?,"
                            + " 'ITEM', 0)")) {
                for (long id = first; id <= last; id++) {
                    order.setLong(1, id);
                    order.setTimestamp(2, placed);
                    order.setTimestamp(3, placed);
                    order.addBatch();
                    item.setLong(1, id);
                    item.setLong(2, id);
                    item.setTimestamp(3, placed);
                    item.setTimestamp(4, placed);
                    item.addBatch();
                    if ((id - first) % 1000 == 999 || id == last) {
                        order.executeBatch();
                        item.executeBatch();
                    }
                }
            }
            c.commit();
        }
    }

    /**
     * An Update_WCS_OrderStatus 3.0 OrderStatus for one order with {@code Versioning="TRUE"}: applied once it leaves
     * one ORDSTAT row (the order has none before); applied twice, a second, history row.
     */
    static String versionedStatus(long orderId, String status) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Update_WCS_OrderStatus version=\"3.0\"><ControlArea>"
                + "<Verb value=\"Update\">Update</Verb><Noun value=\"WCS_OrderStatus\">WCS_OrderStatus</Noun>"
                + "</ControlArea><DataArea><OrderStatus><OrderStatusHeader Versioning=\"TRUE\">"
                + "<OrderNumber type=\"ByWCS\">" + orderId + "</OrderNumber>"
                + "<Status StatusCondition=\"S\">" + status + "</Status></OrderStatusHeader></OrderStatus>"
                + "</DataArea></Update_WCS_OrderStatus>";
    }

    /** Puts the texts as persistent text messages, in transactions of {@value #PUT_BATCH}; returns their ids. */
    static List<String> putTexts(String queue, List<String> bodies) throws JMSException {
        List<byte[]> none = null;
        return put(queue, bodies, none);
    }

    /**
     * Puts persistent messages in order, {@code texts.get(i)} as a text message where not null, else
     * {@code bytes.get(i)} as a bytes message; returns their message ids in the same order.
     */
    static List<String> put(String queue, List<String> texts, List<byte[]> bytes) throws JMSException {
        int count = texts != null ? texts.size() : bytes.size();
        List<String> ids = new ArrayList<>(count);
        try (JMSContext context = TestBroker.connectionFactory().createContext(JMSContext.SESSION_TRANSACTED)) {
            Queue destination = context.createQueue(queue);
            JMSProducer producer = context.createProducer();
            for (int i = 0; i < count; i++) {
                Message message;
                String text = texts == null ? null : texts.get(i);
                if (text != null) {
                    message = context.createTextMessage(text);
                } else {
                    BytesMessage binary = context.createBytesMessage();
                    binary.writeBytes(bytes.get(i));
                    message = binary;
                }
                producer.send(destination, message);
                ids.add(message.getJMSMessageID());
                if (i % PUT_BATCH == PUT_BATCH - 1) {
                    context.commit();
                }
            }
            context.commit();
        }
        return ids;
    }

    /** How many messages the queue holds (browsed: nothing is taken). */
    static int depth(String queue) throws JMSException {
        try (JMSContext context = TestBroker.connectionFactory().createContext();
                QueueBrowser browser = context.createBrowser(context.createQueue(queue))) {
            int count = 0;
            for (Enumeration<?> messages = browser.getEnumeration();
                    messages.hasMoreElements();
                    messages.nextElement()) {
                count++;
            }
            return count;
        }
    }

    /** Takes every message off the queue: what the tests before left there is not this test's to count. */
    static List<Message> drain(String queue) {
        List<Message> taken = new ArrayList<>();
        try (JMSContext context = TestBroker.connectionFactory().createContext(JMSContext.AUTO_ACKNOWLEDGE);
                JMSConsumer consumer = context.createConsumer(context.createQueue(queue))) {
            for (Message message; (message = consumer.receive(1000)) != null; ) {
                taken.add(message);
            }
        }
        return taken;
    }

    static byte[] body(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText().getBytes(StandardCharsets.UTF_8);
        }
        BytesMessage bytes = (BytesMessage) message;
        byte[] body = new byte[(int) bytes.getBodyLength()];
        bytes.readBytes(body);
        return body;
    }

    /** Orders of the range with at least one ORDSTAT row: the messages applied so far. */
    static int ordersWithStatus(long first, int count) throws SQLException {
        return count(
                "SELECT COUNT(DISTINCT ORDERS_ID) FROM ORDSTAT WHERE ORDERS_ID BETWEEN ? AND ?",
                first,
                first + count - 1);
    }

    /** Orders of the range whose ORDSTAT row count is not {@code expected}, at most {@code limit} of them, with it. */
    static List<String> ordersWithOtherRowCount(long first, int count, int expected) throws SQLException {
        List<String> wrong = new ArrayList<>();
        try (Connection c = TestDatabase.connect();
                PreparedStatement query = c.prepareStatement("SELECT o.ORDERS_ID, COUNT(s.ORDSTAT_ID) FROM ORDERS o"
                        + " LEFT JOIN ORDSTAT s ON s.ORDERS_ID = o.ORDERS_ID WHERE o.ORDERS_ID BETWEEN ? AND ?"
                        + " GROUP BY o.ORDERS_ID HAVING COUNT(s.ORDSTAT_ID) <> ? ORDER BY o.ORDERS_ID")) {
            query.setLong(1, first);
            query.setLong(2, first + count - 1);
            query.setInt(3, expected);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next() && wrong.size() < 20) {
                    wrong.add(rs.getLong(1) + ": " + rs.getInt(2) + " rows");
                }
            }
        }
        return wrong;
    }

    static int count(String sql, Object... parameters) throws SQLException {
        try (Connection c = TestDatabase.connect();
                PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Waits until the range has {@code expected} orders with a status; the time it took. */
    static Duration awaitApplied(long first, int count, int expected, Duration limit) throws Exception {
        long start = System.nanoTime();
        boolean applied = waitFor(limit, () -> {
            try {
                return ordersWithStatus(first, count) >= expected;
            } catch (SQLException e) {
                return false; // the database may be coming back
            }
        });
        if (!applied) {
            throw new AssertionError("waited " + limit + " for orders " + first + "+" + count + " to have " + expected
                    + " applied; " + ordersWithStatus(first, count) + " are, the first without: "
                    + count(
                            "SELECT MIN(o.ORDERS_ID) FROM ORDERS o WHERE o.ORDERS_ID BETWEEN ? AND ? AND NOT EXISTS"
                                    + " (SELECT 1 FROM ORDSTAT s WHERE s.ORDERS_ID = o.ORDERS_ID)",
                            first,
                            first + count - 1));
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Polls the condition every 100 ms until it holds, or fails naming what was awaited. */
    static void awaitCondition(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        if (!waitFor(limit, condition)) {
            throw new AssertionError("waited " + limit + " for " + what);
        }
    }

    /** Polls the condition every 100 ms until it holds (true) or the limit has passed (false). */
    static boolean waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return true;
    }

    static void pauseListener(String queue) {
        listener(queue, "pause");
    }

    static void resumeListener(String queue) {
        listener(queue, "resume");
    }

    private static void listener(String queue, String action) {
        HttpResponse<String> response = Api.as(Api.OPERATOR)
                .post(FaultNode.node().api("/api/listeners/" + queue + "/" + action), "application/json", "");
        assertEquals(200, response.statusCode(), action + " " + queue + ": " + response.body());
    }
}
