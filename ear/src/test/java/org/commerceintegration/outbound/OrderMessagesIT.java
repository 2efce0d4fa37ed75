package org.commerceintegration.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.jms.DeliveryMode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commerceintegration.format.legacy.FieldLayout;
import org.commerceintegration.format.legacy.LayoutCatalog;
import org.commerceintegration.format.legacy.LegacyItem;
import org.commerceintegration.format.legacy.LegacyMessage;
import org.commerceintegration.format.legacy.LegacyMessageReader;
import org.commerceintegration.format.legacy.LegacyRecord;
import org.commerceintegration.format.xml.DocumentInfo;
import org.commerceintegration.format.xml.SafeXmlParser;
import org.commerceintegration.outbound.order.OrderProcess;
import org.commerceintegration.outbound.order.OrderProcessResult;
import org.commerceintegration.registry.CommandRegistry;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.OutboundQueue;
import org.commerceintegration.testsupport.Outbox;
import org.commerceintegration.testsupport.XmlDocuments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The demo orders through {@code OrderProcess} with each {@code OrderMessagingCmd} implementation, read from
 * {@code JMSOutboundQueue} as the back end reads them: the XML is valid against the bundled DTD and, parsed back,
 * carries the database's values; the legacy message, read back field by field with the project's layout reader,
 * carries the database's values; golden files pin both formats for order 10001. The implementation is switched with
 * the exact statement the Commerce documentation gives, followed by a registry reload.
 */
@ExtendWith(ArquillianExtension.class)
class OrderMessagesIT {

    private static final String SWITCH_TO_LEGACY =
            "update cmdreg set classname='com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl' where interfacename='com.ibm.commerce.order.commands.OrderMessagingCmd'";
    private static final String SWITCH_TO_XML =
            "update cmdreg set classname='com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl' where interfacename='com.ibm.commerce.order.commands.OrderMessagingCmd'";
    private static final String XML_GOLDEN = "golden/order-10001-OrderCreateXMLFormat.xml";
    private static final String LEGACY_GOLDEN = "golden/order-10001-OrderCreateFixFormat.txt";
    private static final long[] DEMO_ORDERS = {10001L, 10002L, 10003L};
    private static final Duration ARRIVAL = Duration.ofSeconds(20);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(List.of(XML_GOLDEN, LEGACY_GOLDEN), OrderMessagesIT.class);
    }

    @EJB
    private OrderProcess orderProcess;

    @EJB
    private CommandRegistry registry;

    @BeforeEach
    void start() {
        Jdbc.execute(SWITCH_TO_XML);
        registry.reload();
        OutboundQueue.drain();
        Outbox.clear();
    }

    @AfterEach
    void restore() {
        Jdbc.execute(SWITCH_TO_XML);
        registry.reload();
        OutboundQueue.drain();
        Outbox.clear();
    }

    @Test
    void xmlMessagesAreValidAndCarryTheDatabaseValues() throws Exception {
        for (long ordersId : DEMO_ORDERS) {
            OrderProcessResult result = orderProcess.process(ordersId);
            assertEquals("com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl", result.implementation());
            assertEquals("OrderCreateXMLFormat", result.messageType());
            OutboundQueue.Received message = arrival(result);

            DocumentInfo info = SafeXmlParser.messages().validate(message.body());
            assertEquals("Report_NC_PurchaseOrder", info.rootElement());
            assertEquals("Report_NC_PO_10.dtd", info.dtdFileName());
            assertTrue(
                    message.text()
                            .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                    + "<!DOCTYPE Report_NC_PurchaseOrder SYSTEM \"Report_NC_PO_10.dtd\">\n"),
                    message.text());
            XmlOrderCheck.matchesDatabase(XmlDocuments.parse(message.body()), ordersId);
        }
    }

    @Test
    void legacyMessagesReadBackFieldByFieldToTheDatabaseValues() {
        switchToLegacy();
        LegacyMessageReader reader = new LegacyMessageReader(LayoutCatalog.load());
        for (long ordersId : DEMO_ORDERS) {
            OrderProcessResult result = orderProcess.process(ordersId);
            assertEquals("com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl", result.implementation());
            assertEquals("OrderCreateFixFormat", result.messageType());
            OutboundQueue.Received message = arrival(result);
            assertTrue(
                    message.text().startsWith("<ECEDOC><PROLOG>ON        01          </PROLOG><HEADER><HDR010>"),
                    message.text());
            LegacyOrderCheck.matchesDatabase(reader.read(message.text()), ordersId);
        }
    }

    @Test
    void commerceUpdateStatementSwitchesTheFormatOfTheNextOrder() {
        assertEquals(
                "OrderCreateXMLFormat", arrival(orderProcess.process(10002L)).messageType());
        assertTrue(Jdbc.execute(SWITCH_TO_LEGACY) >= 1, "the site row, and any store rows, of OrderMessagingCmd");
        registry.reload();
        assertEquals(
                "OrderCreateFixFormat", arrival(orderProcess.process(10002L)).messageType());
        Jdbc.execute(SWITCH_TO_XML);
        registry.reload();
        assertEquals(
                "OrderCreateXMLFormat", arrival(orderProcess.process(10002L)).messageType());
    }

    /** The bodies hold nothing per-message (the correlation id travels in the JMS header), so no normalising. */
    @Test
    void goldenFilesPinBothFormatsForOrder10001() throws IOException {
        OutboundQueue.Received xml = arrival(orderProcess.process(10001L));
        assertFalse(xml.text().contains(xml.correlationId()));
        assertGolden(XML_GOLDEN, xml.text());

        switchToLegacy();
        OutboundQueue.Received legacy = arrival(orderProcess.process(10001L));
        assertFalse(legacy.text().contains(legacy.correlationId()));
        assertGolden(LEGACY_GOLDEN, legacy.text());
    }

    private void switchToLegacy() {
        assertTrue(Jdbc.execute(SWITCH_TO_LEGACY) >= 1, "the site row, and any store rows, of OrderMessagingCmd");
        registry.reload();
    }

    /** The message the result announced, with the properties and correlation id it promised. */
    private static OutboundQueue.Received arrival(OrderProcessResult result) {
        OutboundQueue.Received message = OutboundQueue.receive(ARRIVAL);
        assertNotNull(message, "no message for order " + result.ordersId() + " within " + ARRIVAL);
        assertEquals(result.messageType(), message.messageType());
        assertEquals(String.valueOf(result.ordersId()), message.ordersId());
        assertEquals(String.valueOf(result.storeId()), message.storeId());
        assertEquals(result.correlationId(), message.correlationId());
        assertTrue(message.correlationId().matches("ID:[0-9a-f]{48}"), message.correlationId());
        assertEquals(DeliveryMode.PERSISTENT, message.deliveryMode());
        assertNull(Outbox.row(result.messageId()), "a sent message leaves no MSGSTORE row");
        return message;
    }

    /** On a difference the actual message is also written to the server's temp directory, to review and copy. */
    private static void assertGolden(String resource, String actual) throws IOException {
        String expected;
        try (InputStream in = OrderMessagesIT.class.getClassLoader().getResourceAsStream(resource)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!expected.equals(actual)) {
            Path written = Files.createDirectories(
                            Path.of(System.getProperty("java.io.tmpdir"), "commerce-integration-golden"))
                    .resolve(Path.of(resource).getFileName());
            Files.writeString(written, actual, StandardCharsets.UTF_8);
            assertEquals(expected, actual, resource + " differs; the actual message is in " + written);
        }
    }

    /** The XML message against the database, element by element (spec §3.3 sources), read with plain JDBC. */
    static final class XmlOrderCheck {

        static void matchesDatabase(Document document, long ordersId) {
            Map<String, Object> order = Jdbc.queryRow("select * from ORDERS where ORDERS_ID = ?", ordersId);
            Element root = document.getDocumentElement();
            assertEquals("1.0", root.getAttribute("version"));
            Element header = path(root, "DataArea", "ReportPO", "ReportPOHeader");
            assertEquals(String.valueOf(ordersId), text(header, "OrderNumberByNC"));
            assertEquals(str(order.get("ORMORDER")), textOrNull(header, "OrderNumberByMerchant"));
            LocalDateTime placed = ((Timestamp) order.get("TIMEPLACED")).toLocalDateTime();
            assertEquals(date(placed), text(header, "DateTimeReference", "PlacedDate"));
            assertEquals(time(placed), text(header, "DateTimeReference", "PlacedTime"));
            Element totals = child(header, "TotalPriceInfo");
            assertEquals(str(order.get("CURRENCY")), totals.getAttribute("currency"));
            assertAmount(order.get("TOTALPRODUCT"), text(totals, "TotalNetPrice"));
            assertAmount(order.get("TOTALTAX"), text(totals, "TaxInfo", "MonetaryAmount"));
            assertAmount(order.get("TOTALSHIPPING"), text(totals, "TotalShippingPrice"));
            assertAmount(order.get("TOTALTAXSHIPPING"), text(totals, "TotalTaxOnShippingPrice"));
            assertEquals(str(order.get("STATUS")), text(header, "ShipStatus"));

            Map<String, Object> billTo =
                    Jdbc.queryRow("select * from ADDRESS where ADDRESS_ID = ?", order.get("ADDRESS_ID"));
            Element billToInfo = child(header, "BillToInfo");
            assertAddress(billTo, child(billToInfo, "Address"));
            assertPerson(billTo, child(billToInfo, "ContactPersonName"));
            assertContact(billTo, child(billToInfo, "ContactInfo"));

            Map<String, Object> store = Jdbc.queryRow(
                    "select * from STOREENTDS where STOREENT_ID = ?" + " and LANGUAGE_ID = -1",
                    order.get("STOREENT_ID"));
            Map<String, Object> contact =
                    Jdbc.queryRow("select * from STADDRESS where STADDRESS_ID = ?", store.get("STADDRESS_ID_CONT"));
            Element merchant = child(header, "MerchantInfo");
            assertEquals(str(store.get("DISPLAYNAME")), text(merchant, "OrgName"));
            assertEquals(String.valueOf(order.get("STOREENT_ID")), text(merchant, "OrgID"));
            assertEquals("NCInternal", child(merchant, "OrgID").getAttribute("type"));
            assertAddress(contact, child(merchant, "Address"));
            assertEquals(str(contact.get("LASTNAME")), text(merchant, "ContactPersonName", "LastName"));
            assertEquals(str(contact.get("PERSONTITLE")), text(merchant, "ContactPersonName", "Title"));
            assertContact(contact, child(merchant, "ContactInfo"));

            Element requisitioner = child(header, "RequisitionerInfo");
            List<Element> ids = children(requisitioner, "RequisitionerID");
            assertEquals(String.valueOf(order.get("MEMBER_ID")), ids.get(0).getTextContent());
            assertEquals("NCInternal", ids.get(0).getAttribute("type"));
            assertEquals(
                    Jdbc.queryValue("select LOGONID from USERREG where USERS_ID = ?", order.get("MEMBER_ID")),
                    ids.get(1).getTextContent());
            assertEquals("logon", ids.get(1).getAttribute("type"));
            Map<String, Object> self = Jdbc.queryRow(
                    "select * from ADDRESS where MEMBER_ID = ? and SELFADDRESS = 1", order.get("MEMBER_ID"));
            assertAddress(self, child(requisitioner, "Address"));

            List<Element> custom = children(header, "OrderCustomerField");
            assertEquals(3, custom.size());
            assertEquals(str(order.get("FIELD1")), blankToNull(custom.get(0).getTextContent()));
            if (order.get("FIELD2") == null) {
                assertEquals("", custom.get(1).getTextContent());
            } else {
                assertAmount(order.get("FIELD2"), custom.get(1).getTextContent());
            }
            assertEquals(str(order.get("FIELD3")), blankToNull(custom.get(2).getTextContent()));

            List<Map<String, Object>> items = Jdbc.queryRows(
                    "select * from ORDERITEMS where ORDERS_ID = ?" + " order by ORDERITEMS_ID", ordersId);
            List<Element> itemElements = children(path(root, "DataArea", "ReportPO"), "ReportPOItem");
            assertEquals(items.size(), itemElements.size());
            for (int i = 0; i < items.size(); i++) {
                matchesItem(items.get(i), itemElements.get(i), i, str(order.get("CURRENCY")));
            }
        }

        private static void matchesItem(Map<String, Object> item, Element element, int index, String currency) {
            assertEquals(String.valueOf(index), text(element, "ItemLineNumber"), "0-based as the shipped template");
            assertEquals(String.valueOf(item.get("ORDERITEMS_ID")), text(element, "ItemNumberByNC"));
            Map<String, Object> entry =
                    Jdbc.queryRow("select * from CATENTRY where CATENTRY_ID = ?", item.get("CATENTRY_ID"));
            assertEquals(entry.get("PARTNUMBER"), text(element, "ProductNumberByMerchant"));
            assertAmount(item.get("PRICE"), text(element, "ItemUnitPrice"));
            assertEquals(currency, child(element, "ItemUnitPrice").getAttribute("currency"));
            assertEquals(
                    0,
                    BigDecimal.valueOf(((Number) item.get("QUANTITY")).doubleValue())
                            .compareTo(new BigDecimal(text(element, "ItemProductQuantity"))));
            assertEquals(
                    Jdbc.queryValue(
                            "select SHORTDESCRIPTION from CATENTDESC where CATENTRY_ID = ?" + " and LANGUAGE_ID = -1",
                            item.get("CATENTRY_ID")),
                    text(element, "ItemProductDescription"));
            Map<String, Object> shipTo =
                    Jdbc.queryRow("select * from ADDRESS where ADDRESS_ID = ?", item.get("ADDRESS_ID"));
            Element shipToInfo = child(element, "ShipToInfo");
            assertPerson(shipTo, child(shipToInfo, "ContactPersonName"));
            assertAddress(shipTo, child(shipToInfo, "Address"));
            assertContact(shipTo, child(shipToInfo, "ContactInfo"));
            assertEquals(str(item.get("COMMENTS")), textOrNull(shipToInfo, "Comment"));
            Map<String, Object> shipMode =
                    Jdbc.queryRow("select * from SHIPMODE where SHIPMODE_ID = ?", item.get("SHIPMODE_ID"));
            assertEquals(str(shipMode.get("CARRIER")), text(element, "ShippingCarrierInfo", "Carrier"));
            assertEquals(str(shipMode.get("CODE")), text(element, "ShippingCarrierInfo", "Method"));
            assertEquals(str(item.get("STATUS")), text(element, "ShipStatus"));
            LocalDateTime created = ((Timestamp) item.get("TIMECREATED")).toLocalDateTime();
            LocalDateTime updated = ((Timestamp) item.get("LASTUPDATE")).toLocalDateTime();
            assertEquals(date(created), text(element, "DateTimeReference", "PlacedDate"));
            assertEquals(time(created), text(element, "DateTimeReference", "PlacedTime"));
            assertEquals(date(updated), text(element, "DateTimeReference", "LastUpdateDate"));
            assertEquals(time(updated), text(element, "DateTimeReference", "LastUpdateTime"));
            List<Element> custom = children(element, "ItemCustomerField");
            assertEquals(2, custom.size());
            assertEquals(str(item.get("FIELD1")), blankToNull(custom.get(0).getTextContent()));
            assertEquals(str(item.get("FIELD2")), blankToNull(custom.get(1).getTextContent()));
        }

        private static void assertAddress(Map<String, Object> row, Element address) {
            List<String> lines = new ArrayList<>();
            for (String column : new String[] {"ADDRESS1", "ADDRESS2", "ADDRESS3"}) {
                if (str(row.get(column)) != null) {
                    lines.add(str(row.get(column)));
                }
            }
            assertEquals(
                    lines,
                    children(address, "AddressLine").stream()
                            .map(Node::getTextContent)
                            .toList());
            assertEquals(str(row.get("CITY")), text(address, "City"));
            assertEquals(str(row.get("STATE")), text(address, "State"));
            assertEquals(str(row.get("ZIPCODE")), text(address, "Zip"));
            assertEquals(str(row.get("COUNTRY")), text(address, "Country"));
        }

        private static void assertPerson(Map<String, Object> row, Element person) {
            assertEquals(str(row.get("LASTNAME")), text(person, "LastName"));
            assertEquals(str(row.get("FIRSTNAME")), textOrNull(person, "FirstName"));
            assertEquals(str(row.get("MIDDLENAME")), textOrNull(person, "MiddleName"));
            assertEquals(str(row.get("NICKNAME")), textOrNull(person, "AlternateName"));
        }

        /** Primary = first present of the pair, secondary = the second; fax = FAX1 else FAX2. */
        private static void assertContact(Map<String, Object> row, Element contact) {
            assertEquals(
                    present(row, "PHONE1", "PHONE2"),
                    children(contact, "Telephone").stream()
                            .map(Node::getTextContent)
                            .toList());
            assertEquals(
                    present(row, "EMAIL1", "EMAIL2"),
                    children(contact, "Email").stream()
                            .map(Node::getTextContent)
                            .toList());
            List<String> fax = present(row, "FAX1", "FAX2");
            assertEquals(fax.isEmpty() ? null : fax.get(0), textOrNull(contact, "Fax"));
            List<Element> phones = children(contact, "Telephone");
            for (int i = 0; i < phones.size(); i++) {
                assertEquals(i == 0 ? "primary" : "secondary", phones.get(i).getAttribute("type"));
            }
        }

        private static List<String> present(Map<String, Object> row, String first, String second) {
            List<String> values = new ArrayList<>();
            for (String column : new String[] {first, second}) {
                if (str(row.get(column)) != null) {
                    values.add(str(row.get(column)));
                }
            }
            return values;
        }

        private static void assertAmount(Object expected, String actual) {
            assertEquals(0, ((BigDecimal) expected).compareTo(new BigDecimal(actual)), expected + " vs " + actual);
            assertEquals(5, new BigDecimal(actual).scale(), "amounts have the columns' scale 5: " + actual);
        }

        private static Element path(Element from, String... names) {
            Element e = from;
            for (String name : names) {
                e = child(e, name);
            }
            return e;
        }

        private static Element child(Element parent, String name) {
            List<Element> found = children(parent, name);
            assertEquals(1, found.size(), parent.getTagName() + "/" + name);
            return found.get(0);
        }

        private static List<Element> children(Element parent, String name) {
            List<Element> found = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(name)) {
                    found.add(e);
                }
            }
            return found;
        }

        private static String text(Element parent, String... path) {
            return path(parent, path).getTextContent();
        }

        private static String textOrNull(Element parent, String name) {
            List<Element> found = children(parent, name);
            return found.isEmpty() ? null : found.get(0).getTextContent();
        }
    }

    /**
     * The legacy message against the database, every field of every record: each layout field's
     * {@code target=TABLE.COLUMN} is looked up with plain JDBC in the row that record describes.
     */
    static final class LegacyOrderCheck {

        static void matchesDatabase(LegacyMessage message, long ordersId) {
            Map<String, Object> order = Jdbc.queryRow("select * from ORDERS where ORDERS_ID = ?", ordersId);
            Object member = order.get("MEMBER_ID");
            Map<String, Object> store = Jdbc.queryRow(
                    "select * from STOREENTDS where STOREENT_ID = ?" + " and LANGUAGE_ID = -1",
                    order.get("STOREENT_ID"));
            assertEquals("ON", message.prolog().text("NC_MsgType"));
            assertEquals("01", message.prolog().text("NC_MsgVersion"));
            assertRecord(message.headerRecord("HDR010"), Map.of("ORDERS", order));
            assertRecord(
                    message.headerRecord("HDR020"),
                    Map.of(
                            "USERREG", Jdbc.queryRow("select * from USERREG where USERS_ID = ?", member),
                            "ADDRESS",
                                    Jdbc.queryRow(
                                            "select * from ADDRESS where MEMBER_ID = ? and SELFADDRESS = 1", member)));
            assertRecord(
                    message.headerRecord("HDR030"),
                    Map.of(
                            "ADDRESS",
                            Jdbc.queryRow("select * from ADDRESS where ADDRESS_ID = ?", order.get("ADDRESS_ID"))));
            assertRecord(
                    message.headerRecord("HDR040"),
                    Map.of(
                            "STOREENTDS",
                            store,
                            "STADDRESS",
                            Jdbc.queryRow(
                                    "select * from STADDRESS where STADDRESS_ID = ?", store.get("STADDRESS_ID_CONT"))));
            // a few values spelled out, so the check does not only trust the layout's targets
            assertEquals("demo", message.headerRecord("HDR020").text("NC_ShopperLoginID"));
            assertEquals("Doe", message.headerRecord("HDR020").text("NC_PurchaserLastName"));
            assertEquals("Demo Store", message.headerRecord("HDR040").text("NC_SupplierName"));
            assertTrue(message.headerUserData().isEmpty(), "no extensions installed");

            List<Map<String, Object>> items = Jdbc.queryRows(
                    "select * from ORDERITEMS where ORDERS_ID = ?" + " order by ORDERITEMS_ID", ordersId);
            assertEquals(items.size(), message.items().size());
            for (int i = 0; i < items.size(); i++) {
                Map<String, Object> item = items.get(i);
                LegacyItem legacyItem = message.items().get(i);
                LegacyRecord record = legacyItem.record("ITM010");
                assertEquals(i + 1L, record.integer("NC_ItemLineNumber"), "line numbers start at 1 (spec 4.8)");
                assertRecord(
                        record,
                        Map.of(
                                "ORDERITEMS",
                                item,
                                "CATENTRY",
                                Jdbc.queryRow("select * from CATENTRY where CATENTRY_ID = ?", item.get("CATENTRY_ID")),
                                "CATENTDESC",
                                Jdbc.queryRow(
                                        "select * from CATENTDESC where CATENTRY_ID = ?" + " and LANGUAGE_ID = -1",
                                        item.get("CATENTRY_ID")),
                                "ADDRESS",
                                Jdbc.queryRow("select * from ADDRESS where ADDRESS_ID = ?", item.get("ADDRESS_ID"))));
                assertEquals(item.get("ORDERITEMS_ID"), record.integer("NC_ItemRefNumber"));
                assertTrue(legacyItem.userData().isEmpty());
            }
        }

        /** Every field of the record: the target column's value, or blank when the column is null or unread. */
        private static void assertRecord(LegacyRecord record, Map<String, Map<String, Object>> rows) {
            assertNotNull(record);
            assertEquals("", record.trailing(), record.tag() + " has nothing beyond its layout");
            for (FieldLayout field : record.layout().fields()) {
                String where = record.tag() + " " + field.name();
                if (field.target() == null) {
                    if (field.defaultValue() != null) {
                        assertEquals(field.defaultValue(), record.text(field.name()), where);
                    }
                    continue;
                }
                String[] source = field.target().split("\\.");
                Map<String, Object> row = rows.get(source[0]);
                Object expected = row == null ? null : row.get(source[1]);
                assertField(where, field, expected, record);
            }
        }

        private static void assertField(String where, FieldLayout field, Object expected, LegacyRecord record) {
            if (expected == null || (expected instanceof String s && s.isBlank())) {
                assertNull(record.text(field.name()), where + " is blank for a null column");
                return;
            }
            switch (field.kind()) {
                case TEXT -> assertEquals(((String) expected).stripTrailing(), record.text(field.name()), where);
                case INTEGER -> assertEquals(((Number) expected).longValue(), record.integer(field.name()), where);
                case NUMBER ->
                    assertEquals(
                            0,
                            new BigDecimal(expected.toString()).compareTo(record.decimal(field.name())),
                            where + ": " + expected + " vs " + record.text(field.name()));
                case DATE ->
                    assertEquals(
                            ((Timestamp) expected).toLocalDateTime().toLocalDate(), record.date(field.name()), where);
                case TIME ->
                    assertEquals(
                            ((Timestamp) expected)
                                    .toLocalDateTime()
                                    .toLocalTime()
                                    .withNano(0),
                            record.time(field.name()),
                            where);
            }
        }
    }

    private static String str(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().stripTrailing();
        return text.isEmpty() ? null : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String date(LocalDateTime t) {
        return String.format("%04d%02d%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth());
    }

    private static String time(LocalDateTime t) {
        return String.format("%02d%02d%02d", t.getHour(), t.getMinute(), t.getSecond());
    }
}
