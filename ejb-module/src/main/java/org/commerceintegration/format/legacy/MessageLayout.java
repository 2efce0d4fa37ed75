package org.commerceintegration.format.legacy;

import java.util.List;

/**
 * Everything needed to read or write one message type and version: its PROLOG, header records and item records in
 * buffer order, and the DATUSR layout. Compiled by {@link LayoutCatalog}; immutable.
 *
 * @param key      message type and version
 * @param prolog   PROLOG layout (the type's own, or the shared one)
 * @param header   records inside {@code <HEADER>}, all required, in this order
 * @param item     records inside each {@code <ITMDAT>}, all required, in this order
 * @param userData the DATUSR layout (name, length, variable value)
 */
public record MessageLayout(
        MessageKey key,
        RecordLayout prolog,
        List<RecordLayout> header,
        List<RecordLayout> item,
        RecordLayout userData) {

    public MessageLayout {
        header = List.copyOf(header);
        item = List.copyOf(item);
    }

    /** The header record layout with that tag, or {@code null}. */
    public RecordLayout headerRecord(String tag) {
        return find(header, tag);
    }

    /** The item record layout with that tag, or {@code null}. */
    public RecordLayout itemRecord(String tag) {
        return find(item, tag);
    }

    private static RecordLayout find(List<RecordLayout> layouts, String tag) {
        for (RecordLayout layout : layouts) {
            if (layout.tag().equals(tag)) {
                return layout;
            }
        }
        return null;
    }
}
