package org.commerceintegration.status;

import static org.commerceintegration.status.OrderStatusCommandIT.TV1_ORDISTAT;
import static org.commerceintegration.status.OrderStatusCommandIT.TV1_ORDSTAT;
import static org.commerceintegration.status.StatusTables.assertRows;
import static org.commerceintegration.status.StatusTables.ordistat;
import static org.commerceintegration.status.StatusTables.ordstat;
import static org.commerceintegration.status.StatusTables.row;
import static org.commerceintegration.status.StatusTables.with;
import static org.commerceintegration.status.StatusVectors.day;
import static org.commerceintegration.status.StatusVectors.dec;
import static org.commerceintegration.status.StatusVectors.item;
import static org.commerceintegration.status.StatusVectors.message;
import static org.commerceintegration.status.StatusVectors.orderStatus;
import static org.commerceintegration.status.StatusVectors.props;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.registry.CommandRegistry;
import org.commerceintegration.registry.CommandResolutionException;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.Jdbc;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Versioning, serialization and the variants of the OrderStatus command in the server: TV-5 after TV-1 keeps
 * history and refuses its own duplicate; history numbering (G-9); 100 sequential updates; obsolete and duplicate
 * serialization info (G-23, G-30); OrderConfirm/Shipping/Invoice defaults and their CMDREG rows; resolution for the
 * order's store; concurrent messages for one order.
 */
@ExtendWith(ArquillianExtension.class)
class OrderStatusHistoryIT {

    private static final String ORDER_STATUS_CMD = "com.ibm.commerce.messaging.commands.OrderStatusCmd";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(
                OrderStatusHistoryIT.class,
                OrderStatusCommandIT.class,
                OrderStatusDriver.class,
                StatusTables.class,
                StatusVectors.class);
    }

    @EJB
    private OrderStatusDriver driver;

    @EJB
    private OrderStatusQueries queries;

    @EJB
    private CommandRegistry registry;

    @BeforeEach
    void removeStatusOfDemoOrders() {
        StatusTables.clean();
    }

    @AfterEach
    void cleanUp() {
        StatusTables.clean();
        if (Jdbc.execute("delete from CMDREG where STOREENT_ID = 10101") > 0) {
            registry.reload();
        }
    }

    @Test
    void tv5AsFirstStatusRecordsSerializationAndShipping() {
        assertEquals(10001L, driver.apply(StatusVectors.tv5()));

        assertRows(
                List.of(row(
                        "ORDERS_ID",
                        10001L,
                        "OSMORDER",
                        "BE-2024-000123",
                        "OSSTATUS",
                        "S",
                        "OSASTIME",
                        day(3, 6),
                        "OSSCOND",
                        "SP",
                        "OSSMFLAG",
                        "O",
                        "OSVERNBR",
                        0,
                        "OSUPDTIME",
                        LocalDateTime.of(2024, 3, 6, 9, 15),
                        "OSSEQNUM",
                        "42")),
                ordstat(10001));
        assertRows(
                List.of(row(
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
                        "OIQTSHIP",
                        2,
                        "OISTATUS",
                        "S",
                        "OIVERNBR",
                        0)),
                ordistat(10001));
    }

    @Test
    void tv5AfterTv1KeepsTheTv1StateAsHistoryAndRefusesItsOwnDuplicate() {
        driver.apply(StatusVectors.tv1());
        driver.apply(StatusVectors.tv5());

        List<Map<String, Object>> expectedOrder = List.of(
                with(
                        TV1_ORDSTAT,
                        "OSSTATUS",
                        "S",
                        "OSSCOND",
                        "SP",
                        "OSSMFLAG",
                        "O",
                        "OSUPDTIME",
                        LocalDateTime.of(2024, 3, 6, 9, 15),
                        "OSSEQNUM",
                        "42"),
                with(TV1_ORDSTAT, "OSVERNBR", 1));
        List<Map<String, Object>> expectedItems =
                List.of(with(TV1_ORDISTAT, "OIQTSHIP", 2), with(TV1_ORDISTAT, "OIVERNBR", 1));
        assertRows(expectedOrder, ordstat(10001));
        assertRows(expectedItems, ordistat(10001));
        List<Map<String, Object>> after = StatusTables.snapshot();

        OrderStatusException duplicate =
                assertThrows(OrderStatusException.class, () -> driver.apply(StatusVectors.tv5()));
        assertEquals(StatusErrorKeys.SEQUENCE, duplicate.errorKey());
        assertTrue(duplicate.getMessage().contains("duplicate"), duplicate.getMessage());
        assertEquals(after, StatusTables.snapshot(), "no second history row, nothing changed");
    }

    @Test
    void historyIsNumberedSoTheNewestHistoryRowHasTheHighestNumber() {
        for (String state : List.of("A", "B", "C", "D")) {
            driver.apply(orderStatus(
                    props("orderId", "10002", "versioning", "TRUE", "orderStatus", state),
                    item("orderItemId", "20003", "orderItemStatus", state.toLowerCase())));
        }
        assertEquals(
                List.of(List.of(0, "D"), List.of(1, "A"), List.of(2, "B"), List.of(3, "C")),
                versions(ordstat(10002), "OSVERNBR", "OSSTATUS"));
        assertEquals(
                List.of(List.of(0, "d"), List.of(1, "a"), List.of(2, "b"), List.of(3, "c")),
                versions(ordistat(10002), "OIVERNBR", "OISTATUS"));

        driver.apply(orderStatus(
                props("orderId", "10002", "orderStatus", "E"), item("orderItemId", "20003", "orderItemStatus", "e")));
        assertEquals(
                List.of(List.of(0, "E"), List.of(1, "A"), List.of(2, "B"), List.of(3, "C")),
                versions(ordstat(10002), "OSVERNBR", "OSSTATUS"),
                "versioning FALSE updates in place");

        driver.apply(orderStatus(
                props("orderId", "10002", "versioning", "TRUE", "orderStatus", "F"),
                item("orderItemId", "20003", "orderItemStatus", "f", "versioning", "FALSE")));
        assertEquals(
                List.of(List.of(0, "F"), List.of(1, "A"), List.of(2, "B"), List.of(3, "C"), List.of(4, "E")),
                versions(ordstat(10002), "OSVERNBR", "OSSTATUS"));
        assertEquals(
                List.of(List.of(0, "f"), List.of(1, "a"), List.of(2, "b"), List.of(3, "c")),
                versions(ordistat(10002), "OIVERNBR", "OISTATUS"),
                "the item's own Versioning=FALSE wins");

        assertEquals("F", queries.currentStatus(10002).orElseThrow().getStatus().strip());
        assertEquals(
                List.of("E", "C", "B", "A"),
                queries.statusHistory(10002).stream()
                        .map(s -> s.getStatus().strip())
                        .toList(),
                "newest first");
        assertEquals(
                List.of("f"),
                queries.currentItemStatuses(10002).stream()
                        .map(s -> s.getStatus().strip())
                        .toList());
        assertEquals(
                List.of("c", "b", "a"),
                queries.itemStatusHistory(10002).stream()
                        .map(s -> s.getStatus().strip())
                        .toList());
    }

    @Test
    void aHundredSequentialUpdatesEndInTheLastState() {
        for (int n = 1; n <= 100; n++) {
            driver.apply(sequenced(n));
        }

        assertRows(
                List.of(row(
                        "ORDERS_ID",
                        10003L,
                        "OSPRTOT",
                        dec("100.25"),
                        "OSSTATUS",
                        "S100",
                        "OSVERNBR",
                        0,
                        "OSSEQNUM",
                        "100")),
                ordstat(10003));
        assertRows(
                List.of(row(
                        "ORDERS_ID",
                        10003L,
                        "ORDERITMES_ID",
                        20004L,
                        "OIQTSHIP",
                        100,
                        "OISTATUS",
                        "I100",
                        "OIVERNBR",
                        0)),
                ordistat(10003));

        List<Map<String, Object>> last = StatusTables.snapshot();
        for (int stale : new int[] {100, 99, 1, 10}) {
            OrderStatusException e = assertThrows(OrderStatusException.class, () -> driver.apply(sequenced(stale)));
            assertEquals(StatusErrorKeys.SEQUENCE, e.errorKey(), e.getMessage());
        }
        assertEquals(last, StatusTables.snapshot());
        driver.apply(sequenced(101));
        assertEquals("S101", ordstat(10003).get(0).get("OSSTATUS"));
    }

    @Test
    void obsoleteAndDuplicateTimestampsAreRefused() {
        driver.apply(timed("2024-03-06 09:15:00.000000", "S"));
        for (String stale :
                List.of("2024-03-06 09:14:59.999999", "2024-03-06 09:15:00.000000", "2024-01-01 00:00:00")) {
            OrderStatusException e = assertThrows(OrderStatusException.class, () -> driver.apply(timed(stale, "X")));
            assertEquals(StatusErrorKeys.SEQUENCE, e.errorKey(), stale);
        }
        driver.apply(timed("2024-03-06 09:15:00.000001", "D"));
        assertEquals("D", ordstat(10001).get(0).get("OSSTATUS"));
        assertEquals(
                LocalDateTime.of(2024, 3, 6, 9, 15, 0, 1000),
                ordstat(10001).get(0).get("OSUPDTIME"));

        OrderStatusException alias = assertThrows(
                OrderStatusException.class,
                () -> driver.apply(
                        orderStatus(props("orderId", "10001", "lastUpdateTimestamp", "2024-03-06 09:15:00.000001"))));
        assertEquals(StatusErrorKeys.SEQUENCE, alias.errorKey(), "the documented parameter name counts too (G-28)");
    }

    @Test
    void sequenceNumbersThatAreNotNumbersCompareAsText() {
        driver.apply(orderStatus(props("orderId", "10001", "sequenceNumber", "A-9")));
        OrderStatusException e = assertThrows(
                OrderStatusException.class,
                () -> driver.apply(orderStatus(props("orderId", "10001", "sequenceNumber", "A-10"))));
        assertEquals(StatusErrorKeys.SEQUENCE, e.errorKey(), "as text, A-10 sorts before A-9 (G-30)");
        driver.apply(orderStatus(props("orderId", "10001", "sequenceNumber", "B-1")));
        assertEquals("B-1", ordstat(10001).get(0).get("OSSEQNUM"));
    }

    @Test
    void confirmAndInvoiceDefaultTheirStatusShippingDoesNot() {
        driver.apply(message("OrderConfirmStatus", props("orderId", "10002")));
        assertEquals("C", ordstat(10002).get(0).get("OSSTATUS"));
        driver.apply(message("OrderInvoiceStatus", props("orderId", "10002", "invoiceValue", "68.58")));
        assertEquals("I", ordstat(10002).get(0).get("OSSTATUS"));
        assertEquals(dec("68.58"), ordstat(10002).get(0).get("OSINVVAL"));
        driver.apply(message("OrderShippingStatus", props("orderId", "10002", "shipCondition", "SC")));
        assertEquals("I", ordstat(10002).get(0).get("OSSTATUS"), "no default for shipping (G-31)");
        driver.apply(message("OrderShippingStatus", props("orderId", "10002", "orderStatus", "S")));
        assertEquals("S", ordstat(10002).get(0).get("OSSTATUS"));
        driver.apply(message("OrderConfirmStatus", props("orderId", "10002", "orderStatus", "BP")));
        assertEquals("BP", ordstat(10002).get(0).get("OSSTATUS"), "a status in the message beats the default");
        assertEquals(1, ordstat(10002).size());
    }

    @Test
    void eachCommandResolvesThroughItsOwnRegistryRow() {
        assertInstanceOf(
                OrderStatusCmdImpl.class,
                registry.resolve(10101, OrderStatusCmd.class).command());
        assertInstanceOf(
                OrderConfirmCmdImpl.class,
                registry.resolve(10101, OrderConfirmCmd.class).command());
        assertInstanceOf(
                OrderShippingCmdImpl.class,
                registry.resolve(10101, OrderShippingCmd.class).command());
        assertInstanceOf(
                OrderInvoiceCmdImpl.class,
                registry.resolve(10101, OrderInvoiceCmd.class).command());
        assertInstanceOf(
                OrderInvoiceCmdImpl.class,
                registry.resolve(0, OrderInvoiceCmd.class).command());
        assertTrue(
                registry.entries().stream()
                        .filter(e -> e.storeId() == 0)
                        .map(e -> e.interfaceName())
                        .collect(Collectors.toSet())
                        .containsAll(Set.of(
                                OrderConfirmCmd.INTERFACE_NAME,
                                OrderShippingCmd.INTERFACE_NAME,
                                OrderInvoiceCmd.INTERFACE_NAME,
                                OrderStatusCmd.INTERFACE_NAME)),
                registry.entries().toString());

        CommandResolutionException unknown = assertThrows(
                CommandResolutionException.class,
                () -> driver.apply(message("ProductInventoryUpdate", props("orderId", "10001"))));
        assertTrue(unknown.getMessage().contains("ProductInventoryUpdate"), unknown.getMessage());
    }

    @Test
    void commandsResolveForTheOrdersStore() {
        driver.apply(StatusVectors.tv1());
        Jdbc.execute("insert into CMDREG (STOREENT_ID, INTERFACENAME, CLASSNAME, TARGET) values (10101, '"
                + ORDER_STATUS_CMD + "', 'com.example.NoSuchCmdImpl', 'Local')");
        registry.reload();

        CommandResolutionException byOrderId =
                assertThrows(CommandResolutionException.class, () -> driver.apply(StatusVectors.tv1()));
        assertTrue(
                byOrderId.getMessage().contains("STOREENT_ID=10101"),
                "the order's store's row applies: " + byOrderId.getMessage());
        CommandResolutionException byNumber = assertThrows(
                CommandResolutionException.class,
                () -> driver.apply(orderStatus(props("merchantOrderNumber", "BE-2024-000123", "orderStatus", "X"))));
        assertTrue(
                byNumber.getMessage().contains("STOREENT_ID=10101"),
                "found by merchant order number, same store: " + byNumber.getMessage());
        OrderStatusException unknown =
                assertThrows(OrderStatusException.class, () -> driver.apply(orderStatus(props("orderId", "99999"))));
        assertEquals(StatusErrorKeys.UNKNOWN_ORDER, unknown.errorKey(), "no order, so no store to resolve for");
        assertEquals(99999L, unknown.ordersId(), "the failure names the order the message was for");

        Jdbc.execute(
                "update CMDREG set CLASSNAME = '" + OrderStatusCmdImpl.class.getName() + "' where STOREENT_ID = 10101");
        registry.reload();
        driver.apply(orderStatus(props("merchantOrderNumber", "BE-2024-000123", "orderStatus", "X")));
        assertEquals("X", ordstat(10001).get(0).get("OSSTATUS"));
    }

    @Test
    void aKeyBlockStartsAtTheValueTheSequenceGives() {
        // The sequences start at commerce.keyStart; the README promises that as the first key. EclipseLink draws a
        // value per block of allocationSize (50) keys: the value must open the block, or a fresh database's first
        // ORDSTAT_ID is keyStart - 49. A restarted sequence stands in for a fresh one.
        long highest = ((Number) Jdbc.queryValue("select coalesce(max(ORDSTAT_ID), 0) from ORDSTAT")).longValue();
        long start = (Math.max(highest, 1_000_000_000L) / 50 + 1_000_000) * 50;
        Jdbc.execute("drop sequence CI_ORDSTAT_SEQ restrict");
        Jdbc.execute("create sequence CI_ORDSTAT_SEQ as bigint start with " + start + " increment by 50");

        // A first status, then a history row per message: more rows than one block holds.
        for (int i = 0; i < 60; i++) {
            driver.apply(orderStatus(props("orderId", "10001", "orderStatus", "S" + i, "versioning", "TRUE")));
        }

        List<Long> keys = Jdbc.queryRows("select ORDSTAT_ID from ORDSTAT where ORDERS_ID = 10001").stream()
                .map(row -> ((Number) row.get("ORDSTAT_ID")).longValue())
                .sorted()
                .toList();
        assertEquals(60, keys.size());
        assertTrue(keys.contains(start), "the drawn value is a key: " + keys);
        assertEquals(
                List.of(),
                keys.stream().filter(key -> key >= start - 49 && key < start).toList(),
                "no key below the drawn value comes from its block");
    }

    @Test
    void concurrentMessagesForOneOrderApplyOneAfterTheOther() throws Exception {
        // Several rounds: lock conflicts are timing-dependent, and each round races the first status again.
        for (int round = 0; round < 4; round++) {
            StatusTables.clean();
            concurrentRound(8);
        }
    }

    private void concurrentRound(int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                CommandInvocation invocation = orderStatus(
                        props("orderId", "10003", "versioning", "TRUE", "orderStatus", "P" + i),
                        item("orderItemId", "20004", "orderItemStatus", "p" + i));
                results.add(pool.submit(() -> {
                    start.await();
                    return driver.apply(invocation);
                }));
            }
            start.countDown();
            for (Future<Long> result : results) {
                assertEquals(10003L, result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Map<String, Object>> orderRows = ordstat(10003);
        assertEquals(threads, orderRows.size(), "the first message created the row, the others kept history");
        assertEquals(
                numbers(threads),
                orderRows.stream().map(r -> (Integer) r.get("OSVERNBR")).collect(Collectors.toCollection(TreeSet::new)),
                "one current row, history 1.." + (threads - 1));
        assertEquals(
                threads,
                orderRows.stream().map(r -> r.get("OSSTATUS")).distinct().count());
        assertEquals(
                numbers(threads),
                ordistat(10003).stream()
                        .map(r -> (Integer) r.get("OIVERNBR"))
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Set<Integer> numbers(int count) {
        Set<Integer> numbers = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    private static CommandInvocation sequenced(int n) {
        return orderStatus(
                props(
                        "orderId",
                        "10003",
                        "sequenceNumber",
                        Integer.toString(n),
                        "orderStatus",
                        "S" + n,
                        "priceTotal",
                        n + ".25"),
                item("orderItemId", "20004", "orderItemStatus", "I" + n, "quantityShipped", Integer.toString(n)));
    }

    private static CommandInvocation timed(String time, String status) {
        return orderStatus(props("orderId", "10001", "lastUpdateTime", time, "orderStatus", status));
    }

    private static List<List<Object>> versions(List<Map<String, Object>> rows, String number, String status) {
        return rows.stream().map(r -> List.of(r.get(number), r.get(status))).toList();
    }
}
