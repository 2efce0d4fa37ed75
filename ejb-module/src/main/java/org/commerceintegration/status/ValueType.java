package org.commerceintegration.status;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.regex.Pattern;

/**
 * The column types of {@code ORDSTAT}/{@code ORDISTAT} and how a parameter's text becomes a value for them.
 *
 * <p>Every value is checked against its column here, before any database work, so that a bad message fails with a
 * Commerce error key naming the parameter instead of a database exception (or, worse, silent truncation).
 * Conversions are pure and thread-safe.
 */
enum ValueType {

    /** {@code CHAR(n)}/{@code VARCHAR(n)}: taken as given, at most n characters. */
    TEXT {
        @Override
        Object convert(String text, int length, String parameter) {
            if (text.length() > length) {
                throw new OrderStatusException(
                        StatusErrorKeys.INVALID_VALUE,
                        "value of " + parameter + " is " + text.length() + " characters long, its column holds "
                                + length + ": '" + shown(text) + "'");
            }
            return text;
        }
    },

    /** {@code INTEGER}: a whole number; {@code 2.0} is accepted as 2 because some back ends print quantities so. */
    INTEGER {
        @Override
        Object convert(String text, int length, String parameter) {
            BigDecimal number = number(text, parameter);
            try {
                return number.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                throw invalidNumeric(text, parameter, "not a whole number within the INTEGER range");
            }
        }
    },

    /** {@code DECIMAL(20,5)}: at most 15 digits before and 5 after the point (more would be rounded by the column). */
    DECIMAL {
        @Override
        Object convert(String text, int length, String parameter) {
            BigDecimal number = number(text, parameter).stripTrailingZeros();
            if (number.scale() > SCALE) {
                throw invalidNumeric(text, parameter, "more than " + SCALE + " decimal places");
            }
            BigDecimal value = number.setScale(SCALE);
            if (value.precision() - SCALE > PRECISION - SCALE) {
                throw invalidNumeric(text, parameter, "more than " + (PRECISION - SCALE) + " digits before the point");
            }
            return value;
        }
    },

    /**
     * {@code TIMESTAMP}: the JDBC escape form {@code yyyy-MM-dd HH:mm:ss} with an optional fraction of up to nine
     * digits, the form the mappers normalise every date to (Commerce requires {@code yyyy-mm-dd hh:mm:ss.ssssss}).
     */
    TIMESTAMP {
        @Override
        Object convert(String text, int length, String parameter) {
            try {
                return LocalDateTime.parse(text, JDBC_TIMESTAMP);
            } catch (DateTimeParseException e) {
                throw new OrderStatusException(
                        StatusErrorKeys.INVALID_TIMESTAMP,
                        "invalid timestamp '" + shown(text) + "' for " + parameter
                                + ": expected yyyy-MM-dd HH:mm:ss.ffffff");
            }
        }
    };

    /** Precision and scale of every money and {@code FIELD2} column. */
    static final int PRECISION = 20;

    static final int SCALE = 5;

    /** Longer numeric text is refused before parsing: no column needs it, and parsing cost grows with length. */
    private static final int MAX_NUMBER_TEXT = 64;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private static final DateTimeFormatter JDBC_TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * @param text      the parameter's text, not blank
     * @param length    the column's length, for {@link #TEXT}
     * @param parameter the parameter's name, for the error message
     * @return a {@code String}, {@code Integer}, {@code BigDecimal} (scale 5) or {@code LocalDateTime}
     * @throws OrderStatusException with {@code _ERR_OS_INVALID_NUMERIC}, {@code _ERR_OS_INVALID_TIMESTAMP} or
     *                              {@code _ERR_OS_INVALID_VALUE}
     */
    abstract Object convert(String text, int length, String parameter);

    /** The numeric value of an id parameter ({@code orderId}, {@code orderItemId}: BIGINT columns, spec G-21). */
    static long id(String text, String parameter) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw invalidNumeric(text, parameter, "not a whole number within the BIGINT range");
        }
    }

    private static BigDecimal number(String text, String parameter) {
        String stripped = text.strip();
        if (stripped.length() > MAX_NUMBER_TEXT || !NUMBER.matcher(stripped).matches()) {
            throw invalidNumeric(text, parameter, "not a decimal number");
        }
        return new BigDecimal(stripped);
    }

    private static OrderStatusException invalidNumeric(String text, String parameter, String why) {
        return new OrderStatusException(
                StatusErrorKeys.INVALID_NUMERIC,
                "invalid value '" + shown(text) + "' for numeric field " + parameter + ": " + why);
    }

    /** The value as an error message shows it: bounded, so a huge value cannot flood the logs. */
    static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
