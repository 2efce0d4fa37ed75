package org.commerceintegration.inbound;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts template values to what the command expects: dates and times become JDBC timestamp text
 * {@code yyyy-MM-dd HH:mm:ss.SSSSSS}, so the command parses one format only. Strict: a value that is not a real date
 * or time is refused with the reason, never guessed at.
 */
final class FieldConverter {

    private static final DateTimeFormatter JDBC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern COMPACT_TIME = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?(Z|[+-]\\d{2}:\\d{2})?");

    private final ZoneId zone;

    /** @param zone the server's zone: where GMTDATE midnights and ISO values with an offset are expressed */
    FieldConverter(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @throws IllegalArgumentException with a reason fit for an operator, when the value does not fit the type
     */
    String convert(TemplateTag.FieldType type, String value) {
        return switch (type) {
            case STRING -> value;
            case DATE -> compactDate(value).atStartOfDay().format(JDBC);
            case GMTDATE ->
                compactDate(value)
                        .atStartOfDay(ZoneOffset.UTC)
                        .withZoneSameInstant(zone)
                        .toLocalDateTime()
                        .format(JDBC);
            case TIMESTAMP -> timestamp(value).format(JDBC);
            case DATEPART -> compactDate(value).toString();
            case TIMEPART -> isTimeOfDay(value) ? compactTime(value).format(TIME) : dateOrDateTime(value);
        };
    }

    /**
     * Whether a TIMEPART value is a bare time of day ({@code HHMMSS}), to be joined with its DATEPART half, rather
     * than a date or date-time that stands alone (G-11).
     */
    static boolean isTimeOfDay(String value) {
        return COMPACT_TIME.matcher(value).matches();
    }

    /** G-11: Commerce maps {@code LastUpdateTime} as a DATE field, so a date or date-time there is taken whole. */
    private String dateOrDateTime(String value) {
        try {
            return timestamp(value).format(JDBC);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is neither a time of day (HHMMSS) nor a date or"
                    + " date-time (YYYYMMDD, yyyy-mm-dd, yyyy-mm-ddThh:mm:ss[.ffffff])");
        }
    }

    /** Joins the checked halves produced by DATEPART and TIMEPART. */
    String combine(String datePart, String timePart) {
        return LocalDate.parse(datePart).atTime(LocalTime.parse(timePart)).format(JDBC);
    }

    /**
     * The WCS messages announce ISO 8601 {@code yyyy-mm-ddThh:mm:ss.ssssss}, yet the spec's own TV-5 (validated
     * against the shipped 3.0 DTD) carries {@code 20240306} in a date element; both are unambiguous, so both are
     * taken, with a bare date meaning midnight. A value with an offset is converted to the server's zone because
     * the column has none.
     */
    private LocalDateTime timestamp(String value) {
        Matcher m = ISO_DATE_TIME.matcher(value);
        if (m.matches()) {
            LocalDateTime local = dateTime(m, value);
            if (m.group(8) == null) {
                return local;
            }
            ZoneOffset offset = m.group(8).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
            return OffsetDateTime.of(local, offset).atZoneSameInstant(zone).toLocalDateTime();
        }
        if (ISO_DATE.matcher(value).matches()) {
            return date(value, ISO_DATE).atStartOfDay();
        }
        if (COMPACT_DATE.matcher(value).matches()) {
            return compactDate(value).atStartOfDay();
        }
        throw new IllegalArgumentException("'" + value + "' is not a timestamp (yyyy-mm-ddThh:mm:ss[.ffffff])");
    }

    private static LocalDateTime dateTime(Matcher m, String value) {
        String fraction = m.group(7) == null ? "" : m.group(7);
        int micros = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000").substring(0, 6));
        try {
            return LocalDateTime.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)),
                    micros * 1000);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a real date and time: " + e.getMessage());
        }
    }

    private static LocalDate compactDate(String value) {
        return date(value, COMPACT_DATE);
    }

    private static LocalDate date(String value, Pattern pattern) {
        Matcher m = pattern.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a date (" + (pattern == COMPACT_DATE ? "YYYYMMDD" : "yyyy-mm-dd") + ")");
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a real date: " + e.getMessage());
        }
    }

    private static LocalTime compactTime(String value) {
        Matcher m = COMPACT_TIME.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a time (HHMMSS)");
        }
        try {
            return LocalTime.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a real time: " + e.getMessage());
        }
    }
}
