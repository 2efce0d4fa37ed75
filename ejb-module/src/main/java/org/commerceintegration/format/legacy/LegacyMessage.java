package org.commerceintegration.format.legacy;

import java.util.List;
import java.util.Objects;

/**
 * A legacy message as records rather than characters: PROLOG, header records, header user data and items. Produced
 * by {@link LegacyMessageReader}, or by {@link #builder(LayoutCatalog, String, String)} for sending, and consumed by
 * {@link LegacyMessageWriter}. Immutable; equality ignores layout identity and whitespace of the original buffer, so
 * a read-back message equals the one written.
 */
public final class LegacyMessage {

    private final MessageLayout layout;
    private final LegacyRecord prolog;
    private final List<LegacyRecord> headerRecords;
    private final List<UserDatum> headerUserData;
    private final List<LegacyItem> items;

    LegacyMessage(
            MessageLayout layout,
            LegacyRecord prolog,
            List<LegacyRecord> headerRecords,
            List<UserDatum> headerUserData,
            List<LegacyItem> items) {
        this.layout = layout;
        this.prolog = prolog;
        this.headerRecords = List.copyOf(headerRecords);
        this.headerUserData = List.copyOf(headerUserData);
        this.items = List.copyOf(items);
    }

    /**
     * Starts a message for sending, e.g. {@code LegacyMessage.builder(catalog, "ON", "01")}.
     *
     * @throws LegacyFormatException when the catalog has no layout for that type and version
     */
    public static LegacyMessageBuilder builder(LayoutCatalog catalog, String type, String version) {
        return new LegacyMessageBuilder(catalog.requireMessage(type, version));
    }

    public MessageKey key() {
        return layout.key();
    }

    public MessageLayout layout() {
        return layout;
    }

    public LegacyRecord prolog() {
        return prolog;
    }

    /** Header records in buffer (= layout) order. */
    public List<LegacyRecord> headerRecords() {
        return headerRecords;
    }

    /** The header record with that tag, or {@code null}. */
    public LegacyRecord headerRecord(String tag) {
        for (LegacyRecord record : headerRecords) {
            if (record.tag().equals(tag)) {
                return record;
            }
        }
        return null;
    }

    public List<UserDatum> headerUserData() {
        return headerUserData;
    }

    public List<LegacyItem> items() {
        return items;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegacyMessage other
                && key().equals(other.key())
                && prolog.equals(other.prolog)
                && headerRecords.equals(other.headerRecords)
                && headerUserData.equals(other.headerUserData)
                && items.equals(other.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key(), prolog, headerRecords, headerUserData, items);
    }

    @Override
    public String toString() {
        return "LegacyMessage[" + key() + ", header=" + headerRecords + ", userData=" + headerUserData + ", items="
                + items + "]";
    }
}
