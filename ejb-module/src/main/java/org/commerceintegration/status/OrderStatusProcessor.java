package org.commerceintegration.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.commerceintegration.command.CommandInvocation;

/**
 * The algorithm shared by OrderStatus and its variants (spec 8.6 steps 2 to 8): find and lock the order and read its
 * current status ({@link #locate}, run by {@link StatusCommandRunner} before it resolves the command), then
 * ({@link #apply}) check serialization, keep history, write the header, match and write the items, enforce
 * {@code updateMode} C, keep the user data. Step 1, parsing, is {@link StatusMessage}'s. Every check that can fail
 * runs before the first write; the runner marks the transaction rollback-only on any failure.
 *
 * <p>{@code ORDERS} and {@code ORDERITEMS} are read, never written (spec G-31).
 *
 * <p>Internal to the status commands; public only because CDI proxies it. Stateless and thread-safe.
 */
@ApplicationScoped
public class OrderStatusProcessor {

    private static final Logger LOG = Logger.getLogger(OrderStatusProcessor.class.getName());

    @Inject
    StatusRepository store;

    /**
     * Applies one located status message.
     *
     * @param defaultStatus {@code orderStatus} when the message has none, or {@code null} (spec 8.7)
     * @return the order the status was recorded for
     * @throws OrderStatusException with the Commerce error key when the message cannot be applied
     */
    public long apply(StatusUpdate update, String defaultStatus) {
        StatusMessage message = update.message().withDefaultStatus(defaultStatus);
        OrderStatusRecord current = update.current();
        long ordersId = update.ordersId();
        if (current != null) {
            Serialization.check(message, current);
        }
        List<ItemMatcher.Match> matches = matchItems(message, ordersId);

        OrderStatusRecord header = writeHeader(message, current, ordersId);
        writeItems(matches, header);
        keepUserData(message, matches, ordersId);
        CommandInvocation invocation = update.invocation();
        LOG.fine(() -> invocation.commandName() + " (" + invocation.messageType() + ") recorded for order " + ordersId
                + (current == null ? ": first status" : "") + (message.versioning() ? ", history kept" : "")
                + ", " + matches.size() + " item(s)");
        return ordersId;
    }

    /**
     * Step 2: finds the message's order (by {@code orderId}, else by {@code merchantOrderNumber}), locks it, and reads
     * its current status row, checking that the message's identifiers agree with what is recorded.
     *
     * @throws OrderStatusException when the message leads to no order, or its identifiers disagree
     */
    StatusUpdate locate(CommandInvocation invocation, StatusMessage message) {
        String number = message.merchantOrderNumber();
        boolean byNumber = message.orderId() == null;
        long ordersId = byNumber ? orderOfMerchantOrderNumber(number) : message.orderId();
        Integer storeId = store.lockOrder(ordersId);
        if (storeId == null) {
            throw byNumber
                    ? new OrderStatusException(
                            StatusErrorKeys.ORDER_NOT_EXIST,
                            "merchant order number '" + number + "' is recorded for order " + ordersId
                                    + ", which is no longer in ORDERS")
                    : new OrderStatusException(
                            StatusErrorKeys.UNKNOWN_ORDER,
                            "orderId " + ordersId
                                    + " is not an order in ORDERS; a status is recorded for existing orders only");
        }
        return new StatusUpdate(invocation, message, ordersId, storeId, currentStatus(message, ordersId));
    }

    /** The order's current row, read after the lock; {@code null} for an order's first status. */
    private OrderStatusRecord currentStatus(StatusMessage message, long ordersId) {
        String number = message.merchantOrderNumber();
        boolean byNumber = message.orderId() == null;
        // Read after the lock: another message for this order may have committed while this one waited.
        OrderStatusRecord row = store.currentStatus(ordersId);
        if (row == null) {
            if (byNumber) {
                throw notRecorded(number);
            }
            if (number != null) {
                for (Long other : store.ordersWithMerchantOrderNumber(number)) {
                    if (other != null && other != ordersId) {
                        throw new OrderStatusException(
                                StatusErrorKeys.ORDERID_MISMATCH,
                                "orderId " + ordersId
                                        + " does not match: merchant order number '" + number
                                        + "' is recorded for order "
                                        + other);
                    }
                }
            }
            return null;
        }
        String recorded = Text.stripTrailing(row.getMerchantOrderNumber());
        if (number != null && (byNumber || !Text.isBlank(recorded)) && !number.equals(recorded)) {
            throw new OrderStatusException(
                    StatusErrorKeys.ORDER_NUMBER_MISMATCH,
                    "merchant order number '" + number + "' does not match '" + recorded + "' recorded for order "
                            + ordersId);
        }
        return row;
    }

    /** The one order whose current status holds the merchant order number. */
    long orderOfMerchantOrderNumber(String number) {
        Set<Long> orders = store.ordersWithMerchantOrderNumber(number);
        if (orders.isEmpty()) {
            throw notRecorded(number);
        }
        if (orders.contains(null)) {
            throw new OrderStatusException(
                    StatusErrorKeys.ORDER_NOT_EXIST,
                    "the status recorded for merchant" + " order number '" + number + "' names no order");
        }
        if (orders.size() > 1) {
            throw new OrderStatusException(
                    StatusErrorKeys.ORDER_NUMBER_MISMATCH,
                    "merchant order number '" + number + "' is recorded for several orders " + new TreeSet<>(orders)
                            + "; the message must carry orderId");
        }
        return orders.iterator().next();
    }

    private static OrderStatusException notRecorded(String number) {
        return new OrderStatusException(
                StatusErrorKeys.ORDER_NOT_EXIST,
                "no order status is recorded for merchant" + " order number '" + number
                        + "'; an order's first status must carry orderId");
    }

    /** Steps 6 and 7, checks only: which row each item updates, item ownership, and updateMode C. */
    private List<ItemMatcher.Match> matchItems(StatusMessage message, long ordersId) {
        boolean complete = message.updateMode() == UpdateMode.COMPLETE;
        if (message.items().isEmpty() && !complete) {
            return List.of();
        }
        boolean needOrderItems = complete || message.items().stream().anyMatch(item -> item.orderItemId() != null);
        Set<Long> orderItems = needOrderItems ? store.orderItemIds(ordersId) : Set.of();
        for (StatusMessage.ItemStatus item : message.items()) {
            if (item.orderItemId() != null && !orderItems.contains(item.orderItemId())) {
                throw new OrderStatusException(
                        StatusErrorKeys.ORDERITEMID_MISMATCH,
                        item.describe() + ": order item " + item.orderItemId() + " is not an item of order "
                                + ordersId);
            }
        }
        ItemMatcher matcher =
                new ItemMatcher(message.items().isEmpty() ? List.of() : store.currentItemStatuses(ordersId));
        List<ItemMatcher.Match> matches = new ArrayList<>(message.items().size());
        for (StatusMessage.ItemStatus item : message.items()) {
            matches.add(matcher.match(item));
        }
        if (complete) {
            Set<Long> missing = new TreeSet<>(orderItems);
            matches.forEach(match -> missing.remove(match.orderItemId()));
            if (!missing.isEmpty()) {
                throw new OrderStatusException(
                        StatusErrorKeys.ITEMS_INCOMPLETE,
                        "updateMode C needs a status for" + " every item of order " + ordersId + "; missing: "
                                + missing);
            }
        }
        return matches;
    }

    /** Steps 4 and 5 for {@code ORDSTAT}: history copy when asked, then the supplied columns. */
    private OrderStatusRecord writeHeader(StatusMessage message, OrderStatusRecord current, long ordersId) {
        OrderStatusRecord row = current;
        if (row == null) {
            row = new OrderStatusRecord();
            row.setOrdersId(ordersId);
        } else if (message.versioning()) {
            store.persist(HistoryRows.copyOf(row, store.maxStatusVersion(ordersId) + 1));
        }
        row.setVersionNumber(0);
        for (StatusColumn.Value<OrderStatusRecord> value : message.values()) {
            value.applyTo(row);
        }
        if (current == null) {
            store.persist(row);
        }
        return row;
    }

    /** Steps 4 and 6 for {@code ORDISTAT}, in message order; order id and merchant order number come from the header. */
    private void writeItems(List<ItemMatcher.Match> matches, OrderStatusRecord header) {
        boolean history = matches.stream()
                .anyMatch(match -> !match.created() && match.item().versioning());
        ItemHistoryNumbers numbers =
                history ? new ItemHistoryNumbers(store.itemHistoryMaxima(header.getOrdersId())) : null;
        Set<OrderItemStatusRecord> created = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ItemMatcher.Match match : matches) {
            OrderItemStatusRecord row = match.row();
            // A row created earlier in this message counts as existing once written.
            boolean isNew = match.created() && !created.contains(row);
            if (!isNew && match.item().versioning()) {
                if (numbers == null) {
                    numbers = new ItemHistoryNumbers(List.of());
                }
                store.persist(HistoryRows.copyOf(row, numbers.next(row)));
            }
            row.setOrdersId(header.getOrdersId());
            row.setMerchantOrderNumber(header.getMerchantOrderNumber());
            if (match.item().orderItemId() != null) {
                row.setOrderItemId(match.item().orderItemId());
            }
            row.setVersionNumber(0);
            for (StatusColumn.Value<OrderItemStatusRecord> value : match.item().values()) {
                value.applyTo(row);
            }
            if (isNew) {
                store.persist(row);
                created.add(row);
            }
        }
    }

    /** User data: kept per order and item with the message's time and serialization info. */
    private void keepUserData(StatusMessage message, List<ItemMatcher.Match> matches, long ordersId) {
        LocalDateTime received = LocalDateTime.now();
        for (ReceivedUserDatum field : message.userData()) {
            store.persist(userDatum(message, ordersId, null, null, field, received));
        }
        for (ItemMatcher.Match match : matches) {
            String number = match.item().merchantItemNumber() != null
                    ? match.item().merchantItemNumber()
                    : Text.stripTrailing(match.row().getMerchantItemNumber());
            for (ReceivedUserDatum field : match.item().userData()) {
                store.persist(userDatum(message, ordersId, match.orderItemId(), number, field, received));
            }
        }
    }

    private static OrderUserDatum userDatum(
            StatusMessage message,
            long ordersId,
            Long orderItemId,
            String number,
            ReceivedUserDatum field,
            LocalDateTime received) {
        OrderUserDatum datum = new OrderUserDatum();
        datum.setOrdersId(ordersId);
        datum.setOrderItemId(orderItemId);
        datum.setMerchantItemNumber(Text.isBlank(number) ? null : number);
        datum.setName(field.name());
        datum.setValue(field.value());
        datum.setReceived(received);
        datum.setSequenceNumber(message.sequenceNumber());
        datum.setLastUpdateTime(message.lastUpdateTime());
        return datum;
    }
}
