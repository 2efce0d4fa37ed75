package org.commerceintegration.format.legacy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * What a fixed-width field holds, and how its text converts to and from a Java value. Parsing and formatting live
 * together so that whatever the writer produces the reader accepts. The rules for numbers follow spec gap G-4:
 * optional leading {@code -}, {@code .} as decimal separator, no grouping; leading zeros are accepted.
 */
public enum FieldKind {

    /** Free text; read trimmed of blanks. Java value: {@link String}. */
    TEXT {
        @Override
        Object parse(String text) {
            return text;
        }

        @Override
        String format(Object value) {
            if (value instanceof CharSequence || value instanceof Character) {
                return value.toString();
            }
            if (value instanceof BigDecimal decimal) {
                return decimal.toPlainString();
            }
            if (value instanceof Number) {
                return value.toString();
            }
            throw new ValueProblem("a " + value.getClass().getSimpleName() + " cannot be written as text");
        }
    },

    /** Decimal number such as {@code 129.97}. Java value: {@link BigDecimal}. */
    NUMBER {
        @Override
        Object parse(String text) {
            int i = text.charAt(0) == '-' ? 1 : 0;
            int digits = 0;
            boolean point = false;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c == '.' && !point) {
                    point = true;
                } else {
                    digits = 0;
                    break;
                }
            }
            if (digits == 0) {
                throw new ValueProblem(quoteFor(text) + " is not a number (optional '-', digits, optional '.')");
            }
            return new BigDecimal(text);
        }

        @Override
        String format(Object value) {
            if (value instanceof BigDecimal decimal) {
                return decimal.toPlainString();
            }
            if (value instanceof Integer
                    || value instanceof Long
                    || value instanceof Short
                    || value instanceof Byte
                    || value instanceof BigInteger) {
                return value.toString();
            }
            if (value instanceof Double || value instanceof Float) {
                double d = ((Number) value).doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new ValueProblem(value + " is not a number");
                }
                return BigDecimal.valueOf(d).toPlainString();
            }
            return checkedText(value);
        }
    },

    /** Whole number such as an id or a quantity. Java value: {@link Long}. */
    INTEGER {
        @Override
        Object parse(String text) {
            int start = text.charAt(0) == '-' ? 1 : 0;
            if (start == text.length()) {
                throw new ValueProblem(quoteFor(text) + " is not an integer");
            }
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    throw new ValueProblem(quoteFor(text) + " is not an integer");
                }
            }
            if (text.length() - start > MAX_INTEGER_DIGITS) {
                throw new ValueProblem(quoteFor(text) + " is out of range for an integer");
            }
            return Long.parseLong(text);
        }

        @Override
        String format(Object value) {
            if (value instanceof Integer
                    || value instanceof Long
                    || value instanceof Short
                    || value instanceof Byte
                    || value instanceof BigInteger) {
                return value.toString();
            }
            if (value instanceof BigDecimal decimal) {
                try {
                    return decimal.toBigIntegerExact().toString();
                } catch (ArithmeticException e) {
                    throw new ValueProblem(decimal.toPlainString() + " is not an integer");
                }
            }
            return checkedText(value);
        }
    },

    /** Calendar date written {@code YYYYMMDD}. Java value: {@link LocalDate}. */
    DATE {
        @Override
        Object parse(String text) {
            if (text.length() != 8 || !allDigits(text)) {
                throw new ValueProblem(quoteFor(text) + " is not a date YYYYMMDD");
            }
            try {
                return LocalDate.of(num(text, 0, 4), num(text, 4, 6), num(text, 6, 8));
            } catch (DateTimeException e) {
                throw new ValueProblem(quoteFor(text) + " is not a valid date YYYYMMDD");
            }
        }

        @Override
        String format(Object value) {
            LocalDate date = value instanceof LocalDateTime dateTime
                    ? dateTime.toLocalDate()
                    : value instanceof LocalDate d ? d : null;
            if (date == null) {
                return checkedText(value);
            }
            if (date.getYear() < 0 || date.getYear() > 9999) {
                throw new ValueProblem(date + " has no YYYYMMDD form");
            }
            return pad(date.getYear(), 4) + pad(date.getMonthValue(), 2) + pad(date.getDayOfMonth(), 2);
        }
    },

    /** Time of day written {@code HHMMSS}. Java value: {@link LocalTime}. */
    TIME {
        @Override
        Object parse(String text) {
            if (text.length() != 6 || !allDigits(text)) {
                throw new ValueProblem(quoteFor(text) + " is not a time HHMMSS");
            }
            try {
                return LocalTime.of(num(text, 0, 2), num(text, 2, 4), num(text, 4, 6));
            } catch (DateTimeException e) {
                throw new ValueProblem(quoteFor(text) + " is not a valid time HHMMSS");
            }
        }

        @Override
        String format(Object value) {
            LocalTime time = value instanceof LocalDateTime dateTime
                    ? dateTime.toLocalTime()
                    : value instanceof LocalTime t ? t : null;
            if (time == null) {
                return checkedText(value);
            }
            return pad(time.getHour(), 2) + pad(time.getMinute(), 2) + pad(time.getSecond(), 2);
        }
    };

    /** Longer digit strings could overflow a long; layouts may not declare wider INTEGER fields. */
    static final int MAX_INTEGER_DIGITS = 18;

    /**
     * Converts the trimmed, non-blank text of a field to its Java value.
     *
     * @throws ValueProblem when the text is not of this kind
     */
    abstract Object parse(String text);

    /**
     * Renders a caller's value as field text (before padding). Strings are accepted when they parse.
     *
     * @throws ValueProblem when the value cannot be rendered as this kind
     */
    abstract String format(Object value);

    /** Strings are passed through as they are (so leading zeros survive), but only if the reader would accept them. */
    String checkedText(Object value) {
        if (!(value instanceof CharSequence)) {
            throw new ValueProblem("a " + value.getClass().getSimpleName() + " cannot be written as " + name());
        }
        String text = Blanks.strip(value.toString());
        if (!text.isEmpty()) {
            parse(text);
        }
        return text;
    }

    static String quoteFor(String text) {
        return LegacyFormatException.quote(text);
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    private static String pad(int value, int width) {
        String s = Integer.toString(value);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
