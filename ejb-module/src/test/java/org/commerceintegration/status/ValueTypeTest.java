package org.commerceintegration.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The converters: every value checked against its column, with the Commerce error keys. */
class ValueTypeTest {

    @Test
    void decimalsGetTheColumnScaleAndMustFit() {
        assertEquals(new BigDecimal("129.97000"), ValueType.DECIMAL.convert("129.97", 0, "p"));
        assertEquals(new BigDecimal("-0.50000"), ValueType.DECIMAL.convert("-.5", 0, "p"));
        assertEquals(new BigDecimal("7.00000"), ValueType.DECIMAL.convert("+7", 0, "p"));
        assertEquals(new BigDecimal("1.12345"), ValueType.DECIMAL.convert("1.123450000", 0, "p"));
        assertEquals(
                new BigDecimal("999999999999999.99999"), ValueType.DECIMAL.convert("999999999999999.99999", 0, "p"));
        assertEquals(new BigDecimal("0.00000"), ValueType.DECIMAL.convert("0", 0, "p"));
        for (String bad :
                new String[] {"1.123456", "1000000000000000", "1,5", "1e3", "abc", "", "-", ".", "1.2.3", "1".repeat(65)
                }) {
            assertKey(StatusErrorKeys.INVALID_NUMERIC, ValueType.DECIMAL, bad);
        }
    }

    @Test
    void integersAreWholeAndInRange() {
        assertEquals(2, ValueType.INTEGER.convert("2", 0, "q"));
        assertEquals(2, ValueType.INTEGER.convert("2.000", 0, "q"));
        assertEquals(-3, ValueType.INTEGER.convert("-3", 0, "q"));
        assertEquals(Integer.MAX_VALUE, ValueType.INTEGER.convert("2147483647", 0, "q"));
        for (String bad : new String[] {"2.5", "2147483648", "two", "0x10"}) {
            assertKey(StatusErrorKeys.INVALID_NUMERIC, ValueType.INTEGER, bad);
        }
    }

    @Test
    void timestampsUseTheJdbcEscapeForm() {
        assertEquals(
                LocalDateTime.of(2024, 3, 6, 9, 15), ValueType.TIMESTAMP.convert("2024-03-06 09:15:00.000000", 0, "t"));
        assertEquals(
                LocalDateTime.of(2024, 3, 6, 9, 15, 0, 123_000_000),
                ValueType.TIMESTAMP.convert("2024-03-06 09:15:00.123", 0, "t"));
        assertEquals(LocalDateTime.of(2024, 3, 6, 9, 15), ValueType.TIMESTAMP.convert("2024-03-06 09:15:00", 0, "t"));
        for (String bad : new String[] {
            "20240306",
            "2024-03-06",
            "2024-03-06T09:15:00",
            "2024-02-30 00:00:00",
            "2024-03-06 24:00:00",
            "2024-03-06 09:15:00.1234567890"
        }) {
            assertKey(StatusErrorKeys.INVALID_TIMESTAMP, ValueType.TIMESTAMP, bad);
        }
    }

    @Test
    void textMustFitItsColumn() {
        assertEquals("SP", ValueType.TEXT.convert("SP", 2, "shipCondition"));
        OrderStatusException e = assertKey(StatusErrorKeys.INVALID_VALUE, ValueType.TEXT, "SPX");
        assertEquals(
                "_ERR_OS_INVALID_VALUE: value of p is 3 characters long, its column holds 2: 'SPX'", e.getMessage());
    }

    @Test
    void idsAreBigints() {
        assertEquals(10001L, ValueType.id("10001", "orderId"));
        assertEquals(9_999_999_999_999L, ValueType.id(" 9999999999999 ", "orderId"));
        assertThrows(OrderStatusException.class, () -> ValueType.id("1.0", "orderId"));
    }

    private static OrderStatusException assertKey(String key, ValueType type, String text) {
        OrderStatusException e = assertThrows(OrderStatusException.class, () -> type.convert(text, 2, "p"), text);
        assertEquals(key, e.errorKey(), text);
        return e;
    }
}
