package org.commerceintegration.outbound.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How numbers and timestamps are written in the order messages. The spec leaves this open (G-4; TV-4 guesses at how
 * Commerce's data beans print values), so the choices are made here, once, for both formats:
 *
 * <ul>
 *   <li><b>XML amounts</b> (prices, totals, {@code ORDERS.FIELD2}): plain decimal with the columns' scale of 5, as in
 *       TV-4: {@code 129.97000}; a missing amount that the DTD requires is {@code 0.00000}.</li>
 *   <li><b>XML quantities</b> ({@code ORDERITEMS.QUANTITY}, a DOUBLE): as Java prints a double ({@code 2.0},
 *       {@code 1.5}), as in TV-4, but never in exponent form ({@code 10000000.0}, not {@code 1.0E7}).</li>
 *   <li><b>Legacy amounts</b>: plain decimal with trailing zeros removed but at least two decimals, as in TV-1 and
 *       TV-2: {@code 129.97}, {@code 10.40}, {@code 0.00}; more decimals only when the value has them
 *       ({@code 0.12345}). Nothing is ever rounded away.</li>
 *   <li><b>Legacy quantities</b>: plain decimal without trailing zeros: {@code 2}, {@code 1.5}.</li>
 *   <li>Dates {@code YYYYMMDD}, times {@code HHMMSS}, in the time zone the database stores (no conversion).</li>
 * </ul>
 * No grouping, {@code .} as the decimal separator, {@code -} for negatives, whatever the server's locale.
 */
public final class MessageNumbers {

    /** Scale of Commerce's DECIMAL(20,5) money columns. */
    public static final int AMOUNT_SCALE = 5;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    private MessageNumbers() {}

    /** XML amount; {@code null} becomes zero. */
    public static String xmlAmount(BigDecimal amount) {
        BigDecimal value = amount == null ? BigDecimal.ZERO : amount;
        return value.setScale(Math.max(AMOUNT_SCALE, value.scale()), RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    /** XML quantity; {@code null} becomes {@code 0.0}. */
    public static String xmlQuantity(Double quantity) {
        BigDecimal value = BigDecimal.valueOf(quantity == null ? 0.0 : quantity);
        return value.setScale(Math.max(1, value.scale()), RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    /** Legacy amount, or {@code null} for {@code null}. */
    public static BigDecimal legacyAmount(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale()), RoundingMode.UNNECESSARY);
    }

    /** Legacy quantity, or {@code null} for {@code null}. */
    public static BigDecimal legacyQuantity(Double quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = BigDecimal.valueOf(quantity).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    public static String date(LocalDateTime timestamp) {
        return timestamp.format(DATE);
    }

    public static String time(LocalDateTime timestamp) {
        return timestamp.format(TIME);
    }
}
