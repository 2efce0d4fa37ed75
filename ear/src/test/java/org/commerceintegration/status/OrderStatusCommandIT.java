package org.commerceintegration.status;

import static org.commerceintegration.status.StatusTables.assertRows;
import static org.commerceintegration.status.StatusTables.ordistat;
import static org.commerceintegration.status.StatusTables.ordstat;
import static org.commerceintegration.status.StatusTables.row;
import static org.commerceintegration.status.StatusTables.with;
import static org.commerceintegration.status.StatusVectors.MIDNIGHT;
import static org.commerceintegration.status.StatusVectors.day;
import static org.commerceintegration.status.StatusVectors.dec;
import static org.commerceintegration.status.StatusVectors.item;
import static org.commerceintegration.status.StatusVectors.orderStatus;
import static org.commerceintegration.status.StatusVectors.props;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.transaction.TransactionalException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OrderStatus command inside the server against the real tables: the spec's TV-1 and TV-3 as the mappers
 * produce them, with the exact ORDSTAT/ORDISTAT rows they leave; partial updates, aliases, updateMode C, every error
 * key with everything rolled back, no side effects on ORDERS, and the transaction contract.
 */
@ExtendWith(ArquillianExtension.class)
class OrderStatusCommandIT {

    static final Map<String, Object> TV1_ORDSTAT = row(
            "ORDERS_ID",
            10001L,
            "OSMORDER",
            "BE-2024-000123",
            "OSCPCUR",
            "USD",
            "OSPRTOT",
            dec("129.97"),
            "OSTXTOT",
            dec("10.40"),
            "OSSHTOT",
            dec("7.50"),
            "OSSHTXTOT",
            dec("0.60"),
            "OSSTATUS",
            "C",
            "OSPLTIME",
            day(3, 1),
            "OSSSTIME",
            day(3, 5),
            "OSASTIME",
            day(3, 6),
            "OSVERNBR",
            0);
    static final Map<String, Object> TV1_ORDISTAT = row(
            "ORDERS_ID",
            10001L,
            "OSMORDER",
            "BE-2024-000123",
            "ORDERITMES_ID",
            20002L,
            "OIMITEM",
            "BE-LINE-1",
            "OIQTCONFIRM",
            2,
            "OICPCUR",
            "USD",
            "OISTATUS",
            "S",
            "OIPLTIME",
            day(3, 1),
            "OISSTIME",
            day(3, 5),
            "OIASTIME",
            day(3, 6),
            "OIVERNBR",
            0);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(
                OrderStatusCommandIT.class, OrderStatusDriver.class, StatusTables.class, StatusVectors.class);
    }

    @EJB
    private OrderStatusDriver driver;

    @EJB
    private OrderStatusQueries queries;

    @BeforeEach
    @AfterEach
    void removeStatusOfDemoOrders() {
        StatusTables.clean();
    }

    @Test
    void tv1LegacyFirstStatusCreatesExactlyOneOrderAndOneItemRow() {
        assertEquals(10001L, driver.apply(StatusVectors.tv1()));

        assertRows(List.of(TV1_ORDSTAT), ordstat(10001));
        assertRows(List.of(TV1_ORDISTAT), ordistat(10001));
        assertRows(
                List.of(row("ORDERS_ID", 10001L, "FIELDNAME", "CARRIER", "FIELDVALUE", "UPS")),
                StatusTables.userData(10001));
        List<OrderUserDatum> userData = queries.userData(10001);
        assertEquals(1, userData.size());
        assertEquals("CARRIER", userData.get(0).getName());
        assertEquals("UPS", userData.get(0).getValue());
        assertEquals("C", queries.currentStatus(10001).orElseThrow().getStatus().strip());
    }

    @Test
    void tv3AsPublishedNamesAnItemOfAnotherOrderAndLeavesNothingBehind() {
        OrderStatusException e = assertThrows(OrderStatusException.class, () -> driver.apply(StatusVectors.tv3()));

        assertEquals(StatusErrorKeys.ORDERITEMID_MISMATCH, e.errorKey());
        assertTrue(e.getMessage().contains("order item 20003 is not an item of order 10001"), e.getMessage());
        assertEquals(List.of(), StatusTables.snapshot(), "the header and first item were rolled back with it");

        driver.apply(StatusVectors.tv1());
        List<Map<String, Object>> afterTv1 = StatusTables.snapshot();
        assertThrows(OrderStatusException.class, () -> driver.apply(StatusVectors.tv3()));
        assertEquals(afterTv1, StatusTables.snapshot(), "existing rows are untouched by the refused message");
    }

    @Test
    void tv3WithItemsOfTheOrderCreatesExactRows() {
        assertEquals(10001L, driver.apply(StatusVectors.tv3WithItemsOf10001()));

        assertRows(
                List.of(with(TV1_ORDSTAT, "FIELD1", 7, "FIELD2", dec("1.5"), "FIELD3", "warehouse EAST-2")),
                ordstat(10001));
        assertRows(
                List.of(
                        row(
                                "ORDERS_ID",
                                10001L,
                                "OSMORDER",
                                "BE-2024-000123",
                                "ORDERITMES_ID",
                                20001L,
                                "OIMITEM",
                                "BE-LINE-2",
                                "OIQTCONFIRM",
                                1,
                                "OIUNPRC",
                                dec("29.99"),
                                "OISTATUS",
                                "B",
                                "OISSTIME",
                                day(3, 20),
                                "OIVERNBR",
                                0),
                        row(
                                "ORDERS_ID",
                                10001L,
                                "OSMORDER",
                                "BE-2024-000123",
                                "ORDERITMES_ID",
                                20002L,
                                "OIMITEM",
                                "BE-LINE-1",
                                "OIQTCONFIRM",
                                2,
                                "OICPCUR",
                                "USD",
                                "OIUNPRC",
                                dec("49.99"),
                                "OIPRTOT",
                                dec("99.98"),
                                "OITXTOT",
                                dec("8.00"),
                                "OISTATUS",
                                "S",
                                "OISSTIME",
                                day(3, 5),
                                "OIASTIME",
                                day(3, 6),
                                "OICMNT",
                                "Left at front desk",
                                "OIVERNBR",
                                0)),
                ordistat(10001));
        assertRows(
                List.of(row("ORDERS_ID", 10001L, "FIELDNAME", "CARRIER", "FIELDVALUE", "UPS")),
                StatusTables.userData(10001));
        assertTrue(StatusTables.ordstat(10002).isEmpty());
    }

    @Test
    void absentParametersLeaveTheirColumnsUnchanged() {
        driver.apply(StatusVectors.tv1());

        driver.apply(orderStatus(
                props("orderId", "10001", "orderStatus", "S", "comment", "left the warehouse"),
                item("orderItemId", "20002", "orderItemStatus", "D")));
        assertRows(List.of(with(TV1_ORDSTAT, "OSSTATUS", "S", "OSCMNT", "left the warehouse")), ordstat(10001));
        assertRows(List.of(with(TV1_ORDISTAT, "OISTATUS", "D")), ordistat(10001));

        driver.apply(orderStatus(
                props("merchantOrderNumber", "BE-2024-000123", "taxTotal", "11"),
                item("merchantItemNumber", "BE-LINE-1", "quantityShipped", "2")));
        assertRows(
                List.of(with(TV1_ORDSTAT, "OSSTATUS", "S", "OSCMNT", "left the warehouse", "OSTXTOT", dec("11"))),
                ordstat(10001));
        assertRows(List.of(with(TV1_ORDISTAT, "OISTATUS", "D", "OIQTSHIP", 2)), ordistat(10001));
    }

    @Test
    void everyColumnOfTheWcsMessagesIsWrittenAndTheAliasesAreAccepted() {
        driver.apply(orderStatus(
                props(
                        "orderId",
                        "10002",
                        "merchantOrderNumber",
                        "M-10002",
                        "currency",
                        "USD",
                        "priceTotal",
                        "58.50",
                        "taxTotal",
                        "4.68",
                        "shippingTotal",
                        "5",
                        "shipingTaxTotal",
                        "0.40",
                        "orderStatus",
                        "I",
                        "placeDateTime",
                        "2024-03-02 09:05:00.000000",
                        "requestShipDateTime",
                        "2024-03-03" + MIDNIGHT,
                        "scheduleShipDateTime",
                        "2024-03-04" + MIDNIGHT,
                        "actualShipDateTime",
                        "2024-03-05 16:30:00.250000",
                        "invoiceDateTime",
                        "2024-03-06" + MIDNIGHT,
                        "invoiceValue",
                        "68.58",
                        "shipCondition",
                        "SC",
                        "shippingModeFlag",
                        "I",
                        "lastUpdateTimestamp",
                        "2024-03-06 10:00:00.123456",
                        "sequenceNumber",
                        "A-1",
                        "comment",
                        "invoiced",
                        "field1",
                        "-3",
                        "field2",
                        "0.00001",
                        "field3",
                        "f3",
                        "orderStatusText",
                        "Invoiced",
                        "statusFlag",
                        "O",
                        "sellingTotal",
                        "70",
                        "orgName",
                        "Acme"),
                item(
                        "orderItemId",
                        "20003",
                        "merchantItemNumber",
                        "BE-M-1",
                        "partNumber",
                        "SKU-BOOK-01",
                        "quantityRequested",
                        "3",
                        "quantityConfirmed",
                        "3",
                        "quantityShipped",
                        "2",
                        "currency",
                        "USD",
                        "unitPrice",
                        "19.50",
                        "priceTotal",
                        "58.50",
                        "taxTotal",
                        "4.68",
                        "shippingTotal",
                        "5",
                        "shipingTaxTotal",
                        "0.4",
                        "orderItemStatus",
                        "SP",
                        "placeDateTime",
                        "2024-03-02" + MIDNIGHT,
                        "requestShipDateTime",
                        "2024-03-03" + MIDNIGHT,
                        "scheduleShipDateTime",
                        "2024-03-04" + MIDNIGHT,
                        "actualShipDateTime",
                        "2024-03-05" + MIDNIGHT,
                        "invoiceDateTime",
                        "2024-03-06" + MIDNIGHT,
                        "invoiceValue",
                        "68.58",
                        "shipCondition",
                        "SP",
                        "itemComment",
                        "one to follow",
                        "field1",
                        "1",
                        "field2",
                        "2",
                        "field3",
                        "3",
                        "serialNumber",
                        "SN-1",
                        "orderItemStatusText",
                        "Partly shipped",
                        "sellingTotal",
                        "60")));

        assertRows(
                List.of(row(
                        "ORDERS_ID",
                        10002L,
                        "OSMORDER",
                        "M-10002",
                        "OSCPCUR",
                        "USD",
                        "OSPRTOT",
                        dec("58.50"),
                        "OSTXTOT",
                        dec("4.68"),
                        "OSSHTOT",
                        dec("5"),
                        "OSSHTXTOT",
                        dec("0.40"),
                        "OSSTATUS",
                        "I",
                        "OSPLTIME",
                        java.time.LocalDateTime.of(2024, 3, 2, 9, 5),
                        "OSRSTIME",
                        day(3, 3),
                        "OSSSTIME",
                        day(3, 4),
                        "OSASTIME",
                        java.time.LocalDateTime.of(2024, 3, 5, 16, 30, 0, 250_000_000),
                        "OSINVTIME",
                        day(3, 6),
                        "OSINVVAL",
                        dec("68.58"),
                        "OSSCOND",
                        "SC",
                        "OSSMFLAG",
                        "I",
                        "OSVERNBR",
                        0,
                        "OSUPDTIME",
                        java.time.LocalDateTime.of(2024, 3, 6, 10, 0, 0, 123_456_000),
                        "OSSEQNUM",
                        "A-1",
                        "OSCMNT",
                        "invoiced",
                        "FIELD1",
                        -3,
                        "FIELD2",
                        dec("0.00001"),
                        "FIELD3",
                        "f3")),
                ordstat(10002));
        assertRows(
                List.of(row(
                        "ORDERS_ID",
                        10002L,
                        "OSMORDER",
                        "M-10002",
                        "ORDERITMES_ID",
                        20003L,
                        "OIMITEM",
                        "BE-M-1",
                        "PARTNUMBER",
                        "SKU-BOOK-01",
                        "OIQTREQUEST",
                        3,
                        "OIQTCONFIRM",
                        3,
                        "OIQTSHIP",
                        2,
                        "OICPCUR",
                        "USD",
                        "OIUNPRC",
                        dec("19.50"),
                        "OIPRTOT",
                        dec("58.50"),
                        "OITXTOT",
                        dec("4.68"),
                        "OISHTOT",
                        dec("5"),
                        "OISHTXTOT",
                        dec("0.4"),
                        "OISTATUS",
                        "SP",
                        "OIPLTIME",
                        day(3, 2),
                        "OIRSTIME",
                        day(3, 3),
                        "OISSTIME",
                        day(3, 4),
                        "OIASTIME",
                        day(3, 5),
                        "OIINVTIME",
                        day(3, 6),
                        "OIINVVAL",
                        dec("68.58"),
                        "OIVERNBR",
                        0,
                        "OISCOND",
                        "SP",
                        "OICMNT",
                        "one to follow",
                        "FIELD1",
                        1,
                        "FIELD2",
                        dec("2"),
                        "FIELD3",
                        "3")),
                ordistat(10002));
    }

    @Test
    void itemUserDataIsKeptWithItsItem() {
        CommandInvocation tv1 = StatusVectors.tv1();
        CommandInvocation withItemData = new CommandInvocation(
                tv1.commandName(),
                tv1.messageType(),
                Map.of(),
                tv1.properties(),
                props("CARRIER", "UPS", "TRACKING", "1Z999"),
                List.of(
                        new CommandInvocation.ItemProperties(tv1.items().get(0).properties(), Map.of("GIFT", "Y")),
                        new CommandInvocation.ItemProperties(
                                props("merchantItemNumber", "BE-LINE-7"), Map.of("NOTE", "by number only"))));

        driver.apply(withItemData);

        assertRows(
                List.of(
                        row("ORDERS_ID", 10001L, "FIELDNAME", "CARRIER", "FIELDVALUE", "UPS"),
                        row("ORDERS_ID", 10001L, "FIELDNAME", "TRACKING", "FIELDVALUE", "1Z999"),
                        row(
                                "ORDERS_ID",
                                10001L,
                                "ORDERITEMS_ID",
                                20002L,
                                "OIMITEM",
                                "BE-LINE-1",
                                "FIELDNAME",
                                "GIFT",
                                "FIELDVALUE",
                                "Y"),
                        row(
                                "ORDERS_ID",
                                10001L,
                                "OIMITEM",
                                "BE-LINE-7",
                                "FIELDNAME",
                                "NOTE",
                                "FIELDVALUE",
                                "by number only")),
                StatusTables.userData(10001));
        List<OrderUserDatum> read = queries.userData(10001);
        assertEquals(
                List.of("CARRIER", "TRACKING", "GIFT", "NOTE"),
                read.stream().map(OrderUserDatum::getName).toList());
        assertTrue(read.get(2).isItemData());
        assertNull(read.get(0).getOrderItemId());
    }

    @Test
    void updateModeCompleteNeedsAStatusForEveryItemOfTheOrder() {
        OrderStatusException e = assertThrows(
                OrderStatusException.class,
                () -> driver.apply(orderStatus(
                        props("orderId", "10003", "orderStatus", "S", "updateMode", "C"),
                        item("orderItemId", "20005", "orderItemStatus", "S"))));
        assertEquals(StatusErrorKeys.ITEMS_INCOMPLETE, e.errorKey());
        assertTrue(e.getMessage().contains("missing: [20004, 20006]"), e.getMessage());
        assertEquals(List.of(), StatusTables.snapshot());

        driver.apply(orderStatus(
                props("orderId", "10003", "orderStatus", "S", "updateMode", "C"),
                item("orderItemId", "20004", "orderItemStatus", "S"),
                item("orderItemId", "20005", "orderItemStatus", "S"),
                item("orderItemId", "20006", "merchantItemNumber", "BE-6", "orderItemStatus", "S")));
        assertEquals(3, ordistat(10003).size());

        driver.apply(orderStatus(
                props("orderId", "10003", "orderStatus", "X", "updateMode", "C"),
                item("orderItemId", "20004", "orderItemStatus", "X"),
                item("orderItemId", "20005", "orderItemStatus", "X"),
                item("merchantItemNumber", "BE-6", "orderItemStatus", "X")));
        assertEquals(
                List.of("X", "X", "X"),
                ordistat(10003).stream().map(r -> r.get("OISTATUS")).toList(),
                "an item named by its merchant item number counts for its recorded order item");
    }

    @Test
    void everyErrorKeyRefusesTheWholeMessage() {
        driver.apply(StatusVectors.tv1());
        List<Map<String, Object>> before = StatusTables.snapshot();
        Map<CommandInvocation, String> cases = new LinkedHashMap<>();
        cases.put(orderStatus(props("orderStatus", "C")), StatusErrorKeys.PARAMS);
        cases.put(
                orderStatus(props("orderId", "10002", "merchantOrderNumber", "BE-2024-000123")),
                StatusErrorKeys.ORDERID_MISMATCH);
        cases.put(
                orderStatus(props("orderId", "10001", "merchantOrderNumber", "BE-2024-999999")),
                StatusErrorKeys.ORDER_NUMBER_MISMATCH);
        cases.put(
                orderStatus(props("merchantOrderNumber", "BE-NOT-KNOWN", "orderStatus", "C")),
                StatusErrorKeys.ORDER_NOT_EXIST);
        cases.put(
                orderStatus(props("merchantOrderNumber", "M-10002", "orderStatus", "C")),
                StatusErrorKeys.ORDER_NOT_EXIST);
        cases.put(orderStatus(props("orderId", "99999", "orderStatus", "C")), StatusErrorKeys.UNKNOWN_ORDER);
        cases.put(orderStatus(props("orderId", "10001", "priceTotal", "12O.97")), StatusErrorKeys.INVALID_NUMERIC);
        cases.put(orderStatus(props("orderId", "1000I")), StatusErrorKeys.INVALID_NUMERIC);
        cases.put(
                orderStatus(props("orderId", "10001"), item("orderItemId", "20002", "quantityConfirmed", "two")),
                StatusErrorKeys.INVALID_NUMERIC);
        cases.put(
                orderStatus(props("orderId", "10001", "placeDateTime", "20240301")), StatusErrorKeys.INVALID_TIMESTAMP);
        cases.put(orderStatus(props("orderId", "10001", "currency", "US DOLLARS!")), StatusErrorKeys.INVALID_VALUE);
        cases.put(orderStatus(props("orderId", "10001", "orderStatus", "S".repeat(33))), StatusErrorKeys.INVALID_VALUE);
        cases.put(orderStatus(props("orderId", "10001", "updateMode", "X")), StatusErrorKeys.INVALID_VALUE);
        cases.put(orderStatus(props("orderId", "10001", "versioning", "YES")), StatusErrorKeys.INVALID_VALUE);
        cases.put(orderStatus(props("orderId", "10001"), item("orderItemStatus", "S")), StatusErrorKeys.ITEM_PARAMS);
        cases.put(
                orderStatus(props("orderId", "10001"), item("orderItemId", "20003")),
                StatusErrorKeys.ORDERITEMID_MISMATCH);
        cases.put(
                orderStatus(props("orderId", "10001"), item("orderItemId", "99999")),
                StatusErrorKeys.ORDERITEMID_MISMATCH);
        cases.put(
                orderStatus(props("orderId", "10001"), item("orderItemId", "20001", "merchantItemNumber", "BE-LINE-1")),
                StatusErrorKeys.ORDERITEMID_MISMATCH); // BE-LINE-1 is recorded for 20002
        cases.put(
                orderStatus(
                        props("orderId", "10001"),
                        item("orderItemId", "20002", "merchantItemNumber", "BE-LINE-1"),
                        item("orderItemId", "20001", "merchantItemNumber", "BE-LINE-1")),
                StatusErrorKeys.ORDERITEMID_MISMATCH);
        cases.put(
                orderStatus(props("orderId", "10001"), item("orderItemId", "20002", "merchantItemNumber", "BE-LINE-9")),
                StatusErrorKeys.ORDERITEM_NUMBER_MISMATCH);
        cases.put(
                orderStatus(
                        props("orderId", "10001", "orderStatus", "S"),
                        item("orderItemId", "20002", "orderItemStatus", "S"),
                        item("orderItemId", "20003")),
                StatusErrorKeys.ORDERITEMID_MISMATCH);
        cases.put(
                orderStatus(props("orderId", "10001", "updateMode", "C"), item("orderItemId", "20002")),
                StatusErrorKeys.ITEMS_INCOMPLETE);

        for (Map.Entry<CommandInvocation, String> c : cases.entrySet()) {
            OrderStatusException e = assertThrows(
                    OrderStatusException.class,
                    () -> driver.apply(c.getKey()),
                    c.getKey().properties() + " " + c.getKey().items());
            assertEquals(c.getValue(), e.errorKey(), e.getMessage());
            assertTrue(e.getMessage().startsWith(c.getValue() + ": "), e.getMessage());
            assertEquals(before, StatusTables.snapshot(), "nothing written by " + e.getMessage());
        }
    }

    @Test
    void anItemFirstKnownByItsMerchantNumberKeepsTheOrderItemIdItIsGivenLater() {
        driver.apply(orderStatus(
                props("orderId", "10001"), item("merchantItemNumber", "BE-LINE-5", "orderItemStatus", "S")));
        assertNull(ordistat(10001).get(0).get("ORDERITMES_ID"));

        driver.apply(orderStatus(
                props("orderId", "10001"), item("orderItemId", "20001", "merchantItemNumber", "BE-LINE-5")));
        assertEquals(1, ordistat(10001).size(), "the id completes the row rather than adding one");
        assertEquals(20001L, ordistat(10001).get(0).get("ORDERITMES_ID"));
        assertEquals("S", ordistat(10001).get(0).get("OISTATUS"));

        OrderStatusException e = assertThrows(
                OrderStatusException.class,
                () -> driver.apply(orderStatus(
                        props("orderId", "10001"), item("orderItemId", "20002", "merchantItemNumber", "BE-LINE-5"))));
        assertEquals(StatusErrorKeys.ORDERITEMID_MISMATCH, e.errorKey(), e.getMessage());
        assertTrue(e.getMessage().contains("recorded for order item 20001"), e.getMessage());
    }

    @Test
    void laterMessagesMayNameTheOrderByMerchantOrderNumberOnly() {
        OrderStatusException first = assertThrows(
                OrderStatusException.class,
                () -> driver.apply(orderStatus(props("merchantOrderNumber", "BE-2024-000123", "orderStatus", "C"))));
        assertEquals(StatusErrorKeys.ORDER_NOT_EXIST, first.errorKey(), "a first status needs the order id");

        driver.apply(StatusVectors.tv1());
        assertEquals(
                10001L, driver.apply(orderStatus(props("merchantOrderNumber", "BE-2024-000123", "orderStatus", "X"))));
        assertEquals("X", ordstat(10001).get(0).get("OSSTATUS"));
    }

    @Test
    void ordersAndOrderItemsAreNeverWritten() {
        List<Map<String, Object>> orders = StatusTables.query("select * from ORDERS where ORDERS_ID = 10001");
        List<Map<String, Object>> items =
                StatusTables.query("select * from ORDERITEMS where ORDERS_ID = 10001" + " order by ORDERITEMS_ID");

        driver.apply(StatusVectors.tv1());
        driver.apply(StatusVectors.tv3WithItemsOf10001());
        driver.apply(StatusVectors.tv5());

        assertEquals(
                orders,
                StatusTables.query("select * from ORDERS where ORDERS_ID = 10001"),
                "ORDERS including STATUS, LASTUPDATE and OPTCOUNTER");
        assertEquals(
                items, StatusTables.query("select * from ORDERITEMS where ORDERS_ID = 10001 order by ORDERITEMS_ID"));
    }

    @Test
    void aFailureMarksTheMessagesTransactionRollbackOnlyEvenWhenTheCallerCatchesIt() {
        assertTrue(driver.failureLeavesTransactionRollbackOnly(StatusVectors.tv3()));
        assertEquals(List.of(), StatusTables.snapshot());
    }

    @Test
    void aTransactionIsRequired() {
        EJBException e = assertThrows(EJBException.class, () -> driver.applyWithoutTransaction(StatusVectors.tv1()));
        Throwable cause = e;
        while (cause != null && !(cause instanceof TransactionalException)) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof TransactionalException, "TransactionalException expected: " + e);
        assertEquals(List.of(), StatusTables.snapshot());
    }
}
