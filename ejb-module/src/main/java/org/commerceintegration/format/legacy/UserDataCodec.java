package org.commerceintegration.format.legacy;

/**
 * Reads and writes {@code DATUSR} records (name, length, value of that length) by the DATUSR layout. The declared
 * length must end exactly at the first {@code </DATUSR>}: a mismatch means the length or the framing is corrupt,
 * and guessing which would risk swallowing the following records. Hence a value may not contain {@code </DATUSR>}.
 */
final class UserDataCodec {

    private UserDataCodec() {}

    static UserDatum read(BufferCursor cursor, RecordLayout layout) {
        String buffer = cursor.buffer();
        FieldLayout nameField = layout.fields().get(0);
        FieldLayout lengthField = layout.fields().get(1);
        FieldLayout valueField = layout.fields().get(2);
        String close = layout.closeTag();
        int tagStart = cursor.pos();
        cursor.expect(layout.openTag());
        int start = cursor.pos();
        int firstClose = buffer.indexOf(close, start);
        if (firstClose < 0) {
            throw new LegacyFormatException(
                    LegacyFormatException.USER_DATA,
                    "Tag: " + close + " is missing (record " + layout.tag() + " starts at buffer offset " + tagStart
                            + ")",
                    layout.tag(),
                    null,
                    -1,
                    tagStart);
        }
        if (firstClose - start < layout.width()) {
            FieldLayout field = layout.fieldAt(firstClose - start);
            throw error(
                    layout,
                    field,
                    start,
                    "record ends after " + (firstClose - start) + " of " + layout.width() + " characters");
        }
        String name = Blanks.strip(buffer.substring(start + nameField.offset(), start + nameField.end()));
        if (name.isEmpty()) {
            throw error(layout, nameField, start, "name is blank");
        }
        String lengthText = Blanks.strip(buffer.substring(start + lengthField.offset(), start + lengthField.end()));
        long length = parseLength(lengthText);
        if (length < 0) {
            throw error(
                    layout,
                    lengthField,
                    start,
                    LegacyFormatException.quote(lengthText) + " is not a length (decimal digits)");
        }
        int valueStart = start + layout.width();
        long valueEnd = valueStart + length;
        if (valueEnd != firstClose) {
            throw error(
                    layout,
                    valueField,
                    start,
                    "declared length " + length + " but " + close + " follows after " + (firstClose - valueStart)
                            + " characters");
        }
        cursor.moveTo((int) valueEnd + close.length());
        return new UserDatum(name, buffer.substring(valueStart, (int) valueEnd));
    }

    /** Decimal digits with optional surrounding blanks (so zero-padded and right-justified both work); -1 if not. */
    private static long parseLength(String text) {
        if (text.isEmpty() || text.length() > FieldKind.MAX_INTEGER_DIGITS) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static LegacyFormatException error(RecordLayout layout, FieldLayout field, int start, String problem) {
        int offset = field.isVariable() ? layout.width() : field.offset();
        return LegacyFormatException.atField(
                LegacyFormatException.USER_DATA, layout.tag(), field.name(), offset, start + offset, problem);
    }

    /** Fails unless the datum can be written so that it reads back equal. */
    static void check(RecordLayout layout, UserDatum datum) {
        FieldLayout nameField = layout.fields().get(0);
        String name = datum.name();
        if (name.isEmpty() || !Blanks.strip(name).equals(name) || name.length() > nameField.width()) {
            throw LegacyFormatException.forValue(
                    LegacyFormatException.WRITE,
                    layout.tag(),
                    nameField.name(),
                    "name " + LegacyFormatException.quote(name) + " must be 1 to " + nameField.width()
                            + " characters without leading or trailing blanks");
        }
        FieldLayout lengthField = layout.fields().get(1);
        if (Integer.toString(datum.value().length()).length() > lengthField.width()) {
            throw LegacyFormatException.forValue(
                    LegacyFormatException.WRITE,
                    layout.tag(),
                    lengthField.name(),
                    "value of " + datum.value().length() + " characters is too long");
        }
        if (datum.value().contains(layout.closeTag())) {
            throw LegacyFormatException.forValue(
                    LegacyFormatException.WRITE,
                    layout.tag(),
                    layout.fields().get(2).name(),
                    "value contains the record's closing tag " + layout.closeTag());
        }
    }

    static void write(StringBuilder out, RecordLayout layout, UserDatum datum) {
        check(layout, datum);
        out.append(layout.openTag())
                .append(Blanks.pad(datum.name(), layout.fields().get(0).width()))
                .append(Blanks.pad(
                        Integer.toString(datum.value().length()),
                        layout.fields().get(1).width()))
                .append(datum.value())
                .append(layout.closeTag());
    }
}
