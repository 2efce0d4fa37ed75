package org.commerceintegration.outbound.order;

import java.util.List;
import org.commerceintegration.order.OrderItem;

/**
 * Where the writers get header and item user data from: the installed {@link OrderMessageExtension}s in the server,
 * fixed lists in tests. {@link #NONE} adds nothing.
 */
public interface UserDataSource {

    /** No user data at all. */
    UserDataSource NONE = new UserDataSource() {
        @Override
        public List<UserDataField> header(OrderMessageData data) {
            return List.of();
        }

        @Override
        public List<UserDataField> item(OrderMessageData data, OrderItem item) {
            return List.of();
        }
    };

    List<UserDataField> header(OrderMessageData data);

    List<UserDataField> item(OrderMessageData data, OrderItem item);
}
