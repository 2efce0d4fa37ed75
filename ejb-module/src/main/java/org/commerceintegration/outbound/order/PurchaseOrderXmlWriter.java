package org.commerceintegration.outbound.order;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.commerceintegration.catalog.CatalogEntry;
import org.commerceintegration.catalog.CatalogEntryDescription;
import org.commerceintegration.member.Address;
import org.commerceintegration.order.Order;
import org.commerceintegration.order.OrderItem;
import org.commerceintegration.order.ShipMode;
import org.commerceintegration.outbound.OutboundCompositionException;
import org.commerceintegration.store.StoreAddress;

/**
 * Writes {@code Report_NC_PurchaseOrder} 1.0 (spec §3) from {@link OrderMessageData}: the elements and sources of the
 * shipped {@code OrderCreateXML.jsp} (§3.3), in the layout of TV-4, but always well-formed and valid against
 * {@code Report_NC_PO_10.dtd}:
 *
 * <ul>
 *   <li>every value is escaped by the stream writer; characters XML cannot carry are an error, not garbage;</li>
 *   <li>elements the DTD requires are always written: the header's {@code DateTimeReference} (empty
 *       {@code PlacedDate} when {@code TIMEPLACED} is null), all four totals (zero when null), {@code BillToInfo}'s
 *       {@code ContactInfo} (possibly empty), each item's {@code ProductNumberByMerchant} ({@code CATENTRY.PARTNUMBER},
 *       else {@code ORDERITEMS.PARTNUM}), {@code ItemUnitPrice}, {@code ItemProductQuantity} and
 *       {@code DateTimeReference} (placed = {@code TIMECREATED}, else the order's {@code TIMEPLACED});</li>
 *   <li>the item {@code DateTimeReference} is closed whether or not {@code LASTUPDATE} is set (the template's defect
 *       is not copied); an order without items is refused, because the DTD requires at least one
 *       {@code ReportPOItem};</li>
 *   <li>{@code OrderCustomerField} ×3 and {@code ItemCustomerField} ×2 are always written, empty when null, so a
 *       receiver can rely on their positions;</li>
 *   <li>{@code CHAR} columns (currency, merchant order number, status, ship mode code and carrier) lose their blank
 *       padding; other text is written as stored.</li>
 * </ul>
 *
 * {@code ItemLineNumber} counts from the configured base (0 in the shipped template, G-19). Not written, as the
 * template does not write them: buyer organisation (no {@code ORGENTITY} data here), payment card data (no payment
 * tables here), manufacturer data. Numbers follow {@link MessageNumbers}. Streaming: one pass over the data, no tree in
 * memory. Immutable and thread-safe.
 */
public final class PurchaseOrderXmlWriter {

    /** The DOCTYPE of the shipped template. */
    public static final String DOCTYPE = "<!DOCTYPE Report_NC_PurchaseOrder SYSTEM \"Report_NC_PO_10.dtd\">";

    private final int lineNumberBase;

    /** @param lineNumberBase the first {@code ItemLineNumber}: 0 as the shipped template, 1 as the DTD intends */
    public PurchaseOrderXmlWriter(int lineNumberBase) {
        this.lineNumberBase = lineNumberBase;
    }

    /** The message as UTF-8 bytes. */
    public byte[] write(OrderMessageData data, UserDataSource userData) {
        if (data.items().isEmpty()) {
            throw new OutboundCompositionException("Order " + data.order().getId()
                    + " has no items; Report_NC_PurchaseOrder requires at least one ReportPOItem");
        }
        ByteArrayOutputStream bytes =
                new ByteArrayOutputStream(2048 + 1536 * data.items().size());
        try {
            XmlOut out = new XmlOut(bytes);
            out.prolog(DOCTYPE);
            out.open("Report_NC_PurchaseOrder", "version", "1.0");
            out.open("ControlArea");
            out.leaf("Verb", " ", "value", "Report");
            out.leaf("Noun", " ", "value", "NC_PurchaseOrder");
            out.close();
            out.open("DataArea");
            out.open("ReportPO");
            header(out, data, userData.header(data));
            int line = lineNumberBase;
            for (OrderItem item : data.items()) {
                item(out, data, item, line++, userData.item(data, item));
            }
            out.close();
            out.close();
            out.close();
            out.finish();
        } catch (XMLStreamException e) {
            throw new OutboundCompositionException(
                    "Order " + data.order().getId() + ": Report_NC_PurchaseOrder could not be written: "
                            + e.getMessage(),
                    e);
        } catch (OutboundCompositionException e) {
            throw new OutboundCompositionException("Order " + data.order().getId() + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void header(XmlOut out, OrderMessageData data, List<UserDataField> userData)
            throws XMLStreamException {
        Order order = data.order();
        String currency = trim(order.getCurrency());
        out.open("ReportPOHeader");
        out.leafIfPresent("OrderNumberByMerchant", trim(order.getMerchantOrderNumber()));
        out.leaf("OrderNumberByNC", String.valueOf(order.getId()));
        dateTime(out, order.getTimePlaced(), null);
        out.open("TotalPriceInfo", "currency", currency);
        out.leaf("TotalNetPrice", MessageNumbers.xmlAmount(order.getTotalProduct()));
        out.open("TaxInfo");
        out.leaf("MonetaryAmount", MessageNumbers.xmlAmount(order.getTotalTax()), "currency", currency);
        out.close();
        out.leaf("TotalShippingPrice", MessageNumbers.xmlAmount(order.getTotalShipping()));
        out.leaf("TotalTaxOnShippingPrice", MessageNumbers.xmlAmount(order.getTotalTaxShipping()));
        out.close();
        out.leafIfPresent("ShipStatus", trim(order.getStatus()));
        billTo(out, data.billTo());
        merchant(out, data);
        requisitioner(out, data);
        out.leaf("OrderCustomerField", order.getField1() == null ? null : String.valueOf(order.getField1()));
        out.leaf("OrderCustomerField", order.getField2() == null ? null : MessageNumbers.xmlAmount(order.getField2()));
        out.leaf("OrderCustomerField", order.getField3());
        userData(out, userData);
        out.close();
    }

    /** Only when a bill-to with a last name exists, as the template: the DTD requires a person's last name. */
    private static void billTo(XmlOut out, Address billTo) throws XMLStreamException {
        if (billTo == null || isBlank(billTo.getLastName())) {
            return;
        }
        out.open("BillToInfo");
        address(
                out,
                billTo.getAddress1(),
                billTo.getAddress2(),
                billTo.getAddress3(),
                billTo.getCity(),
                billTo.getState(),
                billTo.getZipCode(),
                billTo.getCountry());
        person(out, billTo);
        contactInfo(
                out,
                billTo.getPhone1(),
                billTo.getPhone2(),
                billTo.getEmail1(),
                billTo.getEmail2(),
                billTo.getFax1(),
                billTo.getFax2(),
                true);
        out.close();
    }

    /** Only when the store's description and an address of it exist (the DTD requires both parts). */
    private static void merchant(XmlOut out, OrderMessageData data) throws XMLStreamException {
        StoreAddress contact = data.storeContact();
        if (data.storeDescription() == null || contact == null) {
            return;
        }
        out.open("MerchantInfo");
        out.leaf("OrgName", data.storeDescription().getDisplayName());
        out.leaf("OrgID", String.valueOf(data.order().getStoreId()), "type", "NCInternal");
        address(
                out,
                contact.getAddress1(),
                contact.getAddress2(),
                contact.getAddress3(),
                contact.getCity(),
                contact.getState(),
                contact.getZipCode(),
                contact.getCountry());
        if (!isBlank(contact.getLastName())) {
            out.open("ContactPersonName");
            out.leafIfPresent("Title", contact.getPersonTitle());
            out.leaf("LastName", contact.getLastName());
            out.leafIfPresent("FirstName", contact.getFirstName());
            out.leafIfPresent("MiddleName", contact.getMiddleName());
            out.close();
        }
        contactInfo(
                out,
                contact.getPhone1(),
                contact.getPhone2(),
                contact.getEmail1(),
                contact.getEmail2(),
                contact.getFax1(),
                contact.getFax2(),
                false);
        out.close();
    }

    /** The member id always; a registered purchaser's logon and self address as well (guests have neither). */
    private static void requisitioner(XmlOut out, OrderMessageData data) throws XMLStreamException {
        out.open("RequisitionerInfo");
        out.leaf("RequisitionerID", String.valueOf(data.order().getMemberId()), "type", "NCInternal");
        if (data.registration() != null) {
            out.leaf("RequisitionerID", data.registration().getLogonId(), "type", "logon");
            Address self = data.purchaser();
            if (self != null) {
                address(
                        out,
                        self.getAddress1(),
                        self.getAddress2(),
                        self.getAddress3(),
                        self.getCity(),
                        self.getState(),
                        self.getZipCode(),
                        self.getCountry());
                if (!isBlank(self.getLastName())) {
                    person(out, self);
                }
                contactInfo(
                        out,
                        self.getPhone1(),
                        self.getPhone2(),
                        self.getEmail1(),
                        self.getEmail2(),
                        self.getFax1(),
                        self.getFax2(),
                        false);
            }
        }
        out.close();
    }

    private static void item(XmlOut out, OrderMessageData data, OrderItem item, int line, List<UserDataField> userData)
            throws XMLStreamException {
        Order order = data.order();
        CatalogEntry entry = data.catalogEntry(item);
        CatalogEntryDescription description = data.description(item);
        String currency = trim(item.getCurrency()) != null ? trim(item.getCurrency()) : trim(order.getCurrency());
        out.open("ReportPOItem");
        out.leaf("ItemLineNumber", String.valueOf(line));
        out.leaf("ItemNumberByNC", String.valueOf(item.getId()));
        out.leaf("ProductNumberByMerchant", entry != null ? entry.getPartNumber() : item.getPartNumber());
        out.leaf("ItemUnitPrice", MessageNumbers.xmlAmount(item.getPrice()), "currency", currency);
        out.leaf("ItemProductQuantity", MessageNumbers.xmlQuantity(item.getQuantity()));
        if (description != null && description.getShortDescription() != null) {
            out.leaf("ItemProductDescription", description.getShortDescription());
        }
        shipTo(out, data.shipTo(item), item.getComments());
        ShipMode shipMode = data.shipMode(item);
        if (shipMode != null) {
            out.open("ShippingCarrierInfo");
            out.leaf("Carrier", trim(shipMode.getCarrier()));
            out.leaf("Method", trim(shipMode.getCode()));
            out.close();
        }
        out.leafIfPresent("ShipStatus", trim(item.getStatus()));
        dateTime(
                out,
                item.getTimeCreated() != null ? item.getTimeCreated() : order.getTimePlaced(),
                item.getLastUpdate());
        out.leaf("ItemCustomerField", item.getField1() == null ? null : String.valueOf(item.getField1()));
        out.leaf("ItemCustomerField", item.getField2());
        userData(out, userData);
        out.close();
    }

    /** Only when the ship-to exists with a last name (the DTD requires the person). */
    private static void shipTo(XmlOut out, Address shipTo, String comment) throws XMLStreamException {
        if (shipTo == null || isBlank(shipTo.getLastName())) {
            return;
        }
        out.open("ShipToInfo");
        person(out, shipTo);
        address(
                out,
                shipTo.getAddress1(),
                shipTo.getAddress2(),
                shipTo.getAddress3(),
                shipTo.getCity(),
                shipTo.getState(),
                shipTo.getZipCode(),
                shipTo.getCountry());
        contactInfo(
                out,
                shipTo.getPhone1(),
                shipTo.getPhone2(),
                shipTo.getEmail1(),
                shipTo.getEmail2(),
                shipTo.getFax1(),
                shipTo.getFax2(),
                false);
        if (comment != null && !comment.isEmpty()) {
            out.leaf("Comment", comment);
        }
        out.close();
    }

    /** {@code PlacedDate} is required: empty when the timestamp is unknown. */
    private static void dateTime(XmlOut out, LocalDateTime placed, LocalDateTime lastUpdate) throws XMLStreamException {
        out.open("DateTimeReference");
        out.leaf("PlacedDate", placed == null ? null : MessageNumbers.date(placed));
        if (placed != null) {
            out.leaf("PlacedTime", MessageNumbers.time(placed));
        }
        if (lastUpdate != null) {
            out.leaf("LastUpdateDate", MessageNumbers.date(lastUpdate));
            out.leaf("LastUpdateTime", MessageNumbers.time(lastUpdate));
        }
        out.close();
    }

    /** {@code AddressLine+}: the non-blank lines, or one empty line when there are none. */
    private static void address(
            XmlOut out, String line1, String line2, String line3, String city, String state, String zip, String country)
            throws XMLStreamException {
        out.open("Address");
        int lines = 0;
        for (String line : new String[] {line1, line2, line3}) {
            if (!isBlank(line)) {
                out.leaf("AddressLine", line);
                lines++;
            }
        }
        if (lines == 0) {
            out.leaf("AddressLine", null);
        }
        out.leaf("City", city);
        out.leaf("State", state);
        out.leaf("Zip", zip);
        out.leaf("Country", country);
        out.close();
    }

    /** Last, first, middle name and the address nickname as {@code AlternateName}, as the template names people. */
    private static void person(XmlOut out, Address address) throws XMLStreamException {
        out.open("ContactPersonName");
        out.leaf("LastName", address.getLastName());
        out.leafIfPresent("FirstName", address.getFirstName());
        out.leafIfPresent("MiddleName", address.getMiddleName());
        out.leafIfPresent("AlternateName", address.getNickname());
        out.close();
    }

    /**
     * Phones, e-mails and fax with the template's rule: the first present value is {@code primary}, a second one
     * {@code secondary}; fax is {@code FAX1}, else {@code FAX2}. Written even when empty if {@code required}.
     */
    private static void contactInfo(
            XmlOut out,
            String phone1,
            String phone2,
            String email1,
            String email2,
            String fax1,
            String fax2,
            boolean required)
            throws XMLStreamException {
        String fax = !isBlank(fax1) ? fax1 : fax2;
        boolean any = !isBlank(phone1) || !isBlank(phone2) || !isBlank(email1) || !isBlank(email2) || !isBlank(fax);
        if (!any && !required) {
            return;
        }
        out.open("ContactInfo");
        primaryAndSecondary(out, "Telephone", phone1, phone2);
        primaryAndSecondary(out, "Email", email1, email2);
        out.leafIfPresent("Fax", fax);
        out.close();
    }

    private static void primaryAndSecondary(XmlOut out, String element, String first, String second)
            throws XMLStreamException {
        if (isBlank(first)) {
            out.leafIfPresent(element, second, "type", "primary");
        } else {
            out.leaf(element, first, "type", "primary");
            out.leafIfPresent(element, second, "type", "secondary");
        }
    }

    private static void userData(XmlOut out, List<UserDataField> fields) throws XMLStreamException {
        if (fields.isEmpty()) {
            return; // UserData requires at least one UserDataField
        }
        out.open("UserData");
        for (UserDataField field : fields) {
            out.leaf("UserDataField", field.value(), "name", field.name());
        }
        out.close();
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.stripTrailing();
        return stripped.isEmpty() ? null : stripped;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
