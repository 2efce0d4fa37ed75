package org.commerceintegration.status;

import static org.commerceintegration.status.Messages.invocation;
import static org.commerceintegration.status.Messages.item;
import static org.commerceintegration.status.Messages.props;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.commerceintegration.command.CommandInvocation;
import org.junit.jupiter.api.Test;

/** Step 1 of spec 8.6: parameters parsed against their columns, with the Commerce error keys. */
class StatusMessageTest {

    @Test
    void tv1BecomesColumnValues() {
        StatusMessage message = StatusMessage.parse(Messages.tv1());

        assertEquals(10001L, message.orderId());
        assertEquals("BE-2024-000123", message.merchantOrderNumber());
        assertFalse(message.versioning());
        assertEquals(UpdateMode.PARTIAL, message.updateMode());
        assertFalse(message.serialized());
        OrderStatusRecord row = new OrderStatusRecord();
        message.values().forEach(v -> v.applyTo(row));
        assertEquals("USD", row.getCurrency());
        assertEquals(new BigDecimal("129.97000"), row.getPriceTotal());
        assertEquals(new BigDecimal("0.60000"), row.getShippingTaxTotal());
        assertEquals("C", row.getStatus());
        assertEquals(LocalDateTime.of(2024, 3, 5, 0, 0), row.getScheduleShipTime());
        assertEquals(LocalDateTime.of(2024, 3, 1, 0, 0), row.getPlaceTime());
        assertEquals("BE-2024-000123", row.getMerchantOrderNumber());
        assertEquals(List.of(new ReceivedUserDatum("CARRIER", "UPS")), message.userData());

        StatusMessage.ItemStatus item = message.items().get(0);
        assertEquals(20002L, item.orderItemId());
        assertEquals("BE-LINE-1", item.merchantItemNumber());
        OrderItemStatusRecord itemRow = new OrderItemStatusRecord();
        item.values().forEach(v -> v.applyTo(itemRow));
        assertEquals(2, itemRow.getQuantityConfirmed());
        assertEquals("S", itemRow.getStatus());
        assertEquals("USD", itemRow.getCurrency());
        assertEquals("BE-LINE-1", itemRow.getMerchantItemNumber());
    }

    @Test
    void eitherOrderIdentifierIsEnoughButNotNeither() {
        assertEquals(
                10001L,
                StatusMessage.parse(invocation(props("orderId", "10001"))).orderId());
        assertEquals(
                "M-1",
                StatusMessage.parse(invocation(props("merchantOrderNumber", "M-1")))
                        .merchantOrderNumber());
        assertKey(StatusErrorKeys.PARAMS, invocation(props("orderStatus", "C")));
        assertKey(
                StatusErrorKeys.PARAMS,
                invocation(props("orderId", " ", "merchantOrderNumber", "")),
                "blank counts as absent");
        assertKey(StatusErrorKeys.INVALID_NUMERIC, invocation(props("orderId", "10O01")));
        assertKey(StatusErrorKeys.INVALID_NUMERIC, invocation(props("orderId", "99999999999999999999")));
    }

    @Test
    void spellingAliasesAreAccepted() {
        StatusMessage message = StatusMessage.parse(invocation(
                props("orderId", "1", "shipingTaxTotal", "0.6", "lastUpdateTimestamp", "2024-03-06 09:15:00.000000"),
                item("orderItemId", "2", "shipingTaxTotal", "0.1")));
        OrderStatusRecord row = new OrderStatusRecord();
        message.values().forEach(v -> v.applyTo(row));
        assertEquals(new BigDecimal("0.60000"), row.getShippingTaxTotal());
        assertEquals(LocalDateTime.of(2024, 3, 6, 9, 15), row.getLastUpdateTime());
        assertEquals(LocalDateTime.of(2024, 3, 6, 9, 15), message.lastUpdateTime());
        assertTrue(message.serialized());
        OrderItemStatusRecord item = new OrderItemStatusRecord();
        message.items().get(0).values().forEach(v -> v.applyTo(item));
        assertEquals(new BigDecimal("0.10000"), item.getShippingTaxTotal());
    }

    @Test
    void bothSpellingsMustAgree() {
        StatusMessage same = StatusMessage.parse(
                invocation(props("orderId", "1", "shippingTaxTotal", "0.6", "shipingTaxTotal", "0.6")));
        assertEquals(1, same.values().size());
        assertKey(
                StatusErrorKeys.INVALID_VALUE,
                invocation(props(
                        "orderId",
                        "1",
                        "lastUpdateTime",
                        "2024-03-06 09:15:00",
                        "lastUpdateTimestamp",
                        "2024-03-07 09:15:00")));
    }

    @Test
    void absentAndBlankParametersWriteNothing() {
        StatusMessage message =
                StatusMessage.parse(invocation(props("orderId", "1", "orderStatus", "  ", "comment", "")));
        assertEquals(List.of(), message.values());
    }

    @Test
    void parametersWithoutColumnAreIgnored() {
        StatusMessage message = StatusMessage.parse(invocation(props(
                "orderId",
                "1",
                "orderStatusText",
                "Shipped",
                "statusFlag",
                "O",
                "sellingTotal",
                "not even a number",
                "orgName",
                "x",
                "_trailing",
                "junk")));
        assertEquals(List.of(), message.values());
    }

    @Test
    void wcsColumnsAreMapped() {
        StatusMessage message = StatusMessage.parse(invocation(
                props(
                        "orderId",
                        "1",
                        "invoiceDateTime",
                        "2024-03-07 10:00:00.000000",
                        "invoiceValue",
                        "140.37",
                        "shipCondition",
                        "SP",
                        "shippingModeFlag",
                        "O",
                        "comment",
                        "partial",
                        "field1",
                        "7",
                        "field2",
                        "1.5",
                        "field3",
                        "warehouse EAST-2",
                        "requestShipDateTime",
                        "2024-03-04 00:00:00.000000"),
                item(
                        "orderItemId",
                        "2",
                        "partNumber",
                        "SKU-1",
                        "quantityRequested",
                        "3",
                        "quantityShipped",
                        "2.0",
                        "unitPrice",
                        "49.99",
                        "invoiceValue",
                        "99.98",
                        "shipCondition",
                        "SC",
                        "itemComment",
                        "ok",
                        "invoiceDateTime",
                        "2024-03-07 10:00:00")));
        OrderStatusRecord row = new OrderStatusRecord();
        message.values().forEach(v -> v.applyTo(row));
        assertEquals(LocalDateTime.of(2024, 3, 7, 10, 0), row.getInvoiceTime());
        assertEquals(new BigDecimal("140.37000"), row.getInvoiceValue());
        assertEquals("SP", row.getShipCondition());
        assertEquals("O", row.getShippingModeFlag());
        assertEquals("partial", row.getComment());
        assertEquals(7, row.getField1());
        assertEquals(new BigDecimal("1.50000"), row.getField2());
        assertEquals("warehouse EAST-2", row.getField3());
        assertEquals(LocalDateTime.of(2024, 3, 4, 0, 0), row.getRequestShipTime());
        OrderItemStatusRecord item = new OrderItemStatusRecord();
        message.items().get(0).values().forEach(v -> v.applyTo(item));
        assertEquals("SKU-1", item.getPartNumber());
        assertEquals(3, item.getQuantityRequested());
        assertEquals(2, item.getQuantityShipped());
        assertEquals(new BigDecimal("49.99000"), item.getUnitPrice());
        assertEquals(new BigDecimal("99.98000"), item.getInvoiceValue());
        assertEquals("SC", item.getShipCondition());
        assertEquals("ok", item.getComment());
        assertEquals(LocalDateTime.of(2024, 3, 7, 10, 0), item.getInvoiceTime());
    }

    @Test
    void variantDefaultStatusAppliesOnlyWhenAbsent() {
        assertEquals(
                "C",
                status(StatusMessage.parse(invocation(props("orderId", "1"))).withDefaultStatus("C")));
        assertEquals(
                "X",
                status(StatusMessage.parse(invocation(props("orderId", "1", "orderStatus", "X")))
                        .withDefaultStatus("C")));
        assertEquals(
                "I",
                status(StatusMessage.parse(invocation(props("orderId", "1", "orderStatus", "")))
                        .withDefaultStatus("I")));
        assertNull(status(StatusMessage.parse(invocation(props("orderId", "1")))));
    }

    @Test
    void versioningAndUpdateMode() {
        StatusMessage message = StatusMessage.parse(invocation(
                props("orderId", "1", "versioning", "TRUE", "updateMode", "C"),
                item("orderItemId", "2"),
                item("orderItemId", "3", "versioning", "FALSE")));
        assertTrue(message.versioning());
        assertEquals(UpdateMode.COMPLETE, message.updateMode());
        assertTrue(message.items().get(0).versioning(), "an item without its own flag follows the header");
        assertFalse(message.items().get(1).versioning());
        assertTrue(
                StatusMessage.parse(invocation(props("orderId", "1"), item("orderItemId", "2", "versioning", "true")))
                        .items()
                        .get(0)
                        .versioning());

        assertKey(StatusErrorKeys.INVALID_VALUE, invocation(props("orderId", "1", "versioning", "YES")));
        assertKey(StatusErrorKeys.INVALID_VALUE, invocation(props("orderId", "1", "updateMode", "X")));
        assertKey(
                StatusErrorKeys.INVALID_VALUE,
                invocation(props("orderId", "1"), item("orderItemId", "2", "versioning", "1")));
    }

    @Test
    void itemsNeedAnIdentifier() {
        OrderStatusException e = assertKey(
                StatusErrorKeys.ITEM_PARAMS,
                invocation(props("orderId", "1"), item("orderItemId", "2"), item("orderItemStatus", "S")));
        assertTrue(e.getMessage().contains("item 2"), e.getMessage());
        assertEquals(
                "BE-1",
                StatusMessage.parse(invocation(props("orderId", "1"), item("merchantItemNumber", "BE-1")))
                        .items()
                        .get(0)
                        .merchantItemNumber());
        assertKey(StatusErrorKeys.INVALID_NUMERIC, invocation(props("orderId", "1"), item("orderItemId", "2x")));
    }

    @Test
    void badValuesNameTheirParameter() {
        OrderStatusException numeric =
                assertKey(StatusErrorKeys.INVALID_NUMERIC, invocation(props("orderId", "1", "priceTotal", "12O.97")));
        assertTrue(numeric.getMessage().contains("priceTotal"), numeric.getMessage());
        OrderStatusException itemNumeric = assertKey(
                StatusErrorKeys.INVALID_NUMERIC,
                invocation(props("orderId", "1"), item("orderItemId", "2", "quantityConfirmed", "2.5")));
        assertTrue(itemNumeric.getMessage().contains("item 1 quantityConfirmed"), itemNumeric.getMessage());
        OrderStatusException timestamp = assertKey(
                StatusErrorKeys.INVALID_TIMESTAMP, invocation(props("orderId", "1", "placeDateTime", "20240301")));
        assertTrue(timestamp.getMessage().contains("placeDateTime"), timestamp.getMessage());
        OrderStatusException tooLong =
                assertKey(StatusErrorKeys.INVALID_VALUE, invocation(props("orderId", "1", "currency", "US DOLLARS!")));
        assertTrue(
                tooLong.getMessage().contains("currency")
                        && tooLong.getMessage().contains("10"),
                tooLong.getMessage());
        assertKey(StatusErrorKeys.INVALID_VALUE, invocation(props("merchantOrderNumber", "M".repeat(31))));
        assertKey(
                StatusErrorKeys.INVALID_VALUE,
                invocation(props("orderId", "1"), item("merchantItemNumber", "B".repeat(31))));
        assertKey(StatusErrorKeys.INVALID_VALUE, invocation(props("orderId", "1", "sequenceNumber", "9".repeat(65))));
    }

    @Test
    void userDataIsCheckedAgainstItsTable() {
        CommandInvocation tooLong = new CommandInvocation(
                "OrderStatus", "t", Map.of(), props("orderId", "1"), Map.of("NOTE", "x".repeat(4001)), List.of());
        assertKey(StatusErrorKeys.INVALID_VALUE, tooLong);
        CommandInvocation itemData = new CommandInvocation(
                "OrderStatus",
                "t",
                Map.of(),
                props("orderId", "1"),
                Map.of(),
                List.of(new CommandInvocation.ItemProperties(props("orderItemId", "2"), Map.of("GIFT", "Y"))));
        assertEquals(
                List.of(new ReceivedUserDatum("GIFT", "Y")),
                StatusMessage.parse(itemData).items().get(0).userData());
    }

    private static String status(StatusMessage message) {
        OrderStatusRecord row = new OrderStatusRecord();
        message.values().forEach(v -> v.applyTo(row));
        return row.getStatus();
    }

    private static OrderStatusException assertKey(String key, CommandInvocation invocation, String... why) {
        OrderStatusException e = assertThrows(
                OrderStatusException.class, () -> StatusMessage.parse(invocation), why.length > 0 ? why[0] : key);
        assertEquals(key, e.errorKey(), e.getMessage());
        return e;
    }
}
