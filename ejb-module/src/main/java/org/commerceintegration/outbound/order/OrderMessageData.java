package org.commerceintegration.outbound.order;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.commerceintegration.catalog.CatalogEntry;
import org.commerceintegration.catalog.CatalogEntryDescription;
import org.commerceintegration.member.Address;
import org.commerceintegration.member.UserRegistration;
import org.commerceintegration.order.Order;
import org.commerceintegration.order.OrderItem;
import org.commerceintegration.order.ShipMode;
import org.commerceintegration.store.StoreAddress;
import org.commerceintegration.store.StoreDescription;

/**
 * Everything an order message is composed from, read once: the order and its items (by item id), the addresses,
 * the purchaser's logon, the store's name and contact address, the catalog entries and their descriptions, and the
 * ship modes. Writers and extensions only look things up here, so composing never queries per item. Rows that do not
 * exist are {@code null}. Built with {@link #builder(Order)}.
 */
public final class OrderMessageData {

    private final Order order;
    private final List<OrderItem> items;
    private final Address billTo;
    private final Address purchaser;
    private final UserRegistration registration;
    private final StoreDescription storeDescription;
    private final StoreAddress storeContact;
    private final Map<Long, Address> addresses;
    private final Map<Long, CatalogEntry> catalogEntries;
    private final Map<Long, CatalogEntryDescription> descriptions;
    private final Map<Integer, ShipMode> shipModes;

    private OrderMessageData(Builder b) {
        this.order = b.order;
        this.items = b.order.getItems().stream()
                .sorted(Comparator.comparing(OrderItem::getId))
                .toList();
        this.billTo = b.order.getBillingAddressId() == null ? null : b.addresses.get(b.order.getBillingAddressId());
        this.purchaser = b.purchaser;
        this.registration = b.registration;
        this.storeDescription = b.storeDescription;
        this.storeContact = b.storeContact;
        this.addresses = Map.copyOf(b.addresses);
        this.catalogEntries = Map.copyOf(b.catalogEntries);
        this.descriptions = Map.copyOf(b.descriptions);
        this.shipModes = Map.copyOf(b.shipModes);
    }

    public static Builder builder(Order order) {
        return new Builder(order);
    }

    public Order order() {
        return order;
    }

    /** The items by {@code ORDERITEMS_ID}, the order in which both formats list them. */
    public List<OrderItem> items() {
        return items;
    }

    /** The bill-to address ({@code ORDERS.ADDRESS_ID}), or {@code null}. */
    public Address billTo() {
        return billTo;
    }

    /** The purchaser's self address ({@code SELFADDRESS = 1} of {@code ORDERS.MEMBER_ID}), or {@code null}. */
    public Address purchaser() {
        return purchaser;
    }

    /** The purchaser's {@code USERREG} row; {@code null} for a guest. */
    public UserRegistration registration() {
        return registration;
    }

    /** The store's {@code STOREENTDS} row in the message language, or {@code null}. */
    public StoreDescription storeDescription() {
        return storeDescription;
    }

    /** The store's contact address ({@code STADDRESS}), or {@code null}. */
    public StoreAddress storeContact() {
        return storeContact;
    }

    /** The item's ship-to address ({@code ORDERITEMS.ADDRESS_ID}), or {@code null}. */
    public Address shipTo(OrderItem item) {
        return item.getShipToAddressId() == null ? null : addresses.get(item.getShipToAddressId());
    }

    public CatalogEntry catalogEntry(OrderItem item) {
        return item.getCatalogEntryId() == null ? null : catalogEntries.get(item.getCatalogEntryId());
    }

    /** The catalog entry's description in the message language, or {@code null}. */
    public CatalogEntryDescription description(OrderItem item) {
        return item.getCatalogEntryId() == null ? null : descriptions.get(item.getCatalogEntryId());
    }

    public ShipMode shipMode(OrderItem item) {
        return item.getShipModeId() == null ? null : shipModes.get(item.getShipModeId());
    }

    /** Assembles the data; absent rows are simply not added. */
    public static final class Builder {

        private final Order order;
        private Address purchaser;
        private UserRegistration registration;
        private StoreDescription storeDescription;
        private StoreAddress storeContact;
        private final Map<Long, Address> addresses = new HashMap<>();
        private final Map<Long, CatalogEntry> catalogEntries = new HashMap<>();
        private final Map<Long, CatalogEntryDescription> descriptions = new HashMap<>();
        private final Map<Integer, ShipMode> shipModes = new HashMap<>();

        private Builder(Order order) {
            this.order = Objects.requireNonNull(order, "order");
        }

        /** An address the order refers to (bill-to or ship-to), by its id. */
        public Builder address(Address address) {
            addresses.put(address.getId(), address);
            return this;
        }

        public Builder purchaser(Address selfAddress) {
            this.purchaser = selfAddress;
            return this;
        }

        public Builder registration(UserRegistration registration) {
            this.registration = registration;
            return this;
        }

        public Builder store(StoreDescription description, StoreAddress contact) {
            this.storeDescription = description;
            this.storeContact = contact;
            return this;
        }

        public Builder catalogEntry(CatalogEntry entry) {
            catalogEntries.put(entry.getId(), entry);
            return this;
        }

        public Builder description(CatalogEntryDescription description) {
            descriptions.put(description.getCatalogEntryId(), description);
            return this;
        }

        public Builder shipMode(ShipMode shipMode) {
            shipModes.put(shipMode.getId(), shipMode);
            return this;
        }

        public OrderMessageData build() {
            return new OrderMessageData(this);
        }
    }
}
