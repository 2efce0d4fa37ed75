package org.commerceintegration.status;

import java.util.function.BiConsumer;

/**
 * One command parameter and the status column it fills: how its text is converted and which setter stores it.
 * The tables of these ({@link OrderStatusColumns}, {@link OrderItemStatusColumns}) replace per-field reflection.
 *
 * @param parameter the command parameter, e.g. {@code priceTotal}
 * @param column    the column, e.g. {@code OSPRTOT}, for messages and documentation
 * @param type      the column type
 * @param length    the column length for {@link ValueType#TEXT}, else 0
 * @param setter    stores a converted value in a row
 * @param <R>       the row type
 */
record StatusColumn<R>(String parameter, String column, ValueType type, int length, BiConsumer<R, Object> setter) {

    static <R> StatusColumn<R> text(String parameter, String column, int length, BiConsumer<R, String> setter) {
        return new StatusColumn<>(
                parameter, column, ValueType.TEXT, length, (row, v) -> setter.accept(row, (String) v));
    }

    static <R> StatusColumn<R> integer(String parameter, String column, BiConsumer<R, Integer> setter) {
        return new StatusColumn<>(parameter, column, ValueType.INTEGER, 0, (row, v) -> setter.accept(row, (Integer) v));
    }

    static <R> StatusColumn<R> decimal(String parameter, String column, BiConsumer<R, java.math.BigDecimal> setter) {
        return new StatusColumn<>(
                parameter, column, ValueType.DECIMAL, 0, (row, v) -> setter.accept(row, (java.math.BigDecimal) v));
    }

    static <R> StatusColumn<R> timestamp(
            String parameter, String column, BiConsumer<R, java.time.LocalDateTime> setter) {
        return new StatusColumn<>(
                parameter, column, ValueType.TIMESTAMP, 0, (row, v) -> setter.accept(row, (java.time.LocalDateTime) v));
    }

    /**
     * The converted value of the parameter's text, checked against the column.
     *
     * @param where where the parameter sits, for error messages: {@code ""} for the header, {@code "item 2 "} for an item
     */
    Value<R> valueOf(String text, String where) {
        return new Value<>(this, type.convert(text, length, where + parameter));
    }

    /** A converted value ready to be stored. */
    record Value<R>(StatusColumn<R> column, Object value) {

        void applyTo(R row) {
            column.setter().accept(row, value);
        }
    }
}
