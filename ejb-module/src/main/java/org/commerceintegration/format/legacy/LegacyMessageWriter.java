package org.commerceintegration.format.legacy;

/**
 * Writes a {@link LegacyMessage} as a legacy buffer, by the same layouts the reader uses: values left-justified and
 * blank-padded, no whitespace between records, and always the full skeleton (header {@code USRLST}, {@code ITMLST},
 * each item's {@code USRLST}, even when empty), which is what spec G-5 recommends emitting.
 *
 * <p>A value longer than its field is an error naming record, field, width and length. {@link #withTruncation()}
 * cuts over-long TEXT values instead (e.g. a 300-character product description into CHAR(254)); numbers and dates
 * are never cut, because a shortened number is a different number. Immutable and thread-safe.
 */
public final class LegacyMessageWriter {

    private final boolean truncate;

    /** A strict writer: over-long values fail. */
    public LegacyMessageWriter() {
        this(false);
    }

    private LegacyMessageWriter(boolean truncate) {
        this.truncate = truncate;
    }

    /** A writer that cuts over-long TEXT values to their field width. */
    public LegacyMessageWriter withTruncation() {
        return new LegacyMessageWriter(true);
    }

    public boolean truncates() {
        return truncate;
    }

    public String write(LegacyMessage message) {
        RecordLayout userData = message.layout().userData();
        StringBuilder out = new StringBuilder(1024);
        out.append(LegacyMessageReader.ECEDOC);
        RecordCodec.write(out, message.prolog(), truncate);
        out.append(LegacyMessageReader.HEADER);
        for (LegacyRecord record : message.headerRecords()) {
            RecordCodec.write(out, record, truncate);
        }
        writeUserList(out, userData, message.headerUserData());
        out.append(LegacyMessageReader.HEADER_END).append(LegacyMessageReader.ITMLST);
        for (LegacyItem item : message.items()) {
            out.append(LegacyMessageReader.ITMDAT);
            for (LegacyRecord record : item.records()) {
                RecordCodec.write(out, record, truncate);
            }
            writeUserList(out, userData, item.userData());
            out.append(LegacyMessageReader.ITMDAT_END);
        }
        return out.append(LegacyMessageReader.ITMLST_END)
                .append(LegacyMessageReader.ECEDOC_END)
                .toString();
    }

    /** One record on its own, {@code <TAG>data</TAG>}, e.g. to compare a single record with a reference. */
    public String writeRecord(LegacyRecord record) {
        StringBuilder out = new StringBuilder(record.layout().width() + 20);
        RecordCodec.write(out, record, truncate);
        return out.toString();
    }

    /** One {@code <DATUSR>} record by the given DATUSR layout ({@link LayoutCatalog#userData()}). */
    public String writeUserDatum(RecordLayout userDataLayout, UserDatum datum) {
        StringBuilder out = new StringBuilder(datum.value().length() + 40);
        UserDataCodec.write(out, userDataLayout, datum);
        return out.toString();
    }

    private static void writeUserList(StringBuilder out, RecordLayout layout, Iterable<UserDatum> data) {
        out.append(LegacyMessageReader.USRLST);
        for (UserDatum datum : data) {
            UserDataCodec.write(out, layout, datum);
        }
        out.append(LegacyMessageReader.USRLST_END);
    }
}
