package org.commerceintegration.format.legacy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes one fixed-width record ({@code <TAG>data</TAG>}) by its layout. Both directions sit together so
 * that the writer can never produce what the reader rejects.
 */
final class RecordCodec {

    private RecordCodec() {}

    /**
     * Reads the record at the cursor. The data segment ends at the layout width when the closing tag is there (so
     * data may even contain that tag); otherwise at the first closing tag, the characters past the layout being kept
     * as trailing characters, unless they contain a tag: then this record's closing tag is missing and the search
     * ran into a later record with the same tag, which must not pass as trailing text. A segment shorter than the
     * layout is an error naming the first incomplete field.
     */
    static LegacyRecord read(BufferCursor cursor, RecordLayout layout) {
        String buffer = cursor.buffer();
        int tagStart = cursor.pos();
        cursor.expect(layout.openTag());
        int start = cursor.pos();
        int width = layout.width();
        String close = layout.closeTag();
        int end;
        if (buffer.startsWith(close, start + width)) {
            end = start + width;
        } else {
            end = buffer.indexOf(close, start);
            if (end < 0) {
                throw new LegacyFormatException(
                        LegacyFormatException.STRUCTURE,
                        "Tag: " + close + " is missing (record " + layout.tag() + " starts at buffer offset " + tagStart
                                + ")",
                        layout.tag(),
                        null,
                        -1,
                        tagStart);
            }
        }
        int length = end - start;
        int strayTag = length > width ? BufferCursor.findTag(buffer, start + width, end) : -1;
        if (strayTag >= 0) {
            throw new LegacyFormatException(
                    LegacyFormatException.STRUCTURE,
                    "Tag: " + close + " is missing (record "
                            + layout.tag() + " starts at buffer offset " + tagStart + "; found "
                            + LegacyFormatException.foundAt(buffer, strayTag) + " at buffer offset " + strayTag
                            + " after its " + width + " characters)",
                    layout.tag(),
                    null,
                    -1,
                    strayTag);
        }
        if (length < width) {
            FieldLayout field = layout.fieldAt(length);
            throw LegacyFormatException.atField(
                    LegacyFormatException.FIELD,
                    layout.tag(),
                    field.name(),
                    field.offset(),
                    start + field.offset(),
                    "record ends after " + length + " of " + width + " characters");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldLayout field : layout.fields()) {
            String text = Blanks.strip(buffer.substring(start + field.offset(), start + field.end()));
            if (text.isEmpty()) {
                continue;
            }
            try {
                values.put(field.name(), field.kind().parse(text));
            } catch (ValueProblem problem) {
                throw LegacyFormatException.atField(
                        LegacyFormatException.FIELD,
                        layout.tag(),
                        field.name(),
                        field.offset(),
                        start + field.offset(),
                        problem.getMessage());
            }
            texts.put(field.name(), text);
        }
        String trailing = end > start + width ? buffer.substring(start + width, end) : "";
        cursor.moveTo(end + close.length());
        return new LegacyRecord(layout, texts, values, trailing);
    }

    /**
     * Appends the record: each value left-justified and blank-padded to its width, then any trailing characters.
     * A value longer than its field fails, unless {@code truncate} is set and the field is TEXT: cutting a number or
     * date would silently change its meaning.
     */
    static void write(StringBuilder out, LegacyRecord record, boolean truncate) {
        RecordLayout layout = record.layout();
        String close = layout.closeTag();
        out.append(layout.openTag());
        for (FieldLayout field : layout.fields()) {
            String text = record.texts().getOrDefault(field.name(), "");
            if (text.length() > field.width()) {
                if (!truncate || field.kind() != FieldKind.TEXT) {
                    throw LegacyFormatException.forValue(
                            LegacyFormatException.WRITE,
                            layout.tag(),
                            field.name(),
                            "value of " + text.length() + " characters does not fit width " + field.width() + ": "
                                    + LegacyFormatException.quote(text));
                }
                text = cut(text, field.width());
            }
            if (text.contains(close)) {
                throw LegacyFormatException.forValue(
                        LegacyFormatException.WRITE,
                        layout.tag(),
                        field.name(),
                        "value contains the record's closing tag " + close);
            }
            out.append(text);
            for (int i = text.length(); i < field.width(); i++) {
                out.append(' ');
            }
        }
        if (BufferCursor.findTag(record.trailing(), 0, record.trailing().length()) >= 0) {
            throw new LegacyFormatException(
                    LegacyFormatException.WRITE,
                    layout.tag() + " trailing characters contain a tag, which the reader would refuse");
        }
        out.append(record.trailing()).append(close);
    }

    /** Cuts to width without splitting a surrogate pair; the shortfall is padded by the caller. */
    private static String cut(String text, int width) {
        int to = width;
        if (to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(0, to);
    }
}
