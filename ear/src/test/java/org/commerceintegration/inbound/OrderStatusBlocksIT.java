package org.commerceintegration.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Message;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import org.commerceintegration.status.StatusErrorKeys;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InServer;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.Queues;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code Update_NC_OrderStatus} through the queue as a back end sends it: several {@code OrderStatus} blocks are all
 * applied in the message's one transaction, or none; {@code LastUpdateTime} alone sets {@code OSUPDTIME} (G-11).
 */
@ExtendWith(ArquillianExtension.class)
class OrderStatusBlocksIT {

    private static final String DEMO_ORDERS = "(10001, 10002, 10003)";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(OrderStatusBlocksIT.class);
    }

    @BeforeEach
    @AfterEach
    void removeStatusOfDemoOrders() {
        Jdbc.execute("delete from CI_ORDER_USERDATA where ORDERS_ID in " + DEMO_ORDERS);
        Jdbc.execute("delete from ORDISTAT where ORDERS_ID in " + DEMO_ORDERS);
        Jdbc.execute("delete from ORDSTAT where ORDERS_ID in " + DEMO_ORDERS);
    }

    @Test
    void twoBlocksForTwoOrdersUpdateBoth() {
        String id = send(message(block(10001, "B1", ""), block(10002, "B2", "")));

        assertEquals("PROCESSED", outcomeOf(id));
        assertEquals("B1", status(10001));
        assertEquals("B2", status(10002));
        assertEquals(
                10001L,
                ((Number) Jdbc.queryValue("select ORDERS_ID from CI_INBOUND_MESSAGE where MSGID = ?", id)).longValue(),
                "one record per message: an applied message with several blocks is listed under its first order");
    }

    @Test
    void aBadSecondBlockAppliesNeitherAndTheReasonNamesIt() {
        String id = send(message(block(10001, "B1", ""), block(99999, "B2", "")));

        Message copy = Queues.receiveCorrelated(Queues.ERROR, id, 20_000);
        assertNotNull(copy, "on the error queue");
        assertEquals(StatusErrorKeys.UNKNOWN_ORDER, reasonCode(copy));
        String reason = reason(copy);
        assertTrue(reason.startsWith("OrderStatus block 2: "), reason);
        assertTrue(reason.contains("99999"), reason);
        assertEquals("FAILED", outcomeOf(id));
        assertEquals(
                99999L,
                ((Number) Jdbc.queryValue("select ORDERS_ID from CI_INBOUND_MESSAGE where MSGID = ?", id)).longValue(),
                "the error record names the failing block's order, not the first block's");
        assertEquals(0L, count("select count(*) from ORDSTAT where ORDERS_ID in " + DEMO_ORDERS), "block 1 too");
    }

    @Test
    void lastUpdateTimeAloneSetsTheUpdateTime() {
        String dateOnly = send(message(block(10001, "A", "<LastUpdateTime>20261130</LastUpdateTime>")));
        assertEquals("PROCESSED", outcomeOf(dateOnly));
        assertEquals(LocalDateTime.of(2026, 11, 30, 0, 0), updateTime(10001));

        String dateTime = send(message(block(10002, "A", "<LastUpdateTime>2026-11-30T08:15:42</LastUpdateTime>")));
        assertEquals("PROCESSED", outcomeOf(dateTime));
        assertEquals(LocalDateTime.of(2026, 11, 30, 8, 15, 42), updateTime(10002));

        String timeOfDay = send(message(
                block(10003, "A", "<LastUpdateDate>20261130</LastUpdateDate><LastUpdateTime>081542</LastUpdateTime>")));
        assertEquals("PROCESSED", outcomeOf(timeOfDay));
        assertEquals(LocalDateTime.of(2026, 11, 30, 8, 15, 42), updateTime(10003));
    }

    /** One OrderStatus block; {@code dateTimeReference} is put after the mandatory PlacedDate. */
    private static String block(long orderId, String status, String dateTimeReference) {
        return "<OrderStatus><OrderStatusHeader><OrderNumberByNC>" + orderId + "</OrderNumberByNC><Status>" + status
                + "</Status><DateTimeReference><PlacedDate>20261101</PlacedDate>" + dateTimeReference
                + "</DateTimeReference></OrderStatusHeader></OrderStatus>";
    }

    private static String message(String... blocks) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE Update_NC_OrderStatus SYSTEM \"Update_NC_OrderStatus_10.dtd\">\n"
                + "<Update_NC_OrderStatus version=\"1.0\"><ControlArea><Verb value=\"Update\">Update</Verb>"
                + "<Noun value=\"NC_OrderStatus\">NC_OrderStatus</Noun></ControlArea><DataArea>"
                + String.join("", blocks) + "</DataArea></Update_NC_OrderStatus>";
    }

    private static String send(String message) {
        return Queues.sendBytes(Queues.SERIAL, message.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Waits for the processing record, written in the transaction that applied or refused the message. */
    private static Object outcomeOf(String messageId) {
        String sql = "select OUTCOME from CI_INBOUND_MESSAGE where MSGID = ?";
        assertTrue(InServer.await(20_000, () -> Jdbc.queryValue(sql, messageId) != null), "message processed");
        return Jdbc.queryValue(sql, messageId);
    }

    private static String status(long ordersId) {
        Object status = Jdbc.queryValue(
                "select OSSTATUS from ORDSTAT where ORDERS_ID = ? and (OSVERNBR = 0 or OSVERNBR is null)", ordersId);
        return status == null ? null : status.toString().strip();
    }

    private static LocalDateTime updateTime(long ordersId) {
        Object time = Jdbc.queryValue(
                "select OSUPDTIME from ORDSTAT where ORDERS_ID = ? and (OSVERNBR = 0 or OSVERNBR is null)", ordersId);
        assertNotNull(time, "OSUPDTIME of order " + ordersId);
        return ((Timestamp) time).toLocalDateTime();
    }

    private static long count(String sql) {
        return ((Number) Jdbc.queryValue(sql)).longValue();
    }

    private static String reasonCode(Message message) {
        try {
            return message.getStringProperty(ErrorQueue.REASON_CODE);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reason(Message message) {
        try {
            return message.getStringProperty(ErrorQueue.REASON);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
