package org.commerceintegration.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.RegistryApi;
import org.commerceintegration.testsupport.StatusMessages;
import org.commerceintegration.testsupport.standalone.LibertyNode;
import org.commerceintegration.testsupport.standalone.TestBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Liberty servers on loopback sharing PostgreSQL and the Artemis broker, each running the application as the
 * README's server does: the parallel queue's work is split between them, the serial queue has one consumer at a time
 * and moves to the other server when the active one is killed, an order notification is sent once, and a CMDREG
 * switch made on one server reaches the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT {

    /** The nodes' CMDREG re-read interval: a switch must reach the other server within it. */
    static final Duration REGISTRY_REFRESH = Duration.ofSeconds(3);

    private static final String PARALLEL = "JMSParallelInboundQueue";
    private static final String SERIAL = "JMSSerialInboundQueue";
    private static final String ORDER_MESSAGING = "com.ibm.commerce.order.commands.OrderMessagingCmd";
    private static final String LEGACY = "com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl";
    private static final Duration APPLIED = Duration.ofSeconds(120);

    private static LibertyNode a;
    private static LibertyNode b;
    /** A server killed for good: not stopped again at the end. */
    private static LibertyNode dead;

    @BeforeAll
    static void startTwoServers() throws Exception {
        Map<String, String> variables =
                Map.of("commerce.registry.refreshSeconds", Long.toString(REGISTRY_REFRESH.toSeconds()));
        a = LibertyNode.fromBuild("commerceNodeA", 9181, 9544, variables);
        b = LibertyNode.fromBuild("commerceNodeB", 9182, 9545, variables);
        a.start();
        b.start();
        a.awaitReady(Duration.ofMinutes(3));
        b.awaitReady(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stopTwoServers() {
        for (LibertyNode node : new LibertyNode[] {a, b}) {
            if (node != null && node != dead) {
                node.stop();
            }
        }
    }

    @Test
    @Order(1)
    void bothServersApplyMessagesOfTheParallelQueue() throws Exception {
        long beforeA = a.processed(PARALLEL);
        long beforeB = b.processed(PARALLEL);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long order = 10001 + i % 3;
            long item = 20001 + 2 * (i % 3); // the demo orders' first items: 20001, 20003, 20005
            ids.add(put(a, PARALLEL, StatusMessages.legacyV2(order, item, "P" + i, "P")));
        }
        awaitProcessed(ids);
        long byA = a.processed(PARALLEL) - beforeA;
        long byB = b.processed(PARALLEL) - beforeB;
        assertEquals(ids.size(), byA + byB, "every message applied once, by one of the two");
        assertTrue(byA > 0 && byB > 0, "both servers applied messages: A " + byA + ", B " + byB);
    }

    @Test
    @Order(2)
    void theSerialQueueHasOneConsumerInOrderAndMovesWhenItsServerIsKilled() throws Exception {
        long beforeA = a.processed(SERIAL);
        long beforeB = b.processed(SERIAL);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            ids.add(put(a, SERIAL, StatusMessages.legacyV2(10003, 20005, "S%02d".formatted(i), "S")));
        }
        awaitProcessed(ids);
        long byA = a.processed(SERIAL) - beforeA;
        long byB = b.processed(SERIAL) - beforeB;
        assertTrue(byA == 0 || byB == 0, "one consumer at a time: A " + byA + ", B " + byB);
        assertEquals(ids.size(), byA + byB);
        assertEquals("S40", currentStatus(10003), "applied in the order put");

        LibertyNode active = byA > 0 ? a : b;
        LibertyNode other = active == a ? b : a;
        long otherBefore = other.processed(SERIAL);
        active.kill();
        long killedAt = System.nanoTime();
        List<String> after = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            after.add(put(other, SERIAL, StatusMessages.legacyV2(10003, 20005, "T%02d".formatted(i), "S")));
        }
        awaitProcessed(after);
        Duration moved = Duration.ofNanos(System.nanoTime() - killedAt);
        assertEquals(after.size(), other.processed(SERIAL) - otherBefore, "the survivor took the serial queue");
        assertEquals("T20", currentStatus(10003), "still in order after the move");
        assertTrue(moved.compareTo(Duration.ofSeconds(60)) < 0, "moved within a minute: " + moved);
        System.out.println("[TwoServersIT] serial queue moved to " + other.name + " and drained in " + moved);

        active.start();
        active.awaitReady(Duration.ofMinutes(3));
    }

    @Test
    @Order(3)
    void anOrderNotificationIsSentOnceNotOncePerServer() throws Exception {
        HttpResponse<String> processed =
                Api.as(Api.OPERATOR).post(a.api("/api/orders/10002/process"), "application/json", "");
        assertEquals(202, processed.statusCode(), processed.body());
        String correlationId = field(processed.body(), "correlationId");
        assertNotNull(correlationId, processed.body());
        // Both servers' outbox timers run meanwhile; a second copy would arrive between the order's message and a
        // marker of the same correlation id sent now.
        try (JMSContext context = TestBroker.connectionFactory().createContext()) {
            context.createProducer()
                    .setJMSCorrelationID(correlationId)
                    .setProperty("marker", true)
                    .send(context.createQueue("JMSOutboundQueue"), "marker");
            JMSConsumer consumer = context.createConsumer(
                    context.createQueue("JMSOutboundQueue"), "JMSCorrelationID = '" + correlationId + "'");
            Message first = consumer.receive(30_000);
            assertNotNull(first, "the order's message");
            assertTrue(!first.propertyExists("marker"), "the order's message comes first");
            Message second = consumer.receive(30_000);
            assertNotNull(second, "the marker");
            assertTrue(second.propertyExists("marker"), "no second copy of the order's message before the marker");
        }
    }

    @Test
    @Order(4)
    void aCmdregSwitchOnOneServerReachesTheOther() throws Exception {
        String before = effectiveOrderMessaging(b);
        String target = LEGACY.equals(before) ? "com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl" : LEGACY;
        HttpResponse<String> switched = Api.as(Api.ADMIN)
                .put(
                        a.api("/api/registry/10101/" + ORDER_MESSAGING),
                        "application/json",
                        "{\"className\":\"" + target + "\"}");
        assertEquals(200, switched.statusCode(), switched.body());
        long end = System.nanoTime() + REGISTRY_REFRESH.multipliedBy(4).toNanos();
        while (!target.equals(effectiveOrderMessaging(b)) && System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        assertEquals(target, effectiveOrderMessaging(b), "B follows A's switch within the refresh interval");
        Api.as(Api.ADMIN)
                .put(
                        a.api("/api/registry/10101/" + ORDER_MESSAGING),
                        "application/json",
                        "{\"className\":\"" + before + "\"}");
    }

    @Test
    @Order(5)
    void aServerStartedWhileTheBrokerIsAwayIsNotReadyNamesItAndRecoversWhenItReturns() throws Exception {
        b.stop();
        TestBroker.stop();
        try {
            b.start();
            // until the application's checks answer (before that readiness is DOWN with no checks)
            HttpResponse<String> ready = b.readiness();
            long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!ready.body().contains("\"name\":\"messaging\"") && System.nanoTime() < end) {
                TimeUnit.MILLISECONDS.sleep(500);
                ready = b.readiness();
            }
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(
                    ready.body().matches("(?s).*\\{\"name\":\"messaging\",\"status\":\"DOWN\".*")
                            && ready.body().contains("jms/JMSQueueConnectionFactory"),
                    "readiness names the messaging resource that does not answer: " + ready.body());
        } finally {
            TestBroker.start();
        }
        b.awaitReady(Duration.ofMinutes(2));
        a.awaitReady(Duration.ofMinutes(2));
        // the listeners of both servers reconnect by themselves; a serial message is applied again
        String id = put(b, SERIAL, StatusMessages.legacyV2(10003, 20005, "BACK", "S"));
        awaitProcessed(List.of(id));
        assertEquals("BACK", currentStatus(10003));
    }

    @Test
    @Order(6)
    void aServerKilledForGoodLeavesNoTransactionInDoubtItsPeerRecoversIt() throws Exception {
        long beforeA = a.processed(PARALLEL);
        // A died once before (the serial test) and may have been recovered by B then: count from here
        long peerRecoveries = b.logLines("CWRLS0011I", a.name);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            long order = 10001 + i % 3;
            ids.add(put(b, PARALLEL, StatusMessages.legacyV2(order, 20001 + 2 * (i % 3), "K" + i, "K")));
            if (i == 40) {
                // A is applying messages by now; it dies in the middle of its transactions and stays dead
                awaitAtLeast(a, PARALLEL, beforeA + 1);
                a.kill();
            }
        }
        awaitProcessed(ids);
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (preparedTransactions() > 0 && System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
        assertEquals(0, preparedTransactions(), "no transaction left prepared in the database");
        while (b.logLines("CWRLS0011I", a.name) == peerRecoveries && System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
        assertTrue(b.logLines("CWRLS0011I", a.name) > peerRecoveries, "B ran recovery for its dead peer A");
        dead = a;
    }

    private static void awaitAtLeast(LibertyNode node, String queue, long count) throws InterruptedException {
        long end = System.nanoTime() + APPLIED.toNanos();
        while (node.processed(queue) < count && System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static int preparedTransactions() throws SQLException {
        try (Connection connection = database();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM pg_prepared_xacts WHERE database = current_database()");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String put(LibertyNode node, String queue, String body) {
        HttpResponse<String> response = Api.as(queue.equals("JMSOutboundQueue") ? Api.ADMIN : Api.OPERATOR)
                .post(node.api("/api/queues/" + queue + "/messages"), "text/plain; charset=UTF-8", body);
        assertEquals(201, response.statusCode(), response.body());
        return field(response.body(), "messageId");
    }

    /** Waits until every message has its outcome recorded, and asserts each was applied. */
    private static void awaitProcessed(List<String> ids) throws Exception {
        long end = System.nanoTime() + APPLIED.toNanos();
        while (true) {
            List<String> outcomes = new ArrayList<>();
            try (Connection connection = database();
                    PreparedStatement query =
                            connection.prepareStatement("SELECT OUTCOME FROM CI_INBOUND_MESSAGE WHERE MSGID = ?")) {
                for (String id : ids) {
                    query.setString(1, id);
                    try (ResultSet rs = query.executeQuery()) {
                        outcomes.add(rs.next() ? rs.getString(1) : null);
                    }
                }
            }
            if (!outcomes.contains(null)) {
                assertTrue(outcomes.stream().allMatch("PROCESSED"::equals), outcomes.toString());
                return;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("not all applied within " + APPLIED + ": " + outcomes);
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }

    private static String currentStatus(long ordersId) throws SQLException {
        try (Connection connection = database();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT OSSTATUS FROM ORDSTAT WHERE ORDERS_ID = ? AND (OSVERNBR = 0 OR OSVERNBR IS NULL)")) {
            query.setLong(1, ordersId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1).strip() : null;
            }
        }
    }

    private static String effectiveOrderMessaging(LibertyNode node) {
        return RegistryApi.effectiveClassName(node.api("/api/registry"), 10101, ORDER_MESSAGING);
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return value.find() ? value.group(1) : null;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("test.jdbc.url"),
                System.getProperty("test.jdbc.user"),
                System.getProperty("test.jdbc.password"));
    }
}
