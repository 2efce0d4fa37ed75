package org.commerceintegration.status;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commerceintegration.command.CommandInvocation;

/**
 * A status message after step 1 of spec 8.6: every parameter parsed and checked against its column, so that the
 * database work that follows cannot fail on a value. Pure and immutable; building it needs no database.
 *
 * <p>Rules applied here: a blank value counts as absent (absent parameters leave their columns unchanged, and the
 * legacy mapper already drops blank fields); a parameter given under both of its names (G-22, G-28) must carry one
 * value; parameters without a column are ignored (G-29).
 *
 * @param orderId             {@code orderId}, or {@code null}
 * @param merchantOrderNumber {@code merchantOrderNumber}, or {@code null}
 * @param versioning          header {@code versioning}: keep the previous {@code ORDSTAT} row as history
 * @param updateMode          {@code updateMode}
 * @param sequenceNumber      {@code sequenceNumber}, or {@code null}
 * @param lastUpdateTime      {@code lastUpdateTime}/{@code lastUpdateTimestamp}, or {@code null}
 * @param values              the {@code ORDSTAT} columns to write, the variant's default status included
 * @param userData            header user data
 * @param items               the items, in message order
 */
record StatusMessage(
        Long orderId,
        String merchantOrderNumber,
        boolean versioning,
        UpdateMode updateMode,
        String sequenceNumber,
        LocalDateTime lastUpdateTime,
        List<StatusColumn.Value<OrderStatusRecord>> values,
        List<ReceivedUserDatum> userData,
        List<ItemStatus> items) {

    /**
     * One item of the message.
     *
     * @param position           1-based position in the message, for error messages
     * @param orderItemId        {@code orderItemId}, or {@code null}
     * @param merchantItemNumber {@code merchantItemNumber}, or {@code null}
     * @param versioning         the item's {@code versioning}, else the header's
     * @param values             the {@code ORDISTAT} columns to write
     * @param userData           item user data
     */
    record ItemStatus(
            int position,
            Long orderItemId,
            String merchantItemNumber,
            boolean versioning,
            List<StatusColumn.Value<OrderItemStatusRecord>> values,
            List<ReceivedUserDatum> userData) {

        String describe() {
            return "item " + position + " (orderItemId " + orderItemId + ", merchantItemNumber "
                    + (merchantItemNumber == null ? null : "'" + merchantItemNumber + "'") + ")";
        }
    }

    /**
     * Parses and checks an invocation.
     *
     * @throws OrderStatusException with the first problem found
     */
    static StatusMessage parse(CommandInvocation invocation) {
        Map<String, String> header = canonical(invocation.properties(), OrderStatusColumns.ALIASES, "");
        String orderIdText = header.get(OrderStatusColumns.ORDER_ID);
        String merchantOrderNumber = header.get(OrderStatusColumns.MERCHANT_ORDER_NUMBER);
        if (orderIdText == null && merchantOrderNumber == null) {
            throw new OrderStatusException(
                    StatusErrorKeys.PARAMS, "the message carries neither orderId nor merchantOrderNumber");
        }
        Long orderId = orderIdText == null ? null : ValueType.id(orderIdText, OrderStatusColumns.ORDER_ID);
        List<StatusColumn.Value<OrderStatusRecord>> values = values(header, OrderStatusColumns.BY_PARAMETER, "");
        boolean versioning = flag(header.get(OrderStatusColumns.VERSIONING), false, OrderStatusColumns.VERSIONING);
        UpdateMode updateMode = UpdateMode.parse(header.get(OrderStatusColumns.UPDATE_MODE));
        LocalDateTime lastUpdateTime = (LocalDateTime) valueOf(values, OrderStatusColumns.LAST_UPDATE_TIME);

        List<ItemStatus> items = new ArrayList<>(invocation.items().size());
        int position = 0;
        for (CommandInvocation.ItemProperties item : invocation.items()) {
            items.add(item(++position, item, versioning));
        }
        return new StatusMessage(
                orderId,
                merchantOrderNumber,
                versioning,
                updateMode,
                header.get(OrderStatusColumns.SEQUENCE_NUMBER),
                lastUpdateTime,
                List.copyOf(values),
                userData(invocation.userData(), "header"),
                List.copyOf(items));
    }

    /**
     * This message with {@code orderStatus} set to the variant's default when it has none (spec 8.7).
     *
     * @param defaultStatus {@code C} for OrderConfirmStatus, {@code I} for OrderInvoiceStatus, or {@code null}
     */
    StatusMessage withDefaultStatus(String defaultStatus) {
        if (defaultStatus == null || valueOf(values, OrderStatusColumns.ORDER_STATUS) != null) {
            return this;
        }
        List<StatusColumn.Value<OrderStatusRecord>> withStatus = new ArrayList<>(values);
        withStatus.add(OrderStatusColumns.BY_PARAMETER
                .get(OrderStatusColumns.ORDER_STATUS)
                .valueOf(defaultStatus, ""));
        return new StatusMessage(
                orderId,
                merchantOrderNumber,
                versioning,
                updateMode,
                sequenceNumber,
                lastUpdateTime,
                List.copyOf(withStatus),
                userData,
                items);
    }

    /** Whether the message carries serialization info (spec 8.6 step 3). */
    boolean serialized() {
        return sequenceNumber != null || lastUpdateTime != null;
    }

    private static ItemStatus item(int position, CommandInvocation.ItemProperties item, boolean headerVersioning) {
        String where = "item " + position + " ";
        Map<String, String> properties = canonical(item.properties(), OrderItemStatusColumns.ALIASES, where);
        String idText = properties.get(OrderItemStatusColumns.ORDER_ITEM_ID);
        String merchantItemNumber = properties.get(OrderItemStatusColumns.MERCHANT_ITEM_NUMBER);
        if (idText == null && merchantItemNumber == null) {
            throw new OrderStatusException(
                    StatusErrorKeys.ITEM_PARAMS,
                    "item " + position + " carries neither orderItemId nor merchantItemNumber");
        }
        Long orderItemId = idText == null ? null : ValueType.id(idText, where + OrderItemStatusColumns.ORDER_ITEM_ID);
        List<StatusColumn.Value<OrderItemStatusRecord>> values =
                values(properties, OrderItemStatusColumns.BY_PARAMETER, where);
        // An item without its own Versioning attribute follows the header (the legacy and NC formats have none).
        boolean versioning = flag(
                properties.get(OrderItemStatusColumns.VERSIONING),
                headerVersioning,
                where + OrderItemStatusColumns.VERSIONING);
        return new ItemStatus(
                position,
                orderItemId,
                merchantItemNumber,
                versioning,
                List.copyOf(values),
                userData(item.userData(), "item " + position));
    }

    /** Non-blank properties under their canonical names. */
    private static Map<String, String> canonical(
            Map<String, String> properties, Map<String, String> aliases, String where) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : properties.entrySet()) {
            String value = entry.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            String name = aliases.getOrDefault(entry.getKey(), entry.getKey());
            String previous = result.putIfAbsent(name, value);
            if (previous != null && !previous.equals(value)) {
                throw new OrderStatusException(
                        StatusErrorKeys.INVALID_VALUE,
                        where + name
                                + " is given under two names with different values: '" + ValueType.shown(previous)
                                + "' and '" + ValueType.shown(value) + "'");
            }
        }
        return result;
    }

    private static <R> List<StatusColumn.Value<R>> values(
            Map<String, String> properties, Map<String, StatusColumn<R>> columns, String where) {
        List<StatusColumn.Value<R>> values = new ArrayList<>();
        for (Map.Entry<String, String> entry : properties.entrySet()) {
            StatusColumn<R> column = columns.get(entry.getKey());
            if (column != null) {
                values.add(column.valueOf(entry.getValue(), where));
            }
        }
        return values;
    }

    private static Object valueOf(List<? extends StatusColumn.Value<?>> values, String parameter) {
        for (StatusColumn.Value<?> value : values) {
            if (value.column().parameter().equals(parameter)) {
                return value.value();
            }
        }
        return null;
    }

    private static boolean flag(String text, boolean absent, String parameter) {
        if (text == null) {
            return absent;
        }
        if (text.equalsIgnoreCase("TRUE")) {
            return true;
        }
        if (text.equalsIgnoreCase("FALSE")) {
            return false;
        }
        throw new OrderStatusException(
                StatusErrorKeys.INVALID_VALUE,
                parameter + " must be TRUE or FALSE, not '" + ValueType.shown(text) + "'");
    }

    private static List<ReceivedUserDatum> userData(Map<String, String> data, String where) {
        List<ReceivedUserDatum> fields = new ArrayList<>(data.size());
        data.forEach((name, value) -> fields.add(ReceivedUserDatum.of(name, value, where)));
        return List.copyOf(fields);
    }
}
