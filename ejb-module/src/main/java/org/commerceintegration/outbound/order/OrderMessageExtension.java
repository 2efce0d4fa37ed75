package org.commerceintegration.outbound.order;

import java.util.Map;
import org.commerceintegration.order.OrderItem;

/**
 * Adds a site's own name/value pairs to the order messages (spec §3.4, §4.10): Commerce's
 * {@code getHeaderExtensionRecords()} / {@code getItemExtensionRecords()}, without subclassing the commands. Every CDI
 * bean implementing this interface is asked, in order of class name; with none, nothing is added.
 *
 * <p>The pairs are format-neutral: the XML message carries them as
 * {@code <UserData><UserDataField name="...">value</UserDataField></UserData>} at the end of the header or item, the
 * legacy message as {@code <DATUSR>} records in the header's or the item's {@code <USRLST>}. For the legacy format a
 * name has at most 8 characters ({@code NC_FieldName} is CHAR(8)); a longer one fails the message with a clear error.
 *
 * <p>Extensions run in the order's transaction and see everything the message is composed from ({@code data});
 * they should not query per item. Return {@code null} or an empty map for nothing; use a {@code LinkedHashMap} to
 * keep the order of the pairs.
 */
public interface OrderMessageExtension {

    /**
     * @param messageType {@code OrderCreateXMLFormat} or {@code OrderCreateFixFormat}
     * @return header user data, or {@code null}
     */
    default Map<String, String> headerUserData(String messageType, OrderMessageData data) {
        return null;
    }

    /**
     * @param messageType {@code OrderCreateXMLFormat} or {@code OrderCreateFixFormat}
     * @return the item's user data, or {@code null}
     */
    default Map<String, String> itemUserData(String messageType, OrderMessageData data, OrderItem item) {
        return null;
    }
}
