package org.commerceintegration.status;

import static org.commerceintegration.status.Messages.invocation;
import static org.commerceintegration.status.Messages.props;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Spec 8.6 step 3 with the G-23 (duplicates refused) and G-30 (numeric else lexical) decisions. */
class SerializationTest {

    private static final String T1 = "2024-03-06 09:15:00.000000";
    private static final String T2 = "2024-03-06 09:16:00.000000";

    @Test
    void sequenceNumbersCompareNumericallyWhenBothAreWholeNumbers() {
        assertTrue(Serialization.compareSequenceNumbers("100", "99") > 0);
        assertTrue(Serialization.compareSequenceNumbers("0042", "42") == 0);
        assertTrue(Serialization.compareSequenceNumbers("-1", "0") < 0);
        assertTrue(Serialization.compareSequenceNumbers("123456789012345678901234567890", "9") > 0);
    }

    @Test
    void otherwiseLexically() {
        assertTrue(Serialization.compareSequenceNumbers("A-10", "A-9") < 0, "lexical: A-10 sorts before A-9");
        assertTrue(Serialization.compareSequenceNumbers("B", "A-9") > 0);
        assertTrue(Serialization.compareSequenceNumbers("100", "99a") < 0);
    }

    @Test
    void newerIsAppliedOlderAndEqualAreRefused() {
        OrderStatusRecord row = stored("42", T1);
        assertDoesNotThrow(() -> check(row, "43", T2));
        assertDoesNotThrow(() -> check(row, "43", null));
        assertDoesNotThrow(() -> check(row, null, T2));
        assertRefused(row, "41", T2, "older sequence number, newer time: obsolete");
        assertRefused(row, "43", "2024-03-06 09:14:59.999999", "newer sequence number, older time: obsolete");
        assertRefused(row, "42", T1, "the same message again: duplicate");
        assertRefused(row, "42", null, "duplicate sequence number");
        assertRefused(row, null, T1, "duplicate time");
        assertDoesNotThrow(() -> check(row, "43", T1), "a newer sequence number with an unchanged (coarse) time");
    }

    @Test
    void nothingToCompareIsApplied() {
        assertDoesNotThrow(() -> check(stored(null, null), "1", T1));
        assertDoesNotThrow(() -> check(stored("42", T1), null, null));
        assertDoesNotThrow(() -> check(stored("42", null), null, T1));
    }

    @Test
    void messageNamesWhatWasRecorded() {
        OrderStatusException e = assertThrows(OrderStatusException.class, () -> check(stored("100", T1), "99", null));
        assertEquals(StatusErrorKeys.SEQUENCE, e.errorKey());
        assertTrue(e.getMessage().contains("'99' is older than the recorded '100'"), e.getMessage());
    }

    private static OrderStatusRecord stored(String sequence, String time) {
        OrderStatusRecord row = new OrderStatusRecord();
        row.setOrdersId(10001L);
        row.setSequenceNumber(sequence);
        row.setLastUpdateTime(time == null ? null : (LocalDateTime) ValueType.TIMESTAMP.convert(time, 0, "t"));
        return row;
    }

    private static void check(OrderStatusRecord row, String sequence, String time) {
        var header = props("orderId", "10001");
        if (sequence != null) {
            header.put("sequenceNumber", sequence);
        }
        if (time != null) {
            header.put("lastUpdateTime", time);
        }
        Serialization.check(StatusMessage.parse(invocation(header)), row);
    }

    private static void assertRefused(OrderStatusRecord row, String sequence, String time, String why) {
        OrderStatusException e = assertThrows(OrderStatusException.class, () -> check(row, sequence, time), why);
        assertEquals(StatusErrorKeys.SEQUENCE, e.errorKey(), why);
    }
}
