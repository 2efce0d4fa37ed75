package org.commerceintegration.fault;

import static org.commerceintegration.fault.FaultLoad.ERROR;
import static org.commerceintegration.fault.FaultLoad.OUTBOUND;
import static org.commerceintegration.fault.FaultLoad.SERIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Message;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.standalone.LibertyNode;
import org.commerceintegration.testsupport.standalone.TestBroker;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Artemis broker away for 30 s while orders are processed ({@code POST /api/orders/{id}/process}, as a script
 * calls it): the API keeps accepting them (the message is stored in {@code MSGSTORE}, in the database), and after
 * the broker returns every order's notification is on the outbound queue exactly once: none missing, none twice.
 * The server's inbound listeners lost the broker too; afterwards it is ready and applies inbound messages again.
 */
@Tag("fault")
@ExtendWith(FaultNode.class)
class OutboundBrokerAwayIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** Processed before and after the outage as well, so that sends in every phase are counted. */
    private static final Duration BEFORE_AND_AFTER = Duration.ofSeconds(5);
    /** The demo orders, processed in turn: each request is a notification of its own (its own correlation id). */
    private static final long[] ORDERS = {10001, 10002, 10003};

    private static final int CLIENTS = 4;

    @Test
    void everyNotificationArrivesOnceAfterTheBrokerReturns() throws Exception {
        LibertyNode node = FaultNode.node();
        FaultLoad.drain(OUTBOUND);
        FaultLoad.drain(ERROR);
        Set<String> correlationIds = ConcurrentHashMap.newKeySet();
        List<String> refused = new ArrayList<>();
        AtomicBoolean processing = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int first = client;
            running.add(clients.submit(() -> {
                Api operator = Api.as(Api.OPERATOR);
                for (int i = first; processing.get(); i += CLIENTS) {
                    long order = ORDERS[i % ORDERS.length];
                    HttpResponse<String> response =
                            operator.post(node.api("/api/orders/" + order + "/process"), "application/json", "");
                    String correlationId = field(response.body(), "correlationId");
                    if (response.statusCode() != 202 || correlationId == null) {
                        synchronized (refused) {
                            refused.add(order + ": " + response.statusCode() + " " + response.body());
                        }
                    } else {
                        correlationIds.add(correlationId);
                    }
                    TimeUnit.MILLISECONDS.sleep(100); // a steady trickle, not a benchmark
                }
                return null;
            }));
        }
        int beforeOutage;
        int duringOutage;
        long recoveredAt;
        try {
            FaultLoad.awaitCondition(
                    "orders processed before the outage", Duration.ofMinutes(1), () -> correlationIds.size() >= 10);
            TimeUnit.NANOSECONDS.sleep(BEFORE_AND_AFTER.toNanos()); // the load runs on; the wait only spaces phases
            beforeOutage = correlationIds.size();
            TestBroker.stop();
            try {
                TimeUnit.NANOSECONDS.sleep(OUTAGE.toNanos()); // the outage itself is the 30 s
                duringOutage = correlationIds.size() - beforeOutage;
            } finally {
                TestBroker.start();
            }
            recoveredAt = System.nanoTime();
            TimeUnit.NANOSECONDS.sleep(BEFORE_AND_AFTER.toNanos());
        } finally {
            processing.set(false);
            clients.shutdown();
        }
        for (Future<?> client : running) {
            client.get(2, TimeUnit.MINUTES);
        }
        assertEquals(List.of(), refused, "the API accepts every order while the broker is away");
        assertTrue(duringOutage > 0, "orders were processed during the outage");

        Map<String, Integer> received = new HashMap<>();
        boolean allArrived = FaultLoad.waitFor(Duration.ofMinutes(2), () -> {
            for (Message message : FaultLoad.drain(OUTBOUND)) {
                try {
                    received.merge(message.getJMSCorrelationID(), 1, Integer::sum);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return received.keySet().containsAll(correlationIds);
        });
        Duration delivered = Duration.ofNanos(System.nanoTime() - recoveredAt);
        // Sent and deleted in one transaction: once no row is left, nothing more can leave; what is in flight shows.
        boolean outboxEmpty = allArrived
                && FaultLoad.waitFor(Duration.ofMinutes(1), () -> {
                    try {
                        return FaultLoad.count("SELECT COUNT(*) FROM MSGSTORE WHERE CI_MSGTYPE IS NOT NULL") == 0;
                    } catch (Exception e) {
                        return false;
                    }
                });
        for (Message message : FaultLoad.drain(OUTBOUND)) {
            received.merge(message.getJMSCorrelationID(), 1, Integer::sum);
        }
        System.out.println("[OutboundBrokerAwayIT] " + correlationIds.size() + " notifications (" + duringOutage
                + " during the outage), all delivered " + delivered + " after the broker returned");
        List<String> twice = received.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .limit(20)
                .map(e -> e.getKey() + " x" + e.getValue())
                .toList();
        assertEquals(List.of(), twice, "no notification twice");
        List<String> missing =
                correlationIds.stream().filter(id -> !received.containsKey(id)).toList();
        assertEquals(List.of(), missing, "every notification delivered within 2 minutes of the broker's return");
        assertEquals(correlationIds, received.keySet(), "only the processed orders' notifications");
        assertTrue(outboxEmpty, "the outbox emptied");

        node.awaitReady(Duration.ofMinutes(2));
        // The listeners reconnected by themselves: an inbound message is applied again.
        FaultLoad.createOrders(3_000_000, 1);
        FaultLoad.putTexts(SERIAL, List.of(FaultLoad.versionedStatus(3_000_000, "BACK")));
        FaultLoad.awaitApplied(3_000_000, 1, 1, Duration.ofMinutes(1));
        assertEquals(0, FaultLoad.depth(ERROR), "nothing on the error queue");
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return value.find() ? value.group(1) : null;
    }
}
