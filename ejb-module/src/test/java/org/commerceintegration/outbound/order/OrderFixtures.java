package org.commerceintegration.outbound.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.commerceintegration.catalog.CatalogEntry;
import org.commerceintegration.catalog.CatalogEntryDescription;
import org.commerceintegration.member.Address;
import org.commerceintegration.member.UserRegistration;
import org.commerceintegration.order.Order;
import org.commerceintegration.order.OrderItem;
import org.commerceintegration.order.ShipMode;
import org.commerceintegration.store.StoreAddress;
import org.commerceintegration.store.StoreDescription;

/** Orders for the composer tests, built from entities as the loader would return them. */
final class OrderFixtures {

    private OrderFixtures() {}

    /** The order of spec TV-4 (and, for the order record, TV-2): 10001 with item 20002. */
    static OrderMessageData tv4() {
        Order order = order(10001L);
        order.setField1(7);
        order.setField2(new BigDecimal("1.50000"));
        order.setField3("gift order");
        Address billTo = address(3005L, 2001L, null);
        billTo.setPhone1("555-0100");
        billTo.setEmail1("jane.doe@example.com");
        Address shipTo = address(3006L, 2001L, null);
        OrderItem item = item(20002L, 5001L, "49.99000", 2.0);
        item.setShipToAddressId(3006L);
        item.setComments("Leave at front desk");
        item.setTimeCreated(LocalDateTime.of(2024, 3, 1, 14, 10, 2));
        item.setLastUpdate(LocalDateTime.of(2024, 3, 1, 14, 30, 15));
        item.setField1(0);
        item.setField2("standard");
        order.addItem(item);
        StoreAddress contact = new StoreAddress();
        contact.setId(4001L);
        contact.setAddress1("99 Commerce Way");
        contact.setCity("Toronto");
        contact.setState("ON");
        contact.setZipCode("M5V 1A1");
        contact.setCountry("CA");
        return OrderMessageData.builder(order)
                .address(billTo)
                .address(shipTo)
                .registration(registration(2001L, "jdoe"))
                .store(storeDescription("Example Store", 4001L), contact)
                .catalogEntry(catalogEntry(5001L, "SKU-RED-M"))
                .description(description(5001L, "Red T-shirt, medium"))
                .shipMode(shipMode(7001, "GROUND", "UPS"))
                .build();
    }

    /** A plain order of the demo store: placed, USD, bill-to 3005, status M, no custom fields. */
    static Order order(long id) {
        Order order = new Order();
        order.setId(id);
        order.setStoreId(10101);
        order.setMemberId(2001L);
        order.setCurrency("USD       ");
        order.setStatus("M");
        order.setTimePlaced(LocalDateTime.of(2024, 3, 1, 14, 30, 15));
        order.setLastUpdate(LocalDateTime.of(2024, 3, 1, 14, 30, 15));
        order.setTotalProduct(new BigDecimal("129.97000"));
        order.setTotalTax(new BigDecimal("10.40000"));
        order.setTotalShipping(new BigDecimal("7.50000"));
        order.setTotalTaxShipping(new BigDecimal("0.60000"));
        order.setBillingAddressId(3005L);
        order.setShipAsComplete("Y");
        order.setSequence(0.0);
        return order;
    }

    static OrderItem item(long id, Long catalogEntryId, String price, double quantity) {
        OrderItem item = new OrderItem();
        item.setId(id);
        item.setStoreId(10101);
        item.setCatalogEntryId(catalogEntryId);
        item.setMemberId(2001L);
        item.setPrice(price == null ? null : new BigDecimal(price));
        item.setQuantity(quantity);
        item.setStatus("M");
        item.setInventoryStatus("ALLC");
        item.setCurrency("USD       ");
        item.setShipModeId(7001);
        return item;
    }

    /** Jane Doe at 1 Main Street, Springfield; no phones, no nickname unless set. */
    static Address address(long id, long memberId, String nickname) {
        Address address = new Address();
        address.setId(id);
        address.setMemberId(memberId);
        address.setNickname(nickname);
        address.setSelfAddress(0);
        address.setStatus("P");
        address.setLastName("Doe");
        address.setFirstName("Jane");
        address.setAddress1("1 Main Street");
        address.setCity("Springfield");
        address.setState("IL");
        address.setZipCode("62701");
        address.setCountry("US");
        return address;
    }

    static UserRegistration registration(long memberId, String logon) {
        UserRegistration registration = new UserRegistration();
        registration.setMemberId(memberId);
        registration.setLogonId(logon);
        registration.setStatus(1);
        return registration;
    }

    static StoreDescription storeDescription(String name, Long contactId) {
        StoreDescription description = new StoreDescription();
        description.setStoreId(10101);
        description.setLanguageId(-1);
        description.setDisplayName(name);
        description.setContactAddressId(contactId);
        return description;
    }

    static CatalogEntry catalogEntry(long id, String partNumber) {
        CatalogEntry entry = new CatalogEntry();
        entry.setId(id);
        entry.setPartNumber(partNumber);
        entry.setType("ItemBean");
        entry.setMemberId(7000000000000000101L);
        entry.setMarkForDelete(0);
        return entry;
    }

    static CatalogEntryDescription description(long catalogEntryId, String shortDescription) {
        CatalogEntryDescription description = new CatalogEntryDescription();
        description.setCatalogEntryId(catalogEntryId);
        description.setLanguageId(-1);
        description.setShortDescription(shortDescription);
        description.setPublished(1);
        return description;
    }

    static ShipMode shipMode(int id, String code, String carrier) {
        ShipMode shipMode = new ShipMode();
        shipMode.setId(id);
        shipMode.setStoreId(10101);
        shipMode.setCode(code + " ".repeat(30 - code.length()));
        shipMode.setCarrier(carrier + " ".repeat(30 - carrier.length()));
        return shipMode;
    }
}
