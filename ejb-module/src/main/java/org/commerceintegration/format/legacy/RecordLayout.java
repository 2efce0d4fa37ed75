package org.commerceintegration.format.legacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered, fixed-width fields of one record (data segment) for one message type and version. Offsets, tags and
 * the name index are computed once when the catalog is loaded, so reading and writing only index into arrays.
 * Immutable.
 */
public final class RecordLayout {

    private final String type;
    private final String version;
    private final String tag;
    private final List<FieldLayout> fields;
    private final Map<String, FieldLayout> byName;
    private final int width;
    private final String openTag;
    private final String closeTag;

    RecordLayout(String type, String version, String tag, List<FieldLayout> fields) {
        this.type = type;
        this.version = version;
        this.tag = tag;
        this.fields = List.copyOf(fields);
        Map<String, FieldLayout> index = new LinkedHashMap<>();
        int fixed = 0;
        for (FieldLayout field : this.fields) {
            index.put(field.name(), field);
            if (!field.isVariable()) {
                fixed += field.width();
            }
        }
        this.byName = Collections.unmodifiableMap(index);
        this.width = fixed;
        this.openTag = "<" + tag + ">";
        this.closeTag = "</" + tag + ">";
    }

    /** Message type this layout was declared for, or {@code *} when shared by all. */
    public String type() {
        return type;
    }

    /** Message version this layout was declared for, or {@code *}. */
    public String version() {
        return version;
    }

    /** The record tag, e.g. {@code HDR010}. */
    public String tag() {
        return tag;
    }

    public List<FieldLayout> fields() {
        return fields;
    }

    /** The field of that name, or {@code null}. */
    public FieldLayout field(String name) {
        return byName.get(name);
    }

    /** Sum of the fixed field widths: the minimum length of the data segment. */
    public int width() {
        return width;
    }

    public String openTag() {
        return openTag;
    }

    public String closeTag() {
        return closeTag;
    }

    /** The field that covers a data-segment offset; for a short record, the first field that is not complete. */
    FieldLayout fieldAt(int offset) {
        for (FieldLayout field : fields) {
            if (field.isVariable() || offset < field.end()) {
                return field;
            }
        }
        return fields.get(fields.size() - 1);
    }

    /**
     * Makes a record from caller values, validated as the reader would validate the written text. Values may be
     * strings (kept as given, trimmed, if the field kind accepts them) or typed: {@link java.math.BigDecimal} and
     * other numbers for NUMBER/INTEGER, {@link java.time.LocalDate} for DATE, {@link java.time.LocalTime} for TIME
     * ({@link java.time.LocalDateTime} for either). {@code null} or blank means absent (written as blanks); absent
     * fields with a declared default get the default. Width is checked by the writer, which may truncate.
     *
     * @throws LegacyFormatException naming the field when a name is unknown or a value unacceptable
     */
    public LegacyRecord newRecord(Map<String, ?> values) {
        for (FieldLayout field : fields) {
            if (field.isVariable()) {
                throw new IllegalStateException(tag + " has a variable-length field; use UserDatum for DATUSR");
            }
        }
        for (String name : values.keySet()) {
            if (!byName.containsKey(name)) {
                throw new LegacyFormatException(
                        LegacyFormatException.WRITE,
                        tag + " (" + type + " " + version + ") has no field " + LegacyFormatException.quote(name));
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Object> typed = new LinkedHashMap<>();
        for (FieldLayout field : fields) {
            Object value = values.get(field.name());
            if (value == null) {
                value = field.defaultValue();
            }
            if (value == null) {
                continue;
            }
            try {
                String text = Blanks.strip(field.kind().format(value));
                if (!text.isEmpty()) {
                    typed.put(field.name(), field.kind().parse(text));
                    texts.put(field.name(), text);
                }
            } catch (ValueProblem problem) {
                throw LegacyFormatException.forValue(
                        LegacyFormatException.WRITE, tag, field.name(), problem.getMessage());
            }
        }
        return new LegacyRecord(this, texts, typed, "");
    }

    @Override
    public String toString() {
        return "[" + type + " " + version + " " + tag + "] " + width + " chars";
    }
}
