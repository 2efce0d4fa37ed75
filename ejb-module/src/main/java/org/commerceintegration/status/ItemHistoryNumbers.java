package org.commerceintegration.status;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands out {@code OIVERNBR} values for item history rows (spec G-9): per item, one more than the highest number it
 * has, so that the newest history row of an item has the highest number and 0 stays the current row.
 *
 * <p>An item's history rows are found by either of its ids, since a row first known only by its merchant item
 * number may get its order item id later. Built from one grouped query per message; an item updated twice in one
 * message gets two consecutive numbers.
 */
final class ItemHistoryNumbers {

    /** The highest history number recorded under one pair of item ids. */
    record Highest(Long orderItemId, String merchantItemNumber, int versionNumber) {}

    private final List<Highest> recorded;
    private final Map<OrderItemStatusRecord, Integer> handedOut = new IdentityHashMap<>();

    ItemHistoryNumbers(List<Highest> recorded) {
        this.recorded = List.copyOf(recorded);
    }

    /** The number for the next history copy of this current row. */
    int next(OrderItemStatusRecord row) {
        Integer last = handedOut.get(row);
        int next = (last != null ? last : highestRecorded(row)) + 1;
        handedOut.put(row, next);
        return next;
    }

    private int highestRecorded(OrderItemStatusRecord row) {
        String number = Text.stripTrailing(row.getMerchantItemNumber());
        int highest = 0;
        for (Highest entry : recorded) {
            boolean sameId = entry.orderItemId() != null && entry.orderItemId().equals(row.getOrderItemId());
            boolean sameNumber = !Text.isBlank(number) && number.equals(Text.stripTrailing(entry.merchantItemNumber()));
            if (sameId || sameNumber) {
                highest = Math.max(highest, entry.versionNumber());
            }
        }
        return highest;
    }
}
