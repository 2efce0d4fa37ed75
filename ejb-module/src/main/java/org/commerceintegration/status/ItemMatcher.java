package org.commerceintegration.status;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the current {@code ORDISTAT} row each item of a message updates (spec 8.6 step 6): by {@code ORDERITMES_ID}
 * or by {@code OIMITEM}, within one order, reporting the Commerce mismatch errors when the two ids disagree with what
 * is recorded. An item with no row yet gets a new, unsaved row.
 *
 * <p>Pure, for one message: it works on the rows loaded by one query and never changes them, so the state before the
 * message stays intact for history copies. Ids an item adds to a row (a row known only by its merchant item number
 * that now also gets its order item id) are remembered here, and a later item of the same message that names the same
 * item finds the same row.
 */
final class ItemMatcher {

    /** What an item of the message resolved to. */
    record Match(StatusMessage.ItemStatus item, OrderItemStatusRecord row, boolean created, Long orderItemId) {}

    private static final class Keys {
        Long orderItemId;
        String merchantItemNumber;
    }

    private final Map<Long, OrderItemStatusRecord> byOrderItemId = new HashMap<>();
    private final Map<String, OrderItemStatusRecord> byMerchantItemNumber = new HashMap<>();
    private final Map<OrderItemStatusRecord, Keys> keys = new IdentityHashMap<>();

    /** @param currentRows the order's current rows; where two claim one id, the first keeps it */
    ItemMatcher(List<OrderItemStatusRecord> currentRows) {
        for (OrderItemStatusRecord row : currentRows) {
            register(row, row.getOrderItemId(), Text.stripTrailing(row.getMerchantItemNumber()));
        }
    }

    /**
     * @throws OrderStatusException {@code _ERR_OI_ORDERITEM_NUMBER_MISMATCH} or {@code _ERR_OI_ORDERITEMID_MISMATCH}
     */
    Match match(StatusMessage.ItemStatus item) {
        Long id = item.orderItemId();
        String number = item.merchantItemNumber();
        OrderItemStatusRecord byId = id == null ? null : byOrderItemId.get(id);
        OrderItemStatusRecord byNumber = number == null ? null : byMerchantItemNumber.get(number);
        OrderItemStatusRecord row;
        boolean created = false;
        if (byId != null) {
            String recorded = keys.get(byId).merchantItemNumber;
            if (number != null && recorded != null && !recorded.equals(number)) {
                throw new OrderStatusException(
                        StatusErrorKeys.ORDERITEM_NUMBER_MISMATCH,
                        item.describe() + ": order item " + id + " is recorded with merchant item number '" + recorded
                                + "'");
            }
            if (byNumber != null && byNumber != byId) {
                throw new OrderStatusException(
                        StatusErrorKeys.ORDERITEM_NUMBER_MISMATCH,
                        item.describe()
                                + ": merchant item number '" + number + "' is recorded for another item (order item "
                                + keys.get(byNumber).orderItemId + ")");
            }
            row = byId;
        } else if (byNumber != null) {
            Long recorded = keys.get(byNumber).orderItemId;
            if (id != null && recorded != null) {
                throw new OrderStatusException(
                        StatusErrorKeys.ORDERITEMID_MISMATCH,
                        item.describe() + ": merchant item number '" + number + "' is recorded for order item "
                                + recorded);
            }
            row = byNumber;
        } else {
            row = new OrderItemStatusRecord();
            created = true;
        }
        register(row, id, number);
        return new Match(item, row, created, keys.get(row).orderItemId);
    }

    private void register(OrderItemStatusRecord row, Long orderItemId, String merchantItemNumber) {
        Keys rowKeys = keys.computeIfAbsent(row, r -> new Keys());
        if (orderItemId != null && rowKeys.orderItemId == null) {
            rowKeys.orderItemId = orderItemId;
            byOrderItemId.putIfAbsent(orderItemId, row);
        }
        if (merchantItemNumber != null && !merchantItemNumber.isEmpty() && rowKeys.merchantItemNumber == null) {
            rowKeys.merchantItemNumber = merchantItemNumber;
            byMerchantItemNumber.putIfAbsent(merchantItemNumber, row);
        }
    }
}
