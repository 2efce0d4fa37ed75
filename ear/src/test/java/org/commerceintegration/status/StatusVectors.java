package org.commerceintegration.status;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commerceintegration.command.CommandInvocation;

/**
 * The spec's test vectors (section 12) as the mappers hand them to the command: the legacy mapper for TV-1 (as
 * LegacyMessageMapperTest asserts it), the XML mapper for TV-3 and TV-5 (as the spec's "Expected mapping" gives
 * them). Dates are already in the JDBC form.
 */
final class StatusVectors {

    static final String MIDNIGHT = " 00:00:00.000000";

    private StatusVectors() {}

    static Map<String, String> props(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static CommandInvocation.ItemProperties item(String... pairs) {
        return new CommandInvocation.ItemProperties(props(pairs), Map.of());
    }

    static CommandInvocation message(
            String command, Map<String, String> header, CommandInvocation.ItemProperties... items) {
        return new CommandInvocation(command, "test", Map.of(), header, Map.of(), List.of(items));
    }

    static CommandInvocation orderStatus(Map<String, String> header, CommandInvocation.ItemProperties... items) {
        return message("OrderStatus", header, items);
    }

    static CommandInvocation tv1() {
        return new CommandInvocation(
                "OrderStatus",
                "OS 02",
                Map.of(),
                props(
                        "orderId",
                        "10001",
                        "currency",
                        "USD",
                        "priceTotal",
                        "129.97",
                        "taxTotal",
                        "10.40",
                        "shippingTotal",
                        "7.50",
                        "shippingTaxTotal",
                        "0.60",
                        "merchantOrderNumber",
                        "BE-2024-000123",
                        "orderStatus",
                        "C",
                        "scheduleShipDateTime",
                        "2024-03-05" + MIDNIGHT,
                        "actualShipDateTime",
                        "2024-03-06" + MIDNIGHT,
                        "placeDateTime",
                        "2024-03-01" + MIDNIGHT),
                Map.of("CARRIER", "UPS"),
                List.of(item(
                        "orderItemId",
                        "20002",
                        "merchantItemNumber",
                        "BE-LINE-1",
                        "orderItemStatus",
                        "S",
                        "scheduleShipDateTime",
                        "2024-03-05" + MIDNIGHT,
                        "actualShipDateTime",
                        "2024-03-06" + MIDNIGHT,
                        "placeDateTime",
                        "2024-03-01" + MIDNIGHT,
                        "quantityConfirmed",
                        "2",
                        "currency",
                        "USD")));
    }

    /** TV-3 as published: its second item, 20003, is an item of demo order 10002, not 10001. */
    static CommandInvocation tv3() {
        return tv3("20003");
    }

    /** TV-3 with its second item an item of order 10001 (20001), so that it applies to the demo data. */
    static CommandInvocation tv3WithItemsOf10001() {
        return tv3("20001");
    }

    private static CommandInvocation tv3(String secondItem) {
        return new CommandInvocation(
                "OrderStatus",
                "Update_NC_OrderStatus 1.0",
                Map.of("logonId", "wcsadmin"),
                props(
                        "merchantOrderNumber",
                        "BE-2024-000123",
                        "orderId",
                        "10001",
                        "priceTotal",
                        "129.97",
                        "taxTotal",
                        "10.40",
                        "shippingTotal",
                        "7.50",
                        "shippingTaxTotal",
                        "0.60",
                        "currency",
                        "USD",
                        "orderStatus",
                        "C",
                        "placeDateTime",
                        "2024-03-01" + MIDNIGHT,
                        "scheduleShipDateTime",
                        "2024-03-05" + MIDNIGHT,
                        "actualShipDateTime",
                        "2024-03-06" + MIDNIGHT,
                        "field1",
                        "7",
                        "field2",
                        "1.5",
                        "field3",
                        "warehouse EAST-2"),
                Map.of("CARRIER", "UPS"),
                List.of(
                        item(
                                "merchantItemNumber",
                                "BE-LINE-1",
                                "orderItemId",
                                "20002",
                                "quantityConfirmed",
                                "2",
                                "unitPrice",
                                "49.99",
                                "priceTotal",
                                "99.98",
                                "taxTotal",
                                "8.00",
                                "currency",
                                "USD",
                                "orderItemStatus",
                                "S",
                                "scheduleShipDateTime",
                                "2024-03-05" + MIDNIGHT,
                                "actualShipDateTime",
                                "2024-03-06" + MIDNIGHT,
                                "itemComment",
                                "Left at front desk"),
                        item(
                                "merchantItemNumber",
                                "BE-LINE-2",
                                "orderItemId",
                                secondItem,
                                "quantityConfirmed",
                                "1",
                                "unitPrice",
                                "29.99",
                                "orderItemStatus",
                                "B",
                                "scheduleShipDateTime",
                                "2024-03-20" + MIDNIGHT)));
    }

    /** TV-5: OrderShippingStatus with serialization info and versioning, Update_WCS_OrderStatus 3.0. */
    static CommandInvocation tv5() {
        return new CommandInvocation(
                "OrderShippingStatus",
                "Update_WCS_OrderStatus 3.0",
                Map.of(),
                props(
                        "sequenceNumber",
                        "42",
                        "lastUpdateTime",
                        "2024-03-06 09:15:00.000000",
                        "versioning",
                        "TRUE",
                        "updateMode",
                        "P",
                        "orderId",
                        "10001",
                        "merchantOrderNumber",
                        "BE-2024-000123",
                        "orderStatus",
                        "S",
                        "orderStatusText",
                        "Shipped",
                        "statusFlag",
                        "O",
                        "shipCondition",
                        "SP",
                        "shippingModeFlag",
                        "O",
                        "actualShipDateTime",
                        "2024-03-06" + MIDNIGHT),
                Map.of(),
                List.of(item(
                        "versioning",
                        "TRUE",
                        "orderItemId",
                        "20002",
                        "merchantItemNumber",
                        "BE-LINE-1",
                        "quantityConfirmed",
                        "2",
                        "quantityShipped",
                        "2",
                        "orderItemStatus",
                        "S",
                        "orderItemStatusText",
                        "Shipped",
                        "statusFlag",
                        "O")));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value).setScale(5);
    }

    static LocalDateTime day(int month, int day) {
        return LocalDateTime.of(2024, month, day, 0, 0);
    }
}
