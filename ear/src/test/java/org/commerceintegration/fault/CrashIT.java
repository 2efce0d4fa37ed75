package org.commerceintegration.fault;

import static org.commerceintegration.fault.FaultLoad.ERROR;
import static org.commerceintegration.fault.FaultLoad.PARALLEL;
import static org.commerceintegration.fault.FaultLoad.SERIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.commerceintegration.testsupport.standalone.LibertyNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code kill -9} of the server in the middle of a 10,000-message load with {@code versioning} on: after the restart
 * every message is applied exactly once (a second application would leave a history row beside the order's status
 * row), none is left on the inbound queues and none went to the error queue. The messages are consumed and the rows
 * written in one XA transaction; those in flight at the kill are rolled back or, if prepared, completed by the
 * restarted server's recovery.
 */
@Tag("fault")
@ExtendWith(FaultNode.class)
class CrashIT {

    private static final long FIRST_ORDER = 1_000_000;
    private static final int MESSAGES = 10_000;
    /** Every tenth on the serial queue, the rest on the parallel one. */
    private static final int SERIAL_EVERY = 10;

    @Test
    void afterAKillInTheMiddleOfALoadEveryMessageIsAppliedExactlyOnce() throws Exception {
        FaultLoad.createOrders(FIRST_ORDER, MESSAGES);
        FaultLoad.drain(ERROR);
        List<String> parallel = new ArrayList<>();
        List<String> serial = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            String message = FaultLoad.versionedStatus(FIRST_ORDER + i, "CRASH");
            (i % SERIAL_EVERY == 0 ? serial : parallel).add(message);
        }
        FaultLoad.putTexts(SERIAL, serial);
        FaultLoad.putTexts(PARALLEL, parallel);

        // Killed once a good part is applied, so that the kill hits transactions in every state, mid-load.
        FaultLoad.awaitApplied(FIRST_ORDER, MESSAGES, MESSAGES / 5, Duration.ofMinutes(3));
        LibertyNode node = FaultNode.node();
        node.kill();
        int atKill = FaultLoad.ordersWithStatus(FIRST_ORDER, MESSAGES);
        System.out.println("[CrashIT] killed with " + atKill + " of " + MESSAGES + " applied");
        assertTrue(atKill < MESSAGES * 6 / 10, "the kill came in the middle of the load: " + atKill + " applied");

        node.start();
        node.awaitReady(Duration.ofMinutes(3));
        Duration rest = FaultLoad.awaitApplied(FIRST_ORDER, MESSAGES, MESSAGES, Duration.ofMinutes(4));
        System.out.println("[CrashIT] the rest applied " + rest + " after the restart");

        assertEquals(
                List.of(),
                FaultLoad.ordersWithOtherRowCount(FIRST_ORDER, MESSAGES, 1),
                "every order has exactly its one status row: applied once, no history row of a second application");
        assertEquals(
                MESSAGES,
                FaultLoad.count(
                        "SELECT COUNT(*) FROM CI_INBOUND_MESSAGE WHERE ORDERS_ID BETWEEN ? AND ?"
                                + " AND OUTCOME = 'PROCESSED'",
                        FIRST_ORDER,
                        FIRST_ORDER + MESSAGES - 1),
                "one processing record per message");
        int redelivered = FaultLoad.count(
                "SELECT COUNT(*) FROM CI_INBOUND_MESSAGE WHERE ORDERS_ID BETWEEN ? AND ? AND DELIVERYCOUNT > 1",
                FIRST_ORDER,
                FIRST_ORDER + MESSAGES - 1);
        System.out.println("[CrashIT] " + redelivered + " messages the killed server had received came again");
        assertTrue(redelivered > 0, "the kill caught messages the server had received but not finished");
        assertEquals(0, FaultLoad.depth(PARALLEL), "nothing left on the parallel queue");
        assertEquals(0, FaultLoad.depth(SERIAL), "nothing left on the serial queue");
        assertEquals(0, FaultLoad.depth(ERROR), "nothing on the error queue");
    }
}
