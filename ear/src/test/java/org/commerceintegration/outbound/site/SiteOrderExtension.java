package org.commerceintegration.outbound.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commerceintegration.catalog.CatalogEntry;
import org.commerceintegration.order.OrderItem;
import org.commerceintegration.outbound.order.OrderMessageData;
import org.commerceintegration.outbound.order.OrderMessageExtension;

/** A site's user data for both order formats: a channel and the order id on the header, the SKU on each item. */
@ApplicationScoped
public class SiteOrderExtension implements OrderMessageExtension {

    @Override
    public Map<String, String> headerUserData(String messageType, OrderMessageData data) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("CHANNEL", "web & <mobile>");
        fields.put("ORDERREF", String.valueOf(data.order().getId()));
        return fields;
    }

    @Override
    public Map<String, String> itemUserData(String messageType, OrderMessageData data, OrderItem item) {
        CatalogEntry entry = data.catalogEntry(item);
        return entry == null ? null : Map.of("SKU", entry.getPartNumber());
    }
}
