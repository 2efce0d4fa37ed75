package org.commerceintegration.inbound;

import static org.commerceintegration.testsupport.InboundRecords.awaitOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Message;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.LogWatch;
import org.commerceintegration.testsupport.Queues;
import org.commerceintegration.testsupport.StatusMessages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every inbound format end to end through the queues (legacy 01, TV-3 with its DOCTYPE, the WCS 2.0 and 3.0
 * forms), and transient failures: redelivered, and bounded by the delivery count.
 */
@ExtendWith(ArquillianExtension.class)
class InboundVectorsIT {

    private static final String TV3_FOR_10001 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE Update_NC_OrderStatus SYSTEM "Update_NC_OrderStatus_10.dtd">
            <Update_NC_OrderStatus version="1.0">
              <ControlArea>
                <Verb value="Update">Update</Verb>
                <Noun value="NC_OrderStatus">NC_OrderStatus</Noun>
                <Credentials><LogonId>wcsadmin</LogonId><Password>********</Password></Credentials>
              </ControlArea>
              <DataArea><OrderStatus>
                <OrderStatusHeader>
                  <OrderNumberByBackend>BE-10001</OrderNumberByBackend>
                  <OrderNumberByNC>10001</OrderNumberByNC>
                  <TotalPriceInfo currency="USD"><TotalNetPrice>129.97</TotalNetPrice><TotalTaxPrice>10.40</TotalTaxPrice>
                    <TotalShippingPrice>7.50</TotalShippingPrice><TotalTaxOnShippingPrice>0.60</TotalTaxOnShippingPrice></TotalPriceInfo>
                  <Status>C</Status>
                  <DateTimeReference><PlacedDate>20240301</PlacedDate></DateTimeReference>
                  <ShipDateReference><ScheduledShipDate>20240305</ScheduledShipDate><ActualShipDate>20240306</ActualShipDate></ShipDateReference>
                  <CustomerField>7</CustomerField><CustomerField>1.5</CustomerField><CustomerField>warehouse EAST-2</CustomerField>
                  <UserData><UserDataField name="CARRIER">UPS</UserDataField></UserData>
                </OrderStatusHeader>
                <OrderStatusItem>
                  <ItemNumberByBackend>BE-LINE-1</ItemNumberByBackend><ItemNumberByNC>20002</ItemNumberByNC>
                  <Quantity>2</Quantity><ItemUnitPrice>49.99</ItemUnitPrice>
                  <TotalPriceInfo currency="USD"><TotalNetPrice>99.98</TotalNetPrice><TotalTaxPrice>8.00</TotalTaxPrice></TotalPriceInfo>
                  <Status>S</Status>
                  <ShipDateReference><ScheduledShipDate>20240305</ScheduledShipDate><ActualShipDate>20240306</ActualShipDate></ShipDateReference>
                  <Instruction>Left at front desk</Instruction>
                </OrderStatusItem>
              </OrderStatus></DataArea>
            </Update_NC_OrderStatus>
            """;

    private static final String WCS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Update_WCS_OrderStatus version="%s">
              <ControlArea><Verb value="Update">Update</Verb><Noun value="WCS_OrderStatus">WCS_OrderStatus</Noun>%s</ControlArea>
              <DataArea><%s>
                <SerializationInfo><SequenceNumber>%d</SequenceNumber></SerializationInfo>
                <OrderStatusHeader><OrderNumber type="ByWCS">10003</OrderNumber>%s</OrderStatusHeader>
              </%s></DataArea>
            </Update_WCS_OrderStatus>
            """;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(InboundVectorsIT.class);
    }

    @BeforeEach
    void clearStatus() {
        Jdbc.execute("delete from ORDISTAT where ORDERS_ID in (10001, 10002, 10003)");
        Jdbc.execute("delete from ORDSTAT where ORDERS_ID in (10001, 10002, 10003)");
    }

    @Test
    void legacyVersion01() throws Exception {
        String id = Queues.sendBytes(
                Queues.SERIAL,
                StatusMessages.legacyV1(10002, 20003, "V01", "B").getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertEquals("PROCESSED", awaitOutcome(id));
        assertEquals("V01", Jdbc.queryValue("select OSSTATUS from ORDSTAT where ORDERS_ID = 10002"));
        assertEquals("B", Jdbc.queryValue("select OISTATUS from ORDISTAT where ORDERITMES_ID = 20003"));
        assertNull(
                Jdbc.queryValue("select OICPCUR from ORDISTAT where ORDERITMES_ID = 20003"), "01 has no item currency");
        assertEquals("OS 01", Jdbc.queryValue("select MSGTYPE from CI_INBOUND_MESSAGE where MSGID = ?", id));
    }

    @Test
    void tv3WithDoctypeForTheItemsOfOrder10001() throws Exception {
        String id = Queues.sendText(Queues.SERIAL, TV3_FOR_10001);
        assertEquals("PROCESSED", awaitOutcome(id));
        assertEquals("C", Jdbc.queryValue("select OSSTATUS from ORDSTAT where ORDERS_ID = 10001"));
        assertEquals(7, ((Number) Jdbc.queryValue("select FIELD1 from ORDSTAT where ORDERS_ID = 10001")).intValue());
        assertEquals(0, new BigDecimal("1.5").compareTo((BigDecimal)
                        Jdbc.queryValue("select FIELD2 from ORDSTAT where ORDERS_ID = 10001")));
        assertEquals("warehouse EAST-2", Jdbc.queryValue("select FIELD3 from ORDSTAT where ORDERS_ID = 10001"));
        assertEquals(
                Timestamp.valueOf(LocalDateTime.of(2024, 3, 6, 0, 0)),
                Jdbc.queryValue("select OSASTIME from ORDSTAT where ORDERS_ID = 10001"));
        assertEquals("Left at front desk", Jdbc.queryValue("select OICMNT from ORDISTAT where ORDERITMES_ID = 20002"));
        assertEquals(0, new BigDecimal("49.99").compareTo((BigDecimal)
                        Jdbc.queryValue("select OIUNPRC from ORDISTAT where ORDERITMES_ID = 20002")));
        assertEquals(
                "Update_NC_OrderStatus 1.0",
                Jdbc.queryValue("select MSGTYPE from CI_INBOUND_MESSAGE where MSGID = ?", id));
    }

    @Test
    void wcsVersions20And30SelectTheirCommands() throws Exception {
        String confirm = Queues.sendText(
                Queues.SERIAL,
                WCS.formatted(
                        "2.0",
                        "<Credentials><LogonId>wcsadmin</LogonId><Password>x</Password></Credentials>",
                        "OrderConfirm",
                        1,
                        "",
                        "OrderConfirm"));
        assertEquals("PROCESSED", awaitOutcome(confirm));
        assertEquals(
                "C",
                Jdbc.queryValue("select OSSTATUS from ORDSTAT where ORDERS_ID = 10003"),
                "OrderConfirmStatus defaults to C");
        assertEquals(
                "OrderConfirmStatus",
                Jdbc.queryValue("select COMMANDNAME from CI_INBOUND_MESSAGE where MSGID = ?", confirm));

        String shipping = Queues.sendText(
                Queues.SERIAL,
                WCS.formatted(
                        "3.0",
                        "",
                        "OrderShipping",
                        2,
                        "<Status StatusCondition=\"S\">Shipped</Status><ShippingInfo ShipCondition=\"SP\"><ActualShipDate>2024-03-06T09:15:00.000000</ActualShipDate></ShippingInfo>",
                        "OrderShipping"));
        assertEquals("PROCESSED", awaitOutcome(shipping));
        assertEquals("S", Jdbc.queryValue("select OSSTATUS from ORDSTAT where ORDERS_ID = 10003"));
        assertEquals("SP", Jdbc.queryValue("select OSSCOND from ORDSTAT where ORDERS_ID = 10003"));
        assertEquals("2", Jdbc.queryValue("select OSSEQNUM from ORDSTAT where ORDERS_ID = 10003"));

        String obsolete =
                Queues.sendText(Queues.SERIAL, WCS.formatted("3.0", "", "OrderInvoice", 1, "", "OrderInvoice"));
        Message refused = Queues.receiveCorrelated(Queues.ERROR, obsolete, 30_000);
        assertNotNull(refused, "an obsolete sequence number is refused");
        assertEquals("_ERR_OS_SEQUENCE", refused.getStringProperty(ErrorQueue.REASON_CODE));
    }

    @Test
    void transientFailureIsRedeliveredAndSucceedsOnceTheLockIsGone() throws Exception {
        try (Connection lock = Jdbc.dataSource().getConnection();
                Statement statement = lock.createStatement();
                LogWatch dispatcherLog = LogWatch.on(InboundDispatcher.class)) {
            lock.setAutoCommit(false);
            statement.executeUpdate("update ORDERS set DESCRIPTION = DESCRIPTION where ORDERS_ID = 10002");
            String id = Queues.sendBytes(
                    Queues.SERIAL,
                    StatusMessages.legacyV2(10002, 20003, "AFTER-LOCK", "S").getBytes(StandardCharsets.UTF_8),
                    Map.of());
            // The first delivery waits for the lock until the lock wait timeout, fails and asks for a redelivery.
            assertTrue(
                    dispatcherLog.await(
                            Duration.ofSeconds(60),
                            m -> m.contains(id) && m.contains("(delivery 1 of") && m.contains("will be redelivered")),
                    "the first delivery failed on the lock: " + dispatcherLog.messages());
            lock.rollback();
            assertEquals("PROCESSED", awaitOutcome(id));
            assertTrue(
                    ((Number) Jdbc.queryValue("select DELIVERYCOUNT from CI_INBOUND_MESSAGE where MSGID = ?", id))
                                    .intValue()
                            >= 2,
                    "applied on a redelivery");
            assertEquals("AFTER-LOCK", Jdbc.queryValue("select OSSTATUS from ORDSTAT where ORDERS_ID = 10002"));
        }
    }

    @Test
    void redeliveryIsBoundedThenTheMessageGoesToTheErrorQueue() throws Exception {
        try (Connection lock = Jdbc.dataSource().getConnection();
                Statement statement = lock.createStatement()) {
            lock.setAutoCommit(false);
            statement.executeUpdate("update ORDERS set DESCRIPTION = DESCRIPTION where ORDERS_ID = 10001");
            String id = Queues.sendBytes(
                    Queues.SERIAL,
                    StatusMessages.legacyV2(10001, 20001, "NEVER", "S").getBytes(StandardCharsets.UTF_8),
                    Map.of());
            Message copy = Queues.receiveCorrelated(Queues.ERROR, id, 150_000);
            lock.rollback();
            assertNotNull(copy, "on the error queue once the deliveries are used up");
            assertEquals(5, copy.getIntProperty(ErrorQueue.DELIVERY_COUNT));
            assertTrue(
                    copy.getStringProperty(ErrorQueue.REASON).startsWith("Gave up after 5 deliveries"),
                    copy.getStringProperty(ErrorQueue.REASON));
            assertNull(Jdbc.queryValue("select OSSTATUS from ORDSTAT where ORDERS_ID = 10001"));
        }
    }
}
