package org.commerceintegration.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commerceintegration.inbound.redelivery.RollbackOnce;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InServer;
import org.commerceintegration.testsupport.InboundRecords;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.Queues;
import org.commerceintegration.testsupport.StatusMessages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Status messages through the real queues, listeners and database: the spec's vectors land in ORDSTAT and
 * ORDISTAT, the serial queue keeps order, the parallel queue works concurrently, and a message that comes back
 * after it was applied is recognised and not applied twice.
 */
@ExtendWith(ArquillianExtension.class)
class InboundQueuesIT {

    /** The serial queue's configured name, as the listener reports it. */
    private static final String SERIAL_QUEUE_NAME = "JMSSerialInboundQueue";

    @Deployment
    static EnterpriseArchive deployment() {
        JavaArchive hook = ShrinkWrap.create(JavaArchive.class, "redelivery-hook.jar")
                .addClasses(RollbackOnce.class)
                .addAsManifestResource(
                        new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                                + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>"),
                        "beans.xml");
        return Deployments.applicationWithLibrary(hook, InboundQueuesIT.class);
    }

    @BeforeEach
    void clearStatus() {
        Jdbc.execute("delete from ORDISTAT where ORDERS_ID in (10001, 10002, 10003)");
        Jdbc.execute("delete from ORDSTAT where ORDERS_ID in (10001, 10002, 10003)");
    }

    @Test
    void tv1LegacyVersion02LandsInOrdstatAndOrdistat() throws Exception {
        String id = Queues.sendBytes(
                Queues.SERIAL,
                StatusMessages.legacyV2(10001, 20002, "C", "S").getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertEquals("PROCESSED", InboundRecords.awaitOutcome(id));

        assertEquals("C", Jdbc.queryValue("select OSSTATUS from ORDSTAT where ORDERS_ID = 10001"));
        assertEquals("BE-10001", Jdbc.queryValue("select OSMORDER from ORDSTAT where ORDERS_ID = 10001"));
        assertEquals("USD", Jdbc.queryValue("select OSCPCUR from ORDSTAT where ORDERS_ID = 10001"));
        assertEquals(0, new BigDecimal("129.97").compareTo((BigDecimal)
                        Jdbc.queryValue("select OSPRTOT from ORDSTAT where ORDERS_ID = 10001")));
        assertEquals(0, new BigDecimal("0.60").compareTo((BigDecimal)
                        Jdbc.queryValue("select OSSHTXTOT from ORDSTAT where ORDERS_ID = 10001")));
        assertEquals(
                Timestamp.valueOf(LocalDateTime.of(2024, 3, 5, 0, 0)),
                Jdbc.queryValue("select OSSSTIME from ORDSTAT where ORDERS_ID = 10001"));
        assertEquals(
                Timestamp.valueOf(LocalDateTime.of(2024, 3, 1, 0, 0)),
                Jdbc.queryValue("select OSPLTIME from ORDSTAT where ORDERS_ID = 10001"));
        assertEquals("S", Jdbc.queryValue("select OISTATUS from ORDISTAT where ORDERITMES_ID = 20002"));
        assertEquals(
                2,
                ((Number) Jdbc.queryValue("select OIQTCONFIRM from ORDISTAT where ORDERITMES_ID = 20002")).intValue());
        assertEquals("BE-LINE-20002", Jdbc.queryValue("select OIMITEM from ORDISTAT where ORDERITMES_ID = 20002"));
        assertEquals("USD", Jdbc.queryValue("select OICPCUR from ORDISTAT where ORDERITMES_ID = 20002"));
        assertEquals("OS 02", Jdbc.queryValue("select MSGTYPE from CI_INBOUND_MESSAGE where MSGID = ?", id));
    }

    @Test
    void updateNcOrderStatusWithAndWithoutDoctype() throws Exception {
        String with = Queues.sendText(Queues.PARALLEL, StatusMessages.ncXml(10002, "WITH-DOCTYPE", true));
        assertEquals("PROCESSED", InboundRecords.awaitOutcome(with));
        assertEquals("WITH-DOCTYPE", Jdbc.queryValue("select OSSTATUS from ORDSTAT where ORDERS_ID = 10002"));

        String without = Queues.sendText(Queues.PARALLEL, StatusMessages.ncXml(10002, "NO-DOCTYPE", false));
        assertEquals("PROCESSED", InboundRecords.awaitOutcome(without));
        assertEquals("NO-DOCTYPE", Jdbc.queryValue("select OSSTATUS from ORDSTAT where ORDERS_ID = 10002"));
    }

    @Test
    void hundredStatusChangesThroughTheSerialQueueEndInTheLastState() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            ids.add(Queues.sendBytes(
                    Queues.SERIAL,
                    StatusMessages.legacyV2(10003, 20004, String.format("STEP-%03d", i), "S")
                            .getBytes(StandardCharsets.UTF_8),
                    Map.of()));
        }
        for (String id : ids) {
            assertEquals("PROCESSED", InboundRecords.awaitOutcome(id));
        }
        assertEquals("STEP-100", Jdbc.queryValue("select OSSTATUS from ORDSTAT where ORDERS_ID = 10003"));
        assertEquals(1, ((Number) Jdbc.queryValue("select count(*) from ORDSTAT where ORDERS_ID = 10003")).intValue());
    }

    @Test
    void parallelQueueProcessesMessagesConcurrently() throws Exception {
        List<String> ids = new ArrayList<>();
        long[] orders = {10001, 10002, 10003};
        for (int i = 0; i < 60; i++) {
            ids.add(Queues.sendText(Queues.PARALLEL, StatusMessages.ncXml(orders[i % 3], "PAR-" + i, i % 2 == 0)));
        }
        for (String id : ids) {
            assertEquals("PROCESSED", InboundRecords.awaitOutcome(id));
        }
        // Overlapping [received, received + duration] intervals prove that listeners worked at the same time.
        List<long[]> intervals = new ArrayList<>();
        for (String id : ids) {
            Timestamp received =
                    (Timestamp) Jdbc.queryValue("select RECEIVED from CI_INBOUND_MESSAGE where MSGID = ?", id);
            Number duration = (Number) Jdbc.queryValue("select DURATIONMS from CI_INBOUND_MESSAGE where MSGID = ?", id);
            assertNotNull(received);
            intervals.add(new long[] {received.getTime(), received.getTime() + Math.max(1, duration.longValue())});
        }
        assertTrue(maxOverlap(intervals) > 1, "at least two messages were in process at once");
    }

    /**
     * A message whose command committed comes back: its listener transaction is rolled back after the command's own
     * transaction committed (as a crash between the two commits would leave it). The redelivery is recognised by its
     * JMS message id and consumed without applying the status a second time, and its outcome says so (monitoring does
     * not count it as processed again).
     */
    @Test
    void redeliveryOfAnAppliedMessageIsRecognisedAndNotAppliedAgain() throws Exception {
        RollbackOnce.arm(SERIAL_QUEUE_NAME);
        String id;
        try {
            id = Queues.sendBytes(
                    Queues.SERIAL,
                    StatusMessages.legacyV2(10001, 20001, "ONCE", "S").getBytes(StandardCharsets.UTF_8),
                    Map.of());
            assertTrue(
                    InServer.await(60_000, () -> RollbackOnce.outcomesOf(id).size() >= 2),
                    "delivered a second time after the rollback: " + RollbackOnce.outcomesOf(id));
        } finally {
            RollbackOnce.disarm();
        }
        assertEquals(id, RollbackOnce.rolledBack(), "the first delivery of this very message was rolled back");
        assertTrue(InServer.await(30_000, () -> Queues.depth(Queues.SERIAL) == 0), "the redelivery is consumed");
        List<InboundOutcome> deliveries = RollbackOnce.outcomesOf(id);
        assertEquals(2, deliveries.size(), deliveries.toString());
        assertEquals(InboundOutcome.Kind.PROCESSED, deliveries.get(0).kind(), "the first delivery applied it");
        assertEquals(
                InboundOutcome.Kind.DUPLICATE,
                deliveries.get(1).kind(),
                "the redelivery is a duplicate, not counted as processed a second time");

        assertEquals(
                1,
                ((Number) Jdbc.queryValue("select count(*) from CI_INBOUND_MESSAGE where MSGID = ?", id)).intValue());
        assertEquals("PROCESSED", Jdbc.queryValue("select OUTCOME from CI_INBOUND_MESSAGE where MSGID = ?", id));
        assertEquals(
                1,
                ((Number) Jdbc.queryValue("select DELIVERYCOUNT from CI_INBOUND_MESSAGE where MSGID = ?", id))
                        .intValue(),
                "the record is the first delivery's: the redelivery did not apply and record the message again");
        assertEquals(
                1,
                ((Number) Jdbc.queryValue("select count(*) from ORDSTAT where ORDERS_ID = 10001")).intValue(),
                "one ORDSTAT row: a second application would have kept the first as history");
        assertEquals("ONCE", Jdbc.queryValue("select OSSTATUS from ORDSTAT where ORDERS_ID = 10001"));
        assertEquals(
                1,
                ((Number) Jdbc.queryValue("select count(*) from ORDISTAT where ORDERITMES_ID = 20001")).intValue(),
                "one ORDISTAT row for the item");
    }

    static int maxOverlap(List<long[]> intervals) {
        int best = 0;
        for (long[] a : intervals) {
            int overlapping = 0;
            for (long[] b : intervals) {
                if (b[0] <= a[0] && a[0] < b[1]) {
                    overlapping++;
                }
            }
            best = Math.max(best, overlapping);
        }
        return best;
    }
}
