package org.commerceintegration.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commerceintegration.command.CommandInvocation;

/** Builds invocations for the unit tests: {@code header("orderId", "10001", ...)}, items likewise. */
final class Messages {

    private Messages() {}

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

    static CommandInvocation invocation(Map<String, String> header, CommandInvocation.ItemProperties... items) {
        return new CommandInvocation("OrderStatus", "test", Map.of(), header, Map.of(), List.of(items));
    }

    /** TV-1 as the legacy mapper produces it (spec 12, LegacyMessageMapperTest). */
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
                        "2024-03-05 00:00:00.000000",
                        "actualShipDateTime",
                        "2024-03-06 00:00:00.000000",
                        "placeDateTime",
                        "2024-03-01 00:00:00.000000"),
                Map.of("CARRIER", "UPS"),
                List.of(item(
                        "orderItemId",
                        "20002",
                        "merchantItemNumber",
                        "BE-LINE-1",
                        "orderItemStatus",
                        "S",
                        "scheduleShipDateTime",
                        "2024-03-05 00:00:00.000000",
                        "actualShipDateTime",
                        "2024-03-06 00:00:00.000000",
                        "placeDateTime",
                        "2024-03-01 00:00:00.000000",
                        "quantityConfirmed",
                        "2",
                        "currency",
                        "USD")));
    }
}
