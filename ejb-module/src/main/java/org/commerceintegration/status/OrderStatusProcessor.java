package org.commerceintegration.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.commerceintegration.inbound.CommandInvocation;

/**
 * The algorithm shared by OrderStatus and its variants (spec 8.6 steps 1 to 8): validate, find the order's current
 * status, check serialization, keep history, write the header, match and write the items, enforce
 * {@code updateMode} C, keep the user data.
 *
 * <p>Every check that can fail runs before the first write, so a refused message normally leaves nothing to roll
 * back; the caller's transaction still guarantees it (one message = one transaction, MANDATORY: the caller owns it).
 * {@code ORDERS} and {@code ORDERITEMS} are read, never written (spec G-31).
 *
 * <p>Internal to the status commands; public only because CDI proxies it. Stateless and thread-safe.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OrderStatusProcessor {

    private static final Logger LOG = Logger.getLogger(OrderStatusProcessor.class.getName());

    @Inject
    StatusStore store;

    /**
     * Applies one status message.
     *
     * @param defaultStatus {@code orderStatus} when the message has none, or {@code null} (spec 8.7)
     * @return the order the status was recorded for
     * @throws OrderStatusException with the Commerce error key when the message cannot be applied
     */
    public long apply(CommandInvocation invocation, String defaultStatus) {
        StatusMessage message = StatusMessage.parse(invocation, defaultStatus);
        OrderStatusRecord current = currentStatus(message);
        long ordersId = current != null ? current.getOrdersId() : message.orderId();
        if (current != null) {
            Serialization.check(message, current);
        }
        List<ItemMatcher.Match> matches = matchItems(message, ordersId);

        OrderStatusRecord header = writeHeader(message, current, ordersId);
        writeItems(matches, header);
        keepUserData(message, matches, ordersId);
        LOG.fine(() -> invocation.commandName() + " (" + invocation.messageType() + ") recorded for order " + ordersId
                + (current == null ? ": first status" : "") + (message.versioning() ? ", history kept" : "")
                + ", " + matches.size() + " item(s)");
        return ordersId;
    }

    /** Step 2: the current row, locked; {@code null} for an order's first status. */
    private OrderStatusRecord currentStatus(StatusMessage message) {
        String number = message.merchantOrderNumber();
        if (message.orderId() == null) {
            return byMerchantOrderNumber(number);
        }
        long ordersId = message.orderId();
        OrderStatusRecord row = store.lockCurrentStatus(ordersId);
        if (row == null) {
            if (!store.lockOrder(ordersId)) {
                throw new OrderStatusException(StatusErrorKeys.UNKNOWN_ORDER,
                        "orderId " + ordersId + " is not an order in ORDERS; a status is recorded for existing orders only");
            }
            // Another message may have created the first row while this one waited for the order's lock.
            row = store.lockCurrentStatus(ordersId);
        }
        if (row == null) {
            if (number != null) {
                for (Long other : store.ordersWithMerchantOrderNumber(number)) {
                    if (other != null && other != ordersId) {
                        throw new OrderStatusException(StatusErrorKeys.ORDERID_MISMATCH, "orderId " + ordersId
                                + " does not match: merchant order number '" + number + "' is recorded for order "
                                + other);
                    }
                }
            }
            return null;
        }
        String recorded = Text.stripTrailing(row.getMerchantOrderNumber());
        if (number != null && !Text.isBlank(recorded) && !recorded.equals(number)) {
            throw new OrderStatusException(StatusErrorKeys.ORDER_NUMBER_MISMATCH, "merchant order number '" + number
                    + "' does not match '" + recorded + "' recorded for order " + ordersId);
        }
        return row;
    }

    private OrderStatusRecord byMerchantOrderNumber(String number) {
        List<OrderStatusRecord> rows = store.lockCurrentStatuses(number);
        if (rows.isEmpty()) {
            throw new OrderStatusException(StatusErrorKeys.ORDER_NOT_EXIST, "no order status is recorded for merchant"
                    + " order number '" + number + "'; an order's first status must carry orderId");
        }
        Set<Long> orders = new TreeSet<>();
        OrderStatusRecord chosen = null;
        for (OrderStatusRecord row : rows) {
            if (row.getOrdersId() == null) {
                throw new OrderStatusException(StatusErrorKeys.ORDER_NOT_EXIST, "the status recorded for merchant"
                        + " order number '" + number + "' names no order (ORDSTAT_ID " + row.getId() + ")");
            }
            orders.add(row.getOrdersId());
            if (chosen == null || Integer.valueOf(0).equals(row.getVersionNumber())) {
                chosen = row;
            }
        }
        if (orders.size() > 1) {
            throw new OrderStatusException(StatusErrorKeys.ORDER_NUMBER_MISMATCH, "merchant order number '" + number
                    + "' is recorded for several orders " + orders + "; the message must carry orderId");
        }
        return chosen;
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
                throw new OrderStatusException(StatusErrorKeys.ORDERITEMID_MISMATCH, item.describe() + ": order item "
                        + item.orderItemId() + " is not an item of order " + ordersId);
            }
        }
        ItemMatcher matcher = new ItemMatcher(message.items().isEmpty() ? List.of() : store.currentItemStatuses(ordersId));
        List<ItemMatcher.Match> matches = new ArrayList<>(message.items().size());
        for (StatusMessage.ItemStatus item : message.items()) {
            matches.add(matcher.match(item));
        }
        if (complete) {
            Set<Long> missing = new TreeSet<>(orderItems);
            matches.forEach(match -> missing.remove(match.orderItemId()));
            if (!missing.isEmpty()) {
                throw new OrderStatusException(StatusErrorKeys.ITEMS_INCOMPLETE, "updateMode C needs a status for"
                        + " every item of order " + ordersId + "; missing: " + missing);
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
        boolean history = matches.stream().anyMatch(match -> !match.created() && match.item().versioning());
        ItemHistoryNumbers numbers = history
                ? new ItemHistoryNumbers(store.itemHistoryMaxima(header.getOrdersId())) : null;
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
        for (UserDataField field : message.userData()) {
            store.persist(userDatum(message, ordersId, null, null, field, received));
        }
        for (ItemMatcher.Match match : matches) {
            String number = match.item().merchantItemNumber() != null ? match.item().merchantItemNumber()
                    : Text.stripTrailing(match.row().getMerchantItemNumber());
            for (UserDataField field : match.item().userData()) {
                store.persist(userDatum(message, ordersId, match.orderItemId(), number, field, received));
            }
        }
    }

    private static OrderUserDatum userDatum(StatusMessage message, long ordersId, Long orderItemId, String number,
                                            UserDataField field, LocalDateTime received) {
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
