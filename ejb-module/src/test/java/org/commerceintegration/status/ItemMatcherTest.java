package org.commerceintegration.status;

import static org.commerceintegration.status.Messages.invocation;
import static org.commerceintegration.status.Messages.item;
import static org.commerceintegration.status.Messages.props;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commerceintegration.command.CommandInvocation;
import org.junit.jupiter.api.Test;

/** Spec 8.6 step 6: finding the ORDISTAT row of each item by either id, and the mismatch errors. */
class ItemMatcherTest {

    private final OrderItemStatusRecord line1 = row(20001L, "BE-LINE-1                     "); // CHAR(30) as read
    private final OrderItemStatusRecord line2 = row(20002L, null);
    private final OrderItemStatusRecord byNumberOnly = row(null, "BE-LINE-3");

    @Test
    void findsRowsByEitherIdAndCreatesTheRest() {
        ItemMatcher matcher = new ItemMatcher(List.of(line1, line2, byNumberOnly));

        assertSame(line1, matcher.match(item(1, "orderItemId", "20001")).row());
        assertSame(
                line1, matcher.match(item(2, "merchantItemNumber", "BE-LINE-1")).row());
        assertSame(
                line1,
                matcher.match(item(3, "orderItemId", "20001", "merchantItemNumber", "BE-LINE-1"))
                        .row());
        ItemMatcher.Match addsNumber =
                matcher.match(item(4, "orderItemId", "20002", "merchantItemNumber", "BE-LINE-2"));
        assertSame(line2, addsNumber.row());
        assertFalse(addsNumber.created());
        ItemMatcher.Match addsId = matcher.match(item(5, "orderItemId", "20003", "merchantItemNumber", "BE-LINE-3"));
        assertSame(byNumberOnly, addsId.row());
        assertEquals(20003L, addsId.orderItemId(), "the id the message adds counts for updateMode C");
        assertNull(byNumberOnly.getOrderItemId(), "rows are not changed while matching");

        ItemMatcher.Match created = matcher.match(item(6, "orderItemId", "20004"));
        assertTrue(created.created());
        ItemMatcher.Match again = matcher.match(item(7, "orderItemId", "20004", "merchantItemNumber", "BE-LINE-4"));
        assertSame(created.row(), again.row(), "a later item of the same message finds the new row");
        assertFalse(again.created());
        assertSame(
                created.row(),
                matcher.match(item(8, "merchantItemNumber", "BE-LINE-4")).row());
    }

    @Test
    void merchantItemNumberMustMatchTheRecordedOne() {
        ItemMatcher matcher = new ItemMatcher(List.of(line1, line2, byNumberOnly));
        OrderStatusException e = assertThrows(
                OrderStatusException.class,
                () -> matcher.match(item(1, "orderItemId", "20001", "merchantItemNumber", "BE-LINE-9")));
        assertEquals(StatusErrorKeys.ORDERITEM_NUMBER_MISMATCH, e.errorKey());
        assertTrue(e.getMessage().contains("recorded with merchant item number 'BE-LINE-1'"), e.getMessage());

        OrderStatusException taken = assertThrows(
                OrderStatusException.class,
                () -> matcher.match(item(2, "orderItemId", "20002", "merchantItemNumber", "BE-LINE-1")));
        assertEquals(StatusErrorKeys.ORDERITEM_NUMBER_MISMATCH, taken.errorKey(), "BE-LINE-1 belongs to 20001");
    }

    @Test
    void orderItemIdMustMatchTheRecordedOne() {
        ItemMatcher matcher = new ItemMatcher(List.of(line1));
        OrderStatusException e = assertThrows(
                OrderStatusException.class,
                () -> matcher.match(item(1, "orderItemId", "20005", "merchantItemNumber", "BE-LINE-1")));
        assertEquals(StatusErrorKeys.ORDERITEMID_MISMATCH, e.errorKey());
        assertTrue(e.getMessage().contains("recorded for order item 20001"), e.getMessage());
    }

    private static OrderItemStatusRecord row(Long orderItemId, String merchantItemNumber) {
        OrderItemStatusRecord row = new OrderItemStatusRecord();
        row.setOrderItemId(orderItemId);
        row.setMerchantItemNumber(merchantItemNumber);
        row.setVersionNumber(0);
        return row;
    }

    /** The item at a position of a message (the positions only label error messages). */
    private static StatusMessage.ItemStatus item(int position, String... pairs) {
        CommandInvocation.ItemProperties[] items = new CommandInvocation.ItemProperties[position];
        for (int i = 0; i < position - 1; i++) {
            items[i] = Messages.item("orderItemId", "1");
        }
        items[position - 1] = Messages.item(pairs);
        return StatusMessage.parse(invocation(props("orderId", "10001"), items))
                .items()
                .get(position - 1);
    }
}
