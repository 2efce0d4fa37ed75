package org.commerceintegration.fault;

import static org.commerceintegration.fault.FaultLoad.ERROR;
import static org.commerceintegration.fault.FaultLoad.PARALLEL;
import static org.commerceintegration.fault.FaultLoad.SERIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.standalone.LibertyNode;
import org.commerceintegration.testsupport.standalone.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL stopped for 30 s in the middle of a 5,000-message load: the failures are transient, so after a few of
 * them the inbound listeners pause themselves instead of sending messages through their redeliveries to the error
 * queue; the pause shows in the metrics, the readiness check and the queues API, and a probe resumes them once the
 * database answers. Afterwards every message is applied exactly once ({@code versioning} on, as in {@link CrashIT})
 * and the error queue is empty.
 */
@Tag("fault")
@ExtendWith(FaultNode.class)
class DatabaseAwayIT {

    private static final long FIRST_ORDER = 4_000_000;
    private static final int MESSAGES = 5_000;
    private static final int SERIAL_EVERY = 10;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final String AUTO_PAUSED = "commerce_inbound_autoPaused";

    @Test
    void theListenersPauseWhileTheDatabaseIsAwayAndEveryMessageIsAppliedOnceAfter() throws Exception {
        LibertyNode node = FaultNode.node();
        FaultLoad.createOrders(FIRST_ORDER, MESSAGES);
        FaultLoad.drain(ERROR);
        assertEquals(0.0, FaultNode.metric(AUTO_PAUSED), "not paused before the outage");
        List<String> parallel = new ArrayList<>();
        List<String> serial = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            (i % SERIAL_EVERY == 0 ? serial : parallel).add(FaultLoad.versionedStatus(FIRST_ORDER + i, "AWAY"));
        }
        FaultLoad.putTexts(SERIAL, serial);
        FaultLoad.putTexts(PARALLEL, parallel);
        FaultLoad.awaitApplied(FIRST_ORDER, MESSAGES, MESSAGES / 5, Duration.ofMinutes(2));

        boolean pausedSeen;
        String readinessDuringOutage;
        String queuesDuringOutage;
        TestDatabase.stop();
        try {
            long back = System.nanoTime() + OUTAGE.toNanos();
            pausedSeen = false;
            readinessDuringOutage = null;
            queuesDuringOutage = null;
            while (System.nanoTime() < back) {
                if (!pausedSeen && FaultNode.metric(AUTO_PAUSED) >= 1) {
                    pausedSeen = true;
                    readinessDuringOutage = node.readiness().body();
                    queuesDuringOutage = queues(node);
                }
                TimeUnit.MILLISECONDS.sleep(250);
            }
        } finally {
            TestDatabase.start();
        }
        assertTrue(pausedSeen, "the listeners paused themselves during the outage (" + AUTO_PAUSED + " 1)");
        assertTrue(
                readinessDuringOutage.matches("(?s).*\\{\"name\":\"inbound-listeners\",\"status\":\"DOWN\".*"),
                "readiness names the paused listeners: " + readinessDuringOutage);
        assertTrue(
                queuesDuringOutage.matches("(?s).*\"autoPaused\":true.*"),
                "the queues API shows the pause: " + queuesDuringOutage);

        Duration rest = FaultLoad.awaitApplied(FIRST_ORDER, MESSAGES, MESSAGES, Duration.ofMinutes(3));
        System.out.println("[DatabaseAwayIT] the rest applied " + rest + " after the database returned");
        FaultLoad.awaitCondition(
                "the listeners resumed", Duration.ofMinutes(1), () -> FaultNode.metric(AUTO_PAUSED) == 0.0);
        node.awaitReady(Duration.ofMinutes(1));
        assertEquals(
                List.of(),
                FaultLoad.ordersWithOtherRowCount(FIRST_ORDER, MESSAGES, 1),
                "every order has exactly its one status row: applied once, no history row of a second application");
        assertEquals(0, FaultLoad.depth(PARALLEL), "nothing left on the parallel queue");
        assertEquals(0, FaultLoad.depth(SERIAL), "nothing left on the serial queue");
        assertEquals(0, FaultLoad.depth(ERROR), "nothing on the error queue");
    }

    private static String queues(LibertyNode node) {
        HttpResponse<String> response = Api.as(Api.OPERATOR).get(node.api("/api/queues"));
        return response.statusCode() + " " + response.body();
    }
}
