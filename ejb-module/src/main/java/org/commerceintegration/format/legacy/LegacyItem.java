package org.commerceintegration.format.legacy;

import java.util.List;

/**
 * One {@code <ITMDAT>} group: its records (normally just {@code ITM010}) and its own user data.
 *
 * @param records  item records in layout order
 * @param userData the item's {@code DATUSR} records in buffer order
 */
public record LegacyItem(List<LegacyRecord> records, List<UserDatum> userData) {

    public LegacyItem {
        records = List.copyOf(records);
        userData = List.copyOf(userData);
    }

    /** The record with that tag, or {@code null}. */
    public LegacyRecord record(String tag) {
        for (LegacyRecord record : records) {
            if (record.tag().equals(tag)) {
                return record;
            }
        }
        return null;
    }
}
