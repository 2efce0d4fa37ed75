package org.commerceintegration.outbound.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The number forms of both formats (documented on {@link MessageNumbers}). */
class MessageNumbersTest {

    @Test
    void xmlAmountsHaveTheColumnScale() {
        assertEquals("129.97000", MessageNumbers.xmlAmount(new BigDecimal("129.97")));
        assertEquals("0.00000", MessageNumbers.xmlAmount(null));
        assertEquals("-1.50000", MessageNumbers.xmlAmount(new BigDecimal("-1.5")));
        assertEquals("100000000000.00000", MessageNumbers.xmlAmount(new BigDecimal("1E+11")));
        assertEquals("0.123456", MessageNumbers.xmlAmount(new BigDecimal("0.123456")), "never rounded");
    }

    @Test
    void xmlQuantitiesPrintLikeADoubleWithoutExponent() {
        assertEquals("2.0", MessageNumbers.xmlQuantity(2.0));
        assertEquals("1.5", MessageNumbers.xmlQuantity(1.5));
        assertEquals("10000000.0", MessageNumbers.xmlQuantity(1.0E7));
        assertEquals("0.0", MessageNumbers.xmlQuantity(null));
    }

    @Test
    void legacyAmountsKeepAtLeastTwoDecimals() {
        assertEquals(
                "129.97",
                MessageNumbers.legacyAmount(new BigDecimal("129.97000")).toPlainString());
        assertEquals(
                "10.40", MessageNumbers.legacyAmount(new BigDecimal("10.40000")).toPlainString());
        assertEquals(
                "0.00", MessageNumbers.legacyAmount(new BigDecimal("0.00000")).toPlainString());
        assertEquals(
                "100.00",
                MessageNumbers.legacyAmount(new BigDecimal("100.00000")).toPlainString());
        assertEquals(
                "0.12345",
                MessageNumbers.legacyAmount(new BigDecimal("0.12345")).toPlainString());
        assertNull(MessageNumbers.legacyAmount(null));
    }

    @Test
    void legacyQuantitiesHaveNoTrailingZeros() {
        assertEquals("2", MessageNumbers.legacyQuantity(2.0).toPlainString());
        assertEquals("10", MessageNumbers.legacyQuantity(10.0).toPlainString());
        assertEquals("1.5", MessageNumbers.legacyQuantity(1.5).toPlainString());
    }

    @Test
    void datesAndTimes() {
        LocalDateTime t = LocalDateTime.of(2024, 3, 1, 4, 5, 6);
        assertEquals("20240301", MessageNumbers.date(t));
        assertEquals("040506", MessageNumbers.time(t));
    }
}
