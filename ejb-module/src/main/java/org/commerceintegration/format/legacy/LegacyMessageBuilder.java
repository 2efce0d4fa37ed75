package org.commerceintegration.format.legacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a {@link LegacyMessage} to send, from field values keyed by the documented field names. Values are
 * validated as they are added (unknown field, wrong kind), so the error points at the caller's line rather than
 * at the writer; the PROLOG is filled in from the type and version. Obtain through
 * {@link LegacyMessage#builder(LayoutCatalog, String, String)}. Not thread-safe; one per message.
 */
public final class LegacyMessageBuilder {

    private final MessageLayout layout;
    private final Map<String, LegacyRecord> header = new LinkedHashMap<>();
    private final List<UserDatum> headerUserData = new ArrayList<>();
    private final List<ItemDraft> items = new ArrayList<>();

    LegacyMessageBuilder(MessageLayout layout) {
        this.layout = layout;
    }

    /** Sets a header record, e.g. {@code header("HDR010", Map.of("NC_OrderRefNumber", 10001L, ...))}. */
    public LegacyMessageBuilder header(String tag, Map<String, ?> values) {
        header.put(tag, recordLayout(layout.headerRecord(tag), tag, "header").newRecord(values));
        return this;
    }

    /** Adds a header {@code DATUSR}; the name is trimmed of blanks, the value kept exactly. */
    public LegacyMessageBuilder headerUserData(String name, String value) {
        headerUserData.add(userDatum(name, value));
        return this;
    }

    /** Starts a new item with its first record, e.g. {@code item("ITM010", values)}. */
    public LegacyMessageBuilder item(String tag, Map<String, ?> values) {
        items.add(new ItemDraft());
        return itemRecord(tag, values);
    }

    /** Adds another record to the current item (only for layouts declaring several item records). */
    public LegacyMessageBuilder itemRecord(String tag, Map<String, ?> values) {
        currentItem()
                .records
                .put(tag, recordLayout(layout.itemRecord(tag), tag, "item").newRecord(values));
        return this;
    }

    /** Adds a {@code DATUSR} to the current item. */
    public LegacyMessageBuilder itemUserData(String name, String value) {
        currentItem().userData.add(userDatum(name, value));
        return this;
    }

    /**
     * @throws LegacyFormatException when a header or item record declared by the layout was not supplied, because
     *                               the reader requires every declared record
     */
    public LegacyMessage build() {
        Map<String, String> prologValues = new LinkedHashMap<>();
        prologValues.put(LayoutCatalog.MSG_TYPE, layout.key().type());
        prologValues.put(LayoutCatalog.MSG_VERSION, layout.key().version());
        LegacyRecord prolog = layout.prolog().newRecord(prologValues);
        List<LegacyItem> builtItems = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ItemDraft draft = items.get(i);
            builtItems.add(new LegacyItem(complete(layout.item(), draft.records, "item " + (i + 1)), draft.userData));
        }
        return new LegacyMessage(
                layout, prolog, complete(layout.header(), header, "header"), headerUserData, builtItems);
    }

    private List<LegacyRecord> complete(List<RecordLayout> declared, Map<String, LegacyRecord> given, String where) {
        List<LegacyRecord> records = new ArrayList<>(declared.size());
        for (RecordLayout recordLayout : declared) {
            LegacyRecord record = given.get(recordLayout.tag());
            if (record == null) {
                throw new LegacyFormatException(
                        LegacyFormatException.WRITE,
                        layout.key() + " message: " + where + " record " + recordLayout.tag() + " is missing");
            }
            records.add(record);
        }
        return records;
    }

    private RecordLayout recordLayout(RecordLayout found, String tag, String where) {
        if (found == null) {
            throw new LegacyFormatException(
                    LegacyFormatException.WRITE, layout.key() + " message has no " + where + " record " + tag);
        }
        return found;
    }

    private UserDatum userDatum(String name, String value) {
        UserDatum datum = new UserDatum(Blanks.strip(name), value);
        UserDataCodec.check(layout.userData(), datum);
        return datum;
    }

    private ItemDraft currentItem() {
        if (items.isEmpty()) {
            throw new IllegalStateException("no item started; call item(tag, values) first");
        }
        return items.get(items.size() - 1);
    }

    private static final class ItemDraft {
        final Map<String, LegacyRecord> records = new LinkedHashMap<>();
        final List<UserDatum> userData = new ArrayList<>();
    }
}
