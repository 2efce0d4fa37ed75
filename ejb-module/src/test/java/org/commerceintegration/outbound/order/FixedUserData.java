package org.commerceintegration.outbound.order;

import java.util.List;
import org.commerceintegration.order.OrderItem;

/** User data as an extension would give it: the same fields for the header and for every item. */
record FixedUserData(List<UserDataField> header, List<UserDataField> itemFields) implements UserDataSource {

    @Override
    public List<UserDataField> header(OrderMessageData data) {
        return header;
    }

    @Override
    public List<UserDataField> item(OrderMessageData data, OrderItem item) {
        return itemFields;
    }
}
