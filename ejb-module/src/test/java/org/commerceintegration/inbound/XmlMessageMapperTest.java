package org.commerceintegration.inbound;

import static org.commerceintegration.TestMessages.TV3;
import static org.commerceintegration.TestMessages.TV4;
import static org.commerceintegration.TestMessages.TV5;
import static org.commerceintegration.TestMessages.read;
import static org.commerceintegration.TestMessages.withSystemId;
import static org.commerceintegration.TestMessages.withoutDoctype;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.format.MessageFormatException;
import org.commerceintegration.format.xml.XmlFormatException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class XmlMessageMapperTest {

    private static final String WCS30_FULL = "wcs30-orderstatus-full.xml";

    private final XmlMessageMapper mapper = new XmlMessageMapper();

    // ---- TV-3: Update_NC_OrderStatus 1.0 ---------------------------------------------------------------------------

    @Test
    void tv3MapsToExactlyTheExpectedMapping() {
        CommandInvocation invocation = map(read(TV3));

        assertEquals("OrderStatus", invocation.commandName());
        assertEquals("Update_NC_OrderStatus 1.0", invocation.messageType());
        assertEquals(Map.of("logonId", "wcsadmin", "logonPassword", "********"), invocation.controlProperties());
        assertOrdered(
                invocation.properties(),
                "merchantOrderNumber",
                "BE-2024-000123",
                "orderId",
                "10001",
                "currency",
                "USD",
                "priceTotal",
                "129.97",
                "taxTotal",
                "10.40",
                "shippingTotal",
                "7.50",
                "shippingTaxTotal",
                "0.60",
                "orderStatus",
                "C",
                "placeDateTime",
                "2024-03-01 00:00:00.000000",
                "scheduleShipDateTime",
                "2024-03-05 00:00:00.000000",
                "actualShipDateTime",
                "2024-03-06 00:00:00.000000",
                "field1",
                "7",
                "field2",
                "1.5",
                "field3",
                "warehouse EAST-2");
        assertOrdered(invocation.userData(), "CARRIER", "UPS");
        assertEquals(2, invocation.items().size());
        assertOrdered(
                invocation.items().get(0).properties(),
                "merchantItemNumber",
                "BE-LINE-1",
                "orderItemId",
                "20002",
                "quantityConfirmed",
                "2",
                "unitPrice",
                "49.99",
                "currency",
                "USD",
                "priceTotal",
                "99.98",
                "taxTotal",
                "8.00",
                "orderItemStatus",
                "S",
                "scheduleShipDateTime",
                "2024-03-05 00:00:00.000000",
                "actualShipDateTime",
                "2024-03-06 00:00:00.000000",
                "itemComment",
                "Left at front desk");
        assertOrdered(
                invocation.items().get(1).properties(),
                "merchantItemNumber",
                "BE-LINE-2",
                "orderItemId",
                "20003",
                "quantityConfirmed",
                "1",
                "unitPrice",
                "29.99",
                "orderItemStatus",
                "B",
                "scheduleShipDateTime",
                "2024-03-20 00:00:00.000000");
        assertTrue(invocation.items().get(0).userData().isEmpty());
    }

    @Test
    void tv3WithoutDoctypeOrWithForeignSystemIdMapsTheSame() {
        CommandInvocation expected = map(read(TV3));
        assertEquals(expected, map(withoutDoctype(read(TV3))));
        assertEquals(expected, map(withSystemId(read(TV3), "http://example.invalid/x.dtd")));
        assertEquals(expected, map(withSystemId(read(TV3), "file:///etc/passwd")));
    }

    @Test
    void lastUpdateTimeIsADateOrDateTimeOnItsOwnAndATimeOfDayJoinsLastUpdateDate() {
        assertEquals("2026-11-30 00:00:00.000000", lastUpdateTime("<LastUpdateTime>20261130</LastUpdateTime>"));
        assertEquals("2026-11-30 00:00:00.000000", lastUpdateTime("<LastUpdateTime>2026-11-30</LastUpdateTime>"));
        assertEquals(
                "2026-11-30 08:15:42.500000", lastUpdateTime("<LastUpdateTime>2026-11-30T08:15:42.5</LastUpdateTime>"));
        assertEquals(
                "2026-11-30 08:15:00.000000",
                lastUpdateTime("<LastUpdateDate>20240302</LastUpdateDate>"
                        + "<LastUpdateTime>2026-11-30 08:15:00</LastUpdateTime>"),
                "a date-time stands alone; LastUpdateDate is ignored, as in Commerce");
        assertEquals(
                "2024-03-02 10:15:30.000000",
                lastUpdateTime("<LastUpdateDate>20240302</LastUpdateDate><LastUpdateTime>101530</LastUpdateTime>"));
        assertNull(lastUpdateTime("<LastUpdateTime>101530</LastUpdateTime>"), "a time of day without its date");
        assertNull(lastUpdateTime("<LastUpdateDate>20240302</LastUpdateDate>"), "Commerce ignores LastUpdateDate");
        refused(
                XmlFormatException.FIELD,
                () -> lastUpdateTime(
                        "<LastUpdateDate>20240302</LastUpdateDate><LastUpdateTime>251530</LastUpdateTime>"));
        XmlFormatException e =
                refused(XmlFormatException.FIELD, () -> lastUpdateTime("<LastUpdateTime>20261131</LastUpdateTime>"));
        assertTrue(e.getMessage().contains("neither a time of day (HHMMSS) nor a date or date-time"), e.getMessage());
    }

    /** TV-3 with the given DateTimeReference elements after PlacedDate, mapped: its lastUpdateTime. */
    private String lastUpdateTime(String elements) {
        String message =
                read(TV3).replace("<PlacedDate>20240301</PlacedDate>", "<PlacedDate>20240301</PlacedDate>" + elements);
        return map(message).property("lastUpdateTime");
    }

    @Test
    void valuesAreTrimmedAndEmptyValuesAreAbsent() {
        CommandInvocation invocation = map(read(TV3)
                .replace("<OrderNumberByNC>10001</OrderNumberByNC>", "<OrderNumberByNC>\n   10001 \t</OrderNumberByNC>")
                .replace("<Status>C</Status>", "<Status>   </Status>")
                .replace("<CustomerField>7</CustomerField>", "<CustomerField/>"));
        assertEquals("10001", invocation.property("orderId"));
        assertFalse(invocation.properties().containsKey("orderStatus"));
        assertFalse(invocation.properties().containsKey("field1"));
        assertEquals("1.5", invocation.property("field2"));
    }

    @Test
    void badDatesAreRefusedWithTheirPosition() {
        XmlFormatException e = refused(
                XmlFormatException.FIELD,
                () -> map(read(TV3).replace("<PlacedDate>20240301</PlacedDate>", "<PlacedDate>20240230</PlacedDate>")));
        assertEquals(25, e.line(), "line of <PlacedDate>: " + e.getMessage());
        assertTrue(e.problem().contains("placeDateTime"), e.getMessage());
        refused(XmlFormatException.FIELD, () -> map(read(TV3).replace("20240306", "2024-03-06")));
        refused(XmlFormatException.FIELD, () -> map(read(TV5).replace("2024-03-06T09:15:00.000000", "yesterday")));
    }

    @Test
    void everyOrderStatusBlockIsAnInvocationInDocumentOrder() {
        String tv3 = read(TV3);
        String order = tv3.substring(tv3.indexOf("<OrderStatus>"), tv3.indexOf("</OrderStatus>") + 14);
        String two = tv3.replace(
                "</OrderStatus>",
                "</OrderStatus>"
                        + order.replace("10001", "10002")
                                .replace("<Status>S</Status>", "<Status>B</Status>")
                                .replace("<UserData>", "<UserData><UserDataField name=\"SECOND\">yes</UserDataField>"));
        List<CommandInvocation> blocks = mapper.map(two).orElseThrow();
        assertEquals(2, blocks.size());
        CommandInvocation first = blocks.get(0);
        CommandInvocation second = blocks.get(1);
        assertEquals(map(tv3), first, "the first block maps as the message alone");
        assertEquals("10002", second.property("orderId"));
        assertEquals("OrderStatus", second.commandName());
        assertEquals(first.items().size(), second.items().size(), "each block has its own items");
        assertEquals(first.controlProperties(), second.controlProperties(), "control properties are the message's");
        assertEquals("yes", second.userData().get("SECOND"));
        assertNull(first.userData().get("SECOND"), "user data stays in its block");
    }

    // ---- TV-5 and the other Update_WCS_OrderStatus variants --------------------------------------------------------

    @Test
    void tv5MapsAsExpected() {
        CommandInvocation invocation = map(read(TV5));

        assertEquals("OrderShippingStatus", invocation.commandName());
        assertEquals("Update_WCS_OrderStatus 3.0", invocation.messageType());
        assertTrue(invocation.controlProperties().isEmpty());
        assertOrdered(
                invocation.properties(),
                "sequenceNumber",
                "42",
                "lastUpdateTime",
                "2024-03-06 09:15:00.000000",
                "versioning",
                "TRUE",
                "updateMode",
                "P",
                "orderId",
                "10001",
                "merchantOrderNumber",
                "BE-2024-000123",
                "orderStatus",
                "S",
                "statusFlag",
                "O",
                "orderStatusText",
                "Shipped",
                "shipCondition",
                "SP",
                "shippingModeFlag",
                "O",
                "actualShipDateTime",
                "2024-03-06 00:00:00.000000");
        assertEquals(1, invocation.items().size());
        assertOrdered(
                invocation.items().get(0).properties(),
                "versioning",
                "TRUE",
                "orderItemId",
                "20002",
                "merchantItemNumber",
                "BE-LINE-1",
                "quantityConfirmed",
                "2",
                "quantityShipped",
                "2",
                "orderItemStatus",
                "S",
                "orderItemStatusText",
                "Shipped");
    }

    @Test
    void dataAreaChildChoosesTheCommand() {
        String tv5 = read(TV5);
        assertEquals(
                "OrderConfirmStatus",
                map(tv5.replace("OrderShipping>", "OrderConfirm>")).commandName());
        assertEquals(
                "OrderInvoiceStatus",
                map(tv5.replace("OrderShipping>", "OrderInvoice>")).commandName());
        assertEquals(
                "OrderStatus",
                map(tv5.replace("OrderShipping>", "OrderStatus>")).commandName());
    }

    @Test
    void version20MapsStatusTextToTheStatusCode() {
        String v20 = read(TV5)
                .replace("Update_WCS_OrderStatus_30.dtd", "Update_WCS_OrderStatus_20.dtd")
                .replace("version=\"3.0\"", "version=\"2.0\"")
                .replace(" UpdateMode=\"P\"", "")
                .replace("<Status StatusCondition=\"S\" StatusFlag=\"O\">Shipped</Status>", "<Status>S</Status>")
                .replace("<Status StatusCondition=\"S\">Shipped</Status>", "<Status>S</Status>")
                .replace("<Verb value=\"Update\">Update</Verb>", "<Verb value=\"Update\">Update</Verb>")
                .replace("</Noun>", "</Noun><Credentials><LogonId>be</LogonId><Password>pw</Password></Credentials>");
        CommandInvocation invocation = map(v20);
        assertEquals("Update_WCS_OrderStatus 2.0", invocation.messageType());
        assertEquals("OrderShippingStatus", invocation.commandName());
        assertEquals(Map.of("logonId", "be", "logonPassword", "pw"), invocation.controlProperties());
        assertEquals("S", invocation.property("orderStatus"));
        assertFalse(invocation.properties().containsKey("orderStatusText"));
        assertFalse(invocation.properties().containsKey("updateMode"));
        assertEquals("S", invocation.items().get(0).property("orderItemStatus"));
        assertEquals("2024-03-06 09:15:00.000000", invocation.property("lastUpdateTime"));
        // 3.0-only content is invalid in 2.0.
        refused(
                XmlFormatException.INVALID,
                () -> map(read(TV5)
                        .replace("Update_WCS_OrderStatus_30.dtd", "Update_WCS_OrderStatus_20.dtd")
                        .replace("version=\"3.0\"", "version=\"2.0\"")));
    }

    @Test
    void orderNumberWithoutTypeIsTheCommerceNumber() {
        CommandInvocation invocation = map(read(TV5)
                .replace("<OrderNumber type=\"ByWCS\">", "<OrderNumber>")
                .replace("<ItemNumber type=\"ByWCS\">", "<ItemNumber>"));
        assertEquals("10001", invocation.property("orderId"));
        assertEquals("20002", invocation.items().get(0).property("orderItemId"));
        refused(
                XmlFormatException.DUPLICATE_FIELD,
                () -> map(read(TV5).replace("<OrderNumber type=\"ByBackend\">", "<OrderNumber>")));
    }

    @Test
    void dtdDefaultedAttributesAreNotMapped() {
        CommandInvocation invocation = map(read(TV5)
                .replace("<OrderStatusHeader Versioning=\"TRUE\" UpdateMode=\"P\">", "<OrderStatusHeader>")
                .replace("<Status StatusCondition=\"S\" StatusFlag=\"O\">", "<Status>")
                .replace("<ShippingInfo ShipCondition=\"SP\" ShipModeFlag=\"O\">", "<ShippingInfo>")
                .replace("<OrderStatusItem Versioning=\"TRUE\">", "<OrderStatusItem>"));
        for (String defaulted :
                List.of("versioning", "updateMode", "orderStatus", "statusFlag", "shipCondition", "shippingModeFlag")) {
            assertFalse(invocation.properties().containsKey(defaulted), defaulted);
        }
        assertEquals("Shipped", invocation.property("orderStatusText"));
        assertFalse(invocation.items().get(0).properties().containsKey("versioning"));
        assertEquals("S", invocation.items().get(0).property("orderItemStatus"));
    }

    @Test
    void everyVersion30FieldIsMapped() {
        CommandInvocation invocation = map(read(WCS30_FULL));
        assertEquals("OrderStatus", invocation.commandName());
        assertEquals(
                Map.of("logonId", "backend", "logonPassword", "secret", "orgName", "Example Org"),
                invocation.controlProperties());
        assertOrdered(
                invocation.properties(),
                "sequenceNumber",
                "7",
                "lastUpdateTime",
                "2024-03-07 18:30:05.123456",
                "versioning",
                "FALSE",
                "updateMode",
                "C",
                "orderId",
                "10001",
                "merchantOrderNumber",
                "BE-2024-000123",
                "currency",
                "EUR",
                "priceTotal",
                "100.00",
                "taxTotal",
                "19.00",
                "shippingTotal",
                "5.00",
                "shippingTaxTotal",
                "0.95",
                "sellingTotal",
                "124.95",
                "orderStatus",
                "I",
                "statusFlag",
                "O",
                "orderStatusText",
                "Invoiced",
                "placeDateTime",
                "2024-03-01 14:30:15.000000",
                "requestShipDateTime",
                "2024-03-04 00:00:00.000000",
                "scheduleShipDateTime",
                "2024-03-05 00:00:00.000000",
                "actualShipDateTime",
                "2024-03-06 00:00:00.000000",
                "invoiceDateTime",
                "2024-03-07 09:00:00.500000",
                "invoiceValue",
                "124.95",
                "orderInfo",
                "rush",
                "billTo.addressName",
                "Jane Doe",
                "billTo.addressLine1",
                "1 Main Street",
                "billTo.addressLine2",
                "Suite 2",
                "billTo.city",
                "Springfield",
                "billTo.state",
                "IL",
                "billTo.zipCode",
                "62701",
                "billTo.country",
                "US",
                "shipTo.addressName",
                "Jane Doe",
                "shipTo.addressLine1",
                "9 Side Road",
                "shipTo.city",
                "Shelbyville",
                "shipTo.state",
                "IL",
                "shipTo.zipCode",
                "62565",
                "shipTo.country",
                "US",
                "comment",
                "Invoice sent by mail",
                "field1",
                "1",
                "field2",
                "2.5",
                "field3",
                "three");
        assertOrdered(invocation.userData(), "CARRIER", "DHL", "DEPOT", "North");
        assertOrdered(
                invocation.items().get(0).properties(),
                "versioning",
                "TRUE",
                "orderItemId",
                "20002",
                "merchantItemNumber",
                "BE-LINE-1",
                "serialNumber",
                "SN-1",
                "partNumber",
                "SKU-RED-M",
                "quantityRequested",
                "3",
                "quantityConfirmed",
                "2",
                "quantityShipped",
                "2",
                "unitPrice",
                "50.00",
                "currency",
                "EUR",
                "priceTotal",
                "100.00",
                "sellingTotal",
                "119.00",
                "orderItemStatus",
                "SP",
                "statusFlag",
                "I",
                "orderItemStatusText",
                "Part shipped",
                "placeDateTime",
                "2024-03-01 00:00:00.000000",
                "shipCondition",
                "SP",
                "shippingModeFlag",
                "I",
                "actualShipDateTime",
                "2024-03-06 10:00:00.000000",
                "invoiceValue",
                "119.00",
                "itemComment",
                "one to follow",
                "field1",
                "9");
        assertOrdered(invocation.items().get(0).userData(), "BIN", "A-7");
        refused(
                XmlFormatException.DUPLICATE_FIELD,
                () -> map(read(WCS30_FULL).replace("name=\"DEPOT\"", "name=\"CARRIER\"")));
    }

    // ---- what is not ours, or not acceptable ----------------------------------------------------------------------

    @Test
    void nonXmlIsLeftToTheNextMapper() {
        for (String text :
                List.of("", "   \n ", "hello", "<ECEDOC><PROLOG>OS  02", "  <ECEDOC>", "\u0000\u0001\u00ff")) {
            assertEquals(Optional.empty(), mapper.map(text), text);
        }
        assertEquals(Optional.empty(), mapper.map((String) null));
    }

    @Test
    void unknownDocumentTypesHaveNoCommand() {
        for (String message : List.of(
                "<Foo/>",
                "<?xml version=\"1.0\"?>\n<Foo><Bar/></Foo>",
                read(TV5).replace("version=\"3.0\"", "version=\"4.0\""),
                read(TV3).replace("<Update_NC_OrderStatus version=\"1.0\">", "<Update_NC_OrderStatus version=\"1.1\">"),
                withoutDoctype(read(TV5)).replace(" version=\"3.0\"", ""),
                read(TV4))) {
            XmlFormatException e = refused(MessageMapper.NO_COMMAND, () -> mapper.map(message));
            assertTrue(e.getMessage().contains("No command matches the inbound message"), e.getMessage());
        }
    }

    @Test
    void invalidStructureIsRefusedWithPosition() {
        String tv3 = read(TV3);
        XmlFormatException outOfOrder = refused(
                XmlFormatException.INVALID,
                () -> map(tv3.replace("<Instruction>Left at front desk</Instruction>", "")
                        .replace("<Quantity>2</Quantity>", "<Instruction>early</Instruction><Quantity>2</Quantity>")));
        assertTrue(outOfOrder.line() > 0 && outOfOrder.column() > 0, outOfOrder.getMessage());
        XmlFormatException missing =
                refused(XmlFormatException.INVALID, () -> map(tv3.replace("<TotalNetPrice>99.98</TotalNetPrice>", "")));
        assertEquals(46, missing.line(), "line of the item's </TotalPriceInfo>: " + missing.getMessage());
        XmlFormatException wrongRoot = refused(
                XmlFormatException.INVALID,
                () -> map(read(TV5)
                        .replaceFirst(
                                "<!DOCTYPE[^>]*>",
                                "<!DOCTYPE Update_NC_OrderStatus SYSTEM \"Update_NC_OrderStatus_10.dtd\">")));
        assertEquals(3, wrongRoot.line());
        refused(XmlFormatException.MALFORMED, () -> mapper.map("<Update_NC_OrderStatus"));
        refused(XmlFormatException.MALFORMED, () -> mapper.map("<\u0000\u0001garbage\u00ff"));
    }

    @Test
    void attacksAndOversizeBodiesAreRefused() {
        String laughs = read(TV3)
                .replaceFirst(
                        "(<!DOCTYPE[^>]*)>",
                        "$1 [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>")
                .replace("Left at front desk", "&b;");
        assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> refused(XmlFormatException.FORBIDDEN, () -> mapper.map(laughs)));
        String xxe = read(TV3)
                .replaceFirst("(<!DOCTYPE[^>]*)>", "$1 [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replace("Left at front desk", "&x;");
        XmlFormatException e = refused(XmlFormatException.FORBIDDEN, () -> mapper.map(xxe));
        assertFalse(e.getMessage().contains("root:"));
        String big = read(TV3).replace("Left at front desk", "x".repeat(5 * 1024 * 1024));
        refused(XmlFormatException.TOO_LARGE, () -> mapper.map(big));
    }

    @Test
    void brokenUtf8IsRefusedByTheDecoderWhileReplacementTextPassesTheMapper() {
        byte[] bytes =
                read(TV3).replace("Left at front desk", "Left at front dXsk").getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('X');
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        InboundMessage message = new InboundMessage(bytes, false, null, "id", "queue", 1, Map.of());
        MessageFormatException e = assertThrows(
                MessageFormatException.class, () -> new MessageDecoder(StandardCharsets.UTF_8).decode(message));
        assertEquals("ENCODING", e.reasonCode());
        // A transport that decoded leniently hands over U+FFFD, which is legal XML text: it cannot be detected here.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        assertEquals("Left at front d\uFFFD(k", map(lenient).items().get(0).property("itemComment"));
    }

    @Test
    void isAnApplicationScopedBean() {
        assertTrue(XmlMessageMapper.class.isAnnotationPresent(ApplicationScoped.class));
    }

    /** Single thread, after warm-up; printed, not asserted: a benchmark, run with {@code -Pbenchmark}. */
    @Test
    @Tag("benchmark")
    void printMappingRate() {
        String tv3 = read(TV3);
        for (int i = 0; i < 3_000; i++) {
            mapper.map(tv3);
        }
        int n = 5_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            mapper.map(tv3);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "[timing] XmlMessageMapper TV-3 on one thread: %.0f messages/s (%.0f us each)%n",
                n / seconds, seconds * 1e6 / n);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** The message's one invocation. */
    private CommandInvocation map(String message) {
        List<CommandInvocation> invocations = mapper.map(message).orElseThrow();
        assertEquals(1, invocations.size(), "one block");
        return invocations.get(0);
    }

    static XmlFormatException refused(String reason, Executable action) {
        XmlFormatException e = assertThrows(XmlFormatException.class, action);
        assertEquals(reason, e.reasonCode(), e.getMessage());
        return e;
    }

    /** Equal content in equal order. */
    static void assertOrdered(Map<String, String> actual, String... keysAndValues) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            expected.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(actual.entrySet()));
    }
}
