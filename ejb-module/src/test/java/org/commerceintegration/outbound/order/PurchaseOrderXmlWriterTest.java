package org.commerceintegration.outbound.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commerceintegration.format.xml.DocumentInfo;
import org.commerceintegration.format.xml.DtdCatalog;
import org.commerceintegration.format.xml.SafeXmlParser;
import org.commerceintegration.format.xml.XmlLimits;
import org.commerceintegration.order.Order;
import org.commerceintegration.order.OrderItem;
import org.commerceintegration.outbound.OutboundCompositionException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Report_NC_PurchaseOrder writer without a server: the spec's TV-4 byte for byte, escaping, the elements the DTD
 * requires when data is missing, line numbers, user data.
 */
class PurchaseOrderXmlWriterTest {

    private static final PurchaseOrderXmlWriter TEMPLATE_LINES = new PurchaseOrderXmlWriter(0);
    private static final SafeXmlParser DTD =
            new SafeXmlParser(DtdCatalog.messages(), XmlLimits.defaults().withMaxMessageSize(Integer.MAX_VALUE));

    @Test
    void reproducesTestVectorFourExactly() throws IOException {
        String expected = resource("tv4-report-nc-purchaseorder.xml");
        String written =
                new String(TEMPLATE_LINES.write(OrderFixtures.tv4(), UserDataSource.NONE), StandardCharsets.UTF_8);
        assertEquals(expected, written);
        DTD.validate(written);
    }

    @Test
    void everyValueIsEscapedAndTheDocumentStaysWellFormed() throws Exception {
        OrderMessageData data = OrderFixtures.tv4();
        data.order().setField3("<gift> & \"bow\" ]]> 'tag'");
        data.description(data.items().get(0)).setShortDescription("Canvas tote bag & strap <large>");
        data.billTo().setLastName("O'Brien & <Sons>");
        String xml = new String(
                TEMPLATE_LINES.write(
                        data, new FixedUserData(List.of(new UserDataField("note", "a < b & c")), List.of())),
                StandardCharsets.UTF_8);

        assertTrue(xml.contains("&lt;gift&gt; &amp; \"bow\" ]]&gt; 'tag'"), xml);
        assertTrue(xml.contains("Canvas tote bag &amp; strap &lt;large&gt;"), xml);
        Document document = parse(xml);
        assertEquals(
                "<gift> & \"bow\" ]]> 'tag'",
                texts(document, "OrderCustomerField").get(2));
        assertEquals("O'Brien & <Sons>", texts(document, "LastName").get(0));
        assertEquals(
                "Canvas tote bag & strap <large>",
                texts(document, "ItemProductDescription").get(0));
        assertEquals("a < b & c", texts(document, "UserDataField").get(0));
    }

    @Test
    void aCharacterXmlCannotCarryIsAClearErrorNamingTheElement() {
        OrderMessageData data = OrderFixtures.tv4();
        data.items().get(0).setComments("ring\u0001twice");
        OutboundCompositionException error =
                assertThrows(OutboundCompositionException.class, () -> TEMPLATE_LINES.write(data, UserDataSource.NONE));
        assertTrue(error.getMessage().contains("Order 10001"), error.getMessage());
        assertTrue(error.getMessage().contains("Comment"), error.getMessage());
        assertTrue(error.getMessage().contains("U+0001"), error.getMessage());
    }

    @Test
    void requiredElementsAreWrittenWhenTheDataIsMissing() throws Exception {
        Order order = OrderFixtures.order(10009L);
        order.setTimePlaced(null);
        order.setTotalProduct(null);
        order.setTotalTax(null);
        order.setTotalShipping(null);
        order.setTotalTaxShipping(null);
        order.setCurrency(null);
        OrderItem item = OrderFixtures.item(20009L, 5999L, null, 1.0);
        item.setPartNumber("PART-FROM-ITEM");
        item.setShipModeId(null);
        order.addItem(item);
        OrderMessageData data = OrderMessageData.builder(order)
                .address(OrderFixtures.address(3005L, 2001L, "billing"))
                .build();
        Document document = parse(new String(TEMPLATE_LINES.write(data, UserDataSource.NONE), StandardCharsets.UTF_8));

        assertEquals(List.of("", ""), texts(document, "PlacedDate"), "header and item DateTimeReference");
        assertEquals("0.00000", texts(document, "TotalNetPrice").get(0));
        assertEquals("0.00000", texts(document, "TotalShippingPrice").get(0));
        assertEquals("0.00000", texts(document, "TotalTaxOnShippingPrice").get(0));
        assertEquals("0.00000", texts(document, "MonetaryAmount").get(0));
        assertEquals(1, document.getElementsByTagName("ContactInfo").getLength(), "BillToInfo always has one");
        assertEquals(
                0,
                ((Element) document.getElementsByTagName("ContactInfo").item(0))
                                .getChildNodes()
                                .getLength()
                        - 1,
                "empty apart from its line break");
        assertEquals(
                "PART-FROM-ITEM", texts(document, "ProductNumberByMerchant").get(0));
        assertEquals("0.00000", texts(document, "ItemUnitPrice").get(0));
        assertEquals("1.0", texts(document, "ItemProductQuantity").get(0));
        assertEquals(List.of("", "", ""), texts(document, "OrderCustomerField"));
        assertEquals(List.of("", ""), texts(document, "ItemCustomerField"));
        assertEquals(0, document.getElementsByTagName("MerchantInfo").getLength(), "no store data, no merchant");
        assertEquals(
                "", ((Element) document.getElementsByTagName("TotalPriceInfo").item(0)).getAttribute("currency"));
    }

    @Test
    void itemDateTimeReferenceIsClosedWithoutLastUpdate() throws Exception {
        OrderMessageData data = OrderFixtures.tv4();
        data.items().get(0).setLastUpdate(null);
        Document document = parse(new String(TEMPLATE_LINES.write(data, UserDataSource.NONE), StandardCharsets.UTF_8));
        assertEquals(List.of("20240301", "20240301"), texts(document, "PlacedDate"));
        assertEquals(0, document.getElementsByTagName("LastUpdateDate").getLength());
    }

    @Test
    void lineNumbersStartAtTheConfiguredBase() throws Exception {
        OrderMessageData data = twoItems();
        assertEquals(List.of("0", "1"), texts(parse(new PurchaseOrderXmlWriter(0), data), "ItemLineNumber"));
        assertEquals(List.of("1", "2"), texts(parse(new PurchaseOrderXmlWriter(1), data), "ItemLineNumber"));
    }

    @Test
    void userDataGoesAtTheEndOfHeaderAndOfEveryItem() throws Exception {
        OrderMessageData data = twoItems();
        byte[] xml = TEMPLATE_LINES.write(
                data,
                new FixedUserData(
                        List.of(new UserDataField("CHANNEL", "web"), new UserDataField("REGION", "EU")),
                        List.of(new UserDataField("GIFTWRAP", "Y"))));
        Document document = parse(new String(xml, StandardCharsets.UTF_8));
        NodeList userData = document.getElementsByTagName("UserData");
        assertEquals(3, userData.getLength());
        Element header = (Element) userData.item(0);
        assertEquals("ReportPOHeader", header.getParentNode().getNodeName());
        assertEquals(header, lastElement((Element) header.getParentNode()));
        assertEquals(
                "CHANNEL",
                ((Element) header.getElementsByTagName("UserDataField").item(0)).getAttribute("name"));
        for (int i = 1; i <= 2; i++) {
            Element item = (Element) userData.item(i);
            assertEquals("ReportPOItem", item.getParentNode().getNodeName());
            assertEquals(item, lastElement((Element) item.getParentNode()));
        }
        assertEquals(List.of("web", "EU", "Y", "Y"), texts(document, "UserDataField"));
    }

    @Test
    void noUserDataMeansNoUserDataElement() {
        String xml = new String(TEMPLATE_LINES.write(twoItems(), UserDataSource.NONE), StandardCharsets.UTF_8);
        assertTrue(!xml.contains("UserData"), xml);
        DTD.validate(xml);
    }

    @Test
    void anOrderWithoutItemsIsRefused() {
        OrderMessageData data =
                OrderMessageData.builder(OrderFixtures.order(10010L)).build();
        OutboundCompositionException error =
                assertThrows(OutboundCompositionException.class, () -> TEMPLATE_LINES.write(data, UserDataSource.NONE));
        assertTrue(error.getMessage().contains("no items"), error.getMessage());
    }

    @Test
    void aThousandItemsAreWrittenInOnePass() throws Exception {
        Order order = OrderFixtures.order(10011L);
        for (long i = 0; i < 1000; i++) {
            order.addItem(OrderFixtures.item(30000L + i, 5001L, "1.00000", 1.0));
        }
        OrderMessageData data = OrderMessageData.builder(order)
                .catalogEntry(OrderFixtures.catalogEntry(5001L, "SKU-RED-M"))
                .build();
        TEMPLATE_LINES.write(data, UserDataSource.NONE); // warm-up
        long start = System.nanoTime();
        byte[] xml = TEMPLATE_LINES.write(data, UserDataSource.NONE);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(
                1000,
                parse(new String(xml, StandardCharsets.UTF_8))
                        .getElementsByTagName("ReportPOItem")
                        .getLength());
        assertTrue(took.toMillis() < 2000, "1000 items took " + took);
    }

    private static OrderMessageData twoItems() {
        Order order = OrderFixtures.order(10012L);
        order.addItem(OrderFixtures.item(20001L, 5001L, "49.99000", 2.0));
        order.addItem(OrderFixtures.item(20002L, 5001L, "29.99000", 1.0));
        return OrderMessageData.builder(order)
                .catalogEntry(OrderFixtures.catalogEntry(5001L, "SKU-RED-M"))
                .build();
    }

    private static Document parse(PurchaseOrderXmlWriter writer, OrderMessageData data) throws Exception {
        return parse(new String(writer.write(data, UserDataSource.NONE), StandardCharsets.UTF_8));
    }

    /**
     * Validates against the bundled {@code Report_NC_PO_10.dtd} (the project's safe parser), then returns the DOM of
     * a plain parse for the assertions.
     */
    static Document parse(String xml) throws Exception {
        DocumentInfo info = DTD.validate(xml);
        assertEquals("Report_NC_PO_10.dtd", info.dtdFileName());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document document, String element) {
        NodeList nodes = document.getElementsByTagName(element);
        java.util.ArrayList<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Element lastElement(Element parent) {
        Element last = null;
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                last = e;
            }
        }
        return last;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PurchaseOrderXmlWriterTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
