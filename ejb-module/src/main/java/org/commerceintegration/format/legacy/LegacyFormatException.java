package org.commerceintegration.format.legacy;

import org.commerceintegration.format.MessageFormatException;

/**
 * A legacy buffer could not be read, or a legacy message could not be written. The text names where: record tag,
 * field, offset inside the record's data segment and offset inside the whole buffer, so an operator can find the
 * fault in the raw message on the error queue without a debugger.
 */
public class LegacyFormatException extends MessageFormatException {

    private static final long serialVersionUID = 1L;

    /** A tag is missing or out of place, or there is content after {@code </ECEDOC>}. */
    public static final String STRUCTURE = "LEGACY_STRUCTURE";
    /** A field has a value its kind does not allow, or a record is shorter than its layout. */
    public static final String FIELD = "LEGACY_FIELD";
    /** A {@code DATUSR} record is malformed (name, length or value). */
    public static final String USER_DATA = "LEGACY_USER_DATA";
    /** No layout exists for the PROLOG's message type and version. */
    public static final String UNKNOWN_MESSAGE = "LEGACY_UNKNOWN_MESSAGE";
    /** The buffer exceeds the reader's size limit. */
    public static final String TOO_LARGE = "LEGACY_TOO_LARGE";
    /** A value cannot be written: too long for its field, unknown field, incomplete message. */
    public static final String WRITE = "LEGACY_WRITE";

    private static final int MAX_QUOTED = 40;

    private final String record;
    private final String field;
    private final int offset;
    private final int bufferOffset;

    public LegacyFormatException(String reasonCode, String message) {
        this(reasonCode, message, null, null, -1, -1);
    }

    LegacyFormatException(
            String reasonCode, String message, String record, String field, int offset, int bufferOffset) {
        super(reasonCode, message);
        this.record = record;
        this.field = field;
        this.offset = offset;
        this.bufferOffset = bufferOffset;
    }

    /** A bad value or short record while reading: {@code HDR010 field X at offset 148 (buffer offset 211): problem}. */
    static LegacyFormatException atField(
            String reasonCode, String record, String field, int offset, int bufferOffset, String problem) {
        return new LegacyFormatException(
                reasonCode,
                record + " field " + field + " at offset " + offset + " (buffer offset " + bufferOffset + "): "
                        + problem,
                record,
                field,
                offset,
                bufferOffset);
    }

    /** A bad value while building or writing, where no buffer offset exists yet. */
    static LegacyFormatException forValue(String reasonCode, String record, String field, String problem) {
        return new LegacyFormatException(
                reasonCode, record + " field " + field + ": " + problem, record, field, -1, -1);
    }

    /** Commerce's wording for an absent tag ({@code Tag: {0} is missing.}), plus where and what was found instead. */
    static LegacyFormatException missingTag(String tag, String buffer, int bufferOffset) {
        return new LegacyFormatException(
                STRUCTURE,
                "Tag: " + tag + " is missing at buffer offset " + bufferOffset + " (found "
                        + foundAt(buffer, bufferOffset) + ")",
                null,
                null,
                -1,
                bufferOffset);
    }

    /** Quotes a value for an error text: bounded in length and with control characters made visible. */
    static String quote(CharSequence value) {
        StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_QUOTED) + 8).append('\'');
        int n = Math.min(value.length(), MAX_QUOTED);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (value.length() > MAX_QUOTED) {
            sb.append("...");
        }
        return sb.append('\'').toString();
    }

    static String foundAt(String buffer, int offset) {
        if (offset >= buffer.length()) {
            return "end of buffer";
        }
        return quote(buffer.subSequence(offset, Math.min(buffer.length(), offset + 16)));
    }

    /** The record tag the problem is in, or {@code null} when it is not about one record. */
    public String record() {
        return record;
    }

    /** The field name, or {@code null}. */
    public String field() {
        return field;
    }

    /** Offset of the field inside its record's data segment, or -1. */
    public int offset() {
        return offset;
    }

    /** Offset of the problem inside the whole buffer, or -1 (e.g. when writing). */
    public int bufferOffset() {
        return bufferOffset;
    }
}
