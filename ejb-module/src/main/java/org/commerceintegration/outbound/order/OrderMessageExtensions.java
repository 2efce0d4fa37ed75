package org.commerceintegration.outbound.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commerceintegration.order.OrderItem;

/**
 * Collects user data from every {@link OrderMessageExtension} bean for one message type. The extensions are looked up
 * per message through {@link Instance}, so dependent-scoped extensions are created and destroyed with each use.
 */
@ApplicationScoped
public class OrderMessageExtensions {

    @Inject
    @Any
    private Instance<OrderMessageExtension> extensions;

    /** The user data source for a message type. */
    public UserDataSource forMessageType(String messageType) {
        return new UserDataSource() {
            @Override
            public List<UserDataField> header(OrderMessageData data) {
                return collect(extension -> extension.headerUserData(messageType, data));
            }

            @Override
            public List<UserDataField> item(OrderMessageData data, OrderItem item) {
                return collect(extension -> extension.itemUserData(messageType, data, item));
            }
        };
    }

    private List<UserDataField> collect(Function<OrderMessageExtension, Map<String, String>> contribution) {
        if (extensions.isUnsatisfied()) {
            return List.of();
        }
        List<OrderMessageExtension> ordered = new ArrayList<>();
        extensions.forEach(ordered::add);
        ordered.sort(Comparator.comparing(extension -> extension.getClass().getName()));
        List<UserDataField> fields = new ArrayList<>();
        for (OrderMessageExtension extension : ordered) {
            Map<String, String> pairs = contribution.apply(extension);
            if (pairs != null) {
                pairs.forEach((name, value) -> fields.add(new UserDataField(name, value)));
            }
        }
        return fields;
    }
}
