package org.commerceintegration.format.legacy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * One record of a legacy message with its field values. Only non-blank fields are present: a blank field means
 * "absent". Text is kept as it appeared (trimmed), so writing a read record reproduces its bytes (leading zeros
 * included); the typed value is kept alongside. Characters beyond the layout ({@link #trailing()}) are kept too,
 * because the spec says they must be tolerated and the layouts are known to be incomplete (G-1, G-6).
 * Immutable; equality is tag, field texts and trailing characters.
 */
public final class LegacyRecord {

    private final RecordLayout layout;
    private final Map<String, String> texts;
    private final Map<String, Object> values;
    private final String trailing;

    LegacyRecord(RecordLayout layout, Map<String, String> texts, Map<String, Object> values, String trailing) {
        this.layout = layout;
        this.texts = Collections.unmodifiableMap(texts);
        this.values = Collections.unmodifiableMap(values);
        this.trailing = trailing;
    }

    public String tag() {
        return layout.tag();
    }

    public RecordLayout layout() {
        return layout;
    }

    /** Trimmed text of the field, or {@code null} when blank. */
    public String text(String field) {
        check(field);
        return texts.get(field);
    }

    /** Typed value ({@link String}, {@link BigDecimal}, {@link Long}, {@link LocalDate}, {@link LocalTime}) or null. */
    public Object value(String field) {
        check(field);
        return values.get(field);
    }

    public LocalDate date(String field) {
        return (LocalDate) value(field);
    }

    public LocalTime time(String field) {
        return (LocalTime) value(field);
    }

    public BigDecimal decimal(String field) {
        return (BigDecimal) value(field);
    }

    public Long integer(String field) {
        return (Long) value(field);
    }

    /** Non-blank field texts in layout order. */
    public Map<String, String> texts() {
        return texts;
    }

    /** Non-blank typed values in layout order. */
    public Map<String, Object> values() {
        return values;
    }

    /** Characters after the last known field, as they were (possibly blank); empty when none. */
    public String trailing() {
        return trailing;
    }

    private void check(String field) {
        if (layout.field(field) == null) {
            throw new IllegalArgumentException(layout.tag() + " has no field " + field);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegacyRecord other
                && tag().equals(other.tag())
                && texts.equals(other.texts)
                && trailing.equals(other.trailing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag(), texts, trailing);
    }

    @Override
    public String toString() {
        return tag() + texts + (trailing.isEmpty() ? "" : " +" + LegacyFormatException.quote(trailing));
    }
}
