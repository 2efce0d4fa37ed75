package org.commerceintegration.format.legacy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A legacy buffer laid out field by field for people: each record with each field's offset, width, raw characters,
 * converted value and whether its layout is an assumption. The operator console shows it for messages on the error
 * queue, so a broken message must still be shown as far as it goes: the layout walk below is lenient and only
 * forward-moving (linear, like the reader), and the strict {@link LegacyMessageReader}'s verdict is reported beside it
 * as the {@link Problem} naming record, field and offsets. Thread-safe; create once.
 */
public final class LegacyBreakdown {

    /** A 5 MB hostile buffer must not become a million-row answer. */
    static final int MAX_RECORDS = 2000;

    private static final int TAG_LENGTH = 8;
    private static final int CLOSE_TAG_LENGTH = 9;

    /**
     * One field as it stands in the buffer.
     *
     * @param name       the layout's field name
     * @param offset     offset inside the record's data segment
     * @param width      width in characters (for the DATUSR value: the declared length)
     * @param raw        the characters at that place, untrimmed; shorter than {@code width} (or null) when the record
     *                   ends early
     * @param value      the converted value as text (numbers plain, dates ISO), or null when blank or not convertible
     * @param assumption whether the layout of this field is an assumption (the spec leaves it undocumented)
     * @param problem    why the value is not acceptable, or null
     */
    public record Field(
            String name, int offset, int width, String raw, String value, boolean assumption, String problem) {}

    /**
     * One record.
     *
     * @param tag          record tag, e.g. {@code HDR010}
     * @param section      {@code prolog}, {@code header} or {@code item 1}, {@code item 2}, ...
     * @param bufferOffset where its data segment starts in the buffer
     * @param fields       its fields in layout order (empty when no layout is known for the tag)
     * @param trailing     characters after the last known field (tolerated by the reader), or empty
     * @param problem      what is wrong with the record as a whole (no layout, closing tag missing), or null
     */
    public record Record(
            String tag, String section, int bufferOffset, List<Field> fields, String trailing, String problem) {}

    /**
     * The strict reader's verdict.
     *
     * @param reasonCode   e.g. {@code LEGACY_FIELD}, as the error queue carries it
     * @param message      the reader's text, naming record, field and offsets
     * @param record       the record tag, or null
     * @param field        the field name, or null
     * @param offset       offset in the record's data segment, or -1
     * @param bufferOffset offset in the buffer, or -1
     */
    public record Problem(
            String reasonCode, String message, String record, String field, int offset, int bufferOffset) {}

    /**
     * The breakdown.
     *
     * @param messageType  PROLOG message type, or null when unreadable
     * @param version      PROLOG message version, or null
     * @param valid        whether the strict reader accepts the buffer
     * @param problem      the strict reader's error, or null when valid
     * @param records      the records as far as they could be laid out
     * @param truncated    whether records were left out beyond {@value #MAX_RECORDS}
     */
    public record Result(
            String messageType,
            String version,
            boolean valid,
            Problem problem,
            List<Record> records,
            boolean truncated) {}

    private final LayoutCatalog catalog;
    private final LegacyMessageReader reader;

    public LegacyBreakdown(LayoutCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.reader = new LegacyMessageReader(catalog);
    }

    /** Lays out the buffer; never throws for bad content (the problem is part of the result). */
    public Result of(String buffer) {
        Problem problem = null;
        try {
            reader.read(buffer);
        } catch (LegacyFormatException e) {
            problem = new Problem(e.reasonCode(), e.getMessage(), e.record(), e.field(), e.offset(), e.bufferOffset());
        }
        if (buffer.length() > LegacyMessageReader.DEFAULT_MAX_LENGTH) {
            return new Result(null, null, false, problem, List.of(), true);
        }
        MessageKey key = null;
        try {
            key = reader.readKey(buffer);
        } catch (LegacyFormatException e) {
            // no type known: the PROLOG is still laid out with the shared layout
        }
        MessageLayout layout =
                key == null ? null : catalog.message(key.type(), key.version()).orElse(null);
        Walk walk = new Walk(buffer, layout);
        walk.run();
        return new Result(
                key == null ? null : key.type(),
                key == null ? null : key.version(),
                problem == null,
                problem,
                List.copyOf(walk.records),
                walk.truncated);
    }

    /** One pass over the buffer from tag to tag. */
    private final class Walk {

        private final String buffer;
        private final MessageLayout layout;
        private final List<Record> records = new ArrayList<>();
        private String section = "prolog";
        private int items;
        private boolean truncated;

        Walk(String buffer, MessageLayout layout) {
            this.buffer = buffer;
            this.layout = layout;
        }

        void run() {
            int pos = 0;
            while (pos < buffer.length()) {
                int at = BufferCursor.findTag(buffer, pos, buffer.length());
                if (at < 0) {
                    return;
                }
                if (buffer.charAt(at + 1) == '/') {
                    closing(buffer.substring(at + 2, at + 8));
                    pos = at + CLOSE_TAG_LENGTH;
                    continue;
                }
                String tag = buffer.substring(at + 1, at + 7);
                int start = at + TAG_LENGTH;
                pos = switch (tag) {
                    case "ECEDOC", "USRLST", "ITMLST" -> start;
                    case "HEADER" -> {
                        section = "header";
                        yield start;
                    }
                    case "ITMDAT" -> {
                        section = "item " + ++items;
                        yield start;
                    }
                    default -> record(tag, start);
                };
                if (records.size() >= MAX_RECORDS) {
                    truncated = pos < buffer.length();
                    return;
                }
            }
        }

        private void closing(String tag) {
            if (tag.equals("HEADER") || tag.equals("ITMDAT")) {
                section = "after " + tag.toLowerCase(java.util.Locale.ROOT);
            }
        }

        /** Lays out one record starting at {@code start}; returns where its closing tag (or the next tag) is. */
        private int record(String tag, int start) {
            if (tag.equals("DATUSR")) {
                return userDatum(start);
            }
            RecordLayout recordLayout = layoutOf(tag);
            int next = BufferCursor.findTag(buffer, start, buffer.length());
            int limit = next < 0 ? buffer.length() : next;
            if (recordLayout == null) {
                records.add(new Record(
                        tag,
                        section,
                        start,
                        List.of(),
                        buffer.substring(start, limit),
                        "no layout for record " + tag + " in " + section
                                + (layout == null ? " (message type unknown)" : " of " + layout.key())));
                return limit;
            }
            String close = recordLayout.closeTag();
            int end = buffer.startsWith(close, start + recordLayout.width()) ? start + recordLayout.width() : limit;
            String recordProblem = buffer.startsWith(close, end) ? null : "closing tag " + close + " is missing";
            List<Field> fields = new ArrayList<>();
            for (FieldLayout field : recordLayout.fields()) {
                fields.add(fixedField(field, start, end));
            }
            String trailing =
                    end > start + recordLayout.width() ? buffer.substring(start + recordLayout.width(), end) : "";
            records.add(new Record(tag, section, start, fields, trailing, recordProblem));
            return end;
        }

        private RecordLayout layoutOf(String tag) {
            if (tag.equals("PROLOG")) {
                return layout == null ? catalog.prolog() : layout.prolog();
            }
            if (layout == null) {
                return null;
            }
            return section.startsWith("item") ? layout.itemRecord(tag) : layout.headerRecord(tag);
        }

        private Field fixedField(FieldLayout field, int start, int end) {
            int from = start + field.offset();
            int to = from + field.width();
            if (from >= end) {
                return new Field(
                        field.name(),
                        field.offset(),
                        field.width(),
                        null,
                        null,
                        field.assumption(),
                        "missing: the record ends after " + (end - start) + " characters");
            }
            String raw = buffer.substring(from, Math.min(to, end));
            if (to > end) {
                return new Field(
                        field.name(),
                        field.offset(),
                        field.width(),
                        raw,
                        null,
                        field.assumption(),
                        "incomplete: " + raw.length() + " of " + field.width() + " characters");
            }
            return converted(field, field.width(), raw);
        }

        private int userDatum(int start) {
            RecordLayout datusr = catalog.userData();
            FieldLayout name = datusr.fields().get(0);
            FieldLayout length = datusr.fields().get(1);
            FieldLayout value = datusr.fields().get(2);
            int close = buffer.indexOf(datusr.closeTag(), start);
            int next = BufferCursor.findTag(buffer, start, buffer.length());
            int end = close >= 0 && (next < 0 || close <= next) ? close : (next < 0 ? buffer.length() : next);
            List<Field> fields = new ArrayList<>();
            fields.add(fixedField(name, start, end));
            Field lengthField = fixedField(length, start, end);
            fields.add(lengthField);
            int valueStart = start + datusr.width();
            String valueText = valueStart <= end ? buffer.substring(valueStart, end) : null;
            String problem = null;
            if (lengthField.value() != null
                    && valueText != null
                    && Long.parseLong(lengthField.value()) != valueText.length()) {
                problem = "declared length " + lengthField.value() + " but the value has " + valueText.length()
                        + " characters";
            }
            fields.add(new Field(
                    value.name(),
                    datusr.width(),
                    valueText == null ? 0 : valueText.length(),
                    valueText,
                    valueText,
                    value.assumption(),
                    problem));
            records.add(new Record(
                    "DATUSR",
                    section,
                    start,
                    fields,
                    "",
                    close == end ? null : "closing tag " + datusr.closeTag() + " is missing"));
            return end;
        }

        private Field converted(FieldLayout field, int width, String raw) {
            String text = Blanks.strip(raw);
            if (text.isEmpty()) {
                return new Field(field.name(), field.offset(), width, raw, null, field.assumption(), null);
            }
            try {
                Object value = field.kind().parse(text);
                String shown = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
                return new Field(field.name(), field.offset(), width, raw, shown, field.assumption(), null);
            } catch (ValueProblem problem) {
                return new Field(
                        field.name(), field.offset(), width, raw, null, field.assumption(), problem.getMessage());
            }
        }
    }
}
