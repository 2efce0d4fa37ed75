package org.commerceintegration.inbound;

import static org.commerceintegration.TestMessages.TV3;
import static org.commerceintegration.TestMessages.TV4;
import static org.commerceintegration.TestMessages.TV5;
import static org.commerceintegration.TestMessages.read;
import static org.commerceintegration.inbound.XmlMessageMapperTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.format.xml.SafeXmlParser;
import org.commerceintegration.format.xml.XmlFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTableTest {

    private static final String SITE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE MessageTemplates SYSTEM "http://example.invalid/MessageTemplates_10.dtd">
            <MessageTemplates version="1.0">
              <Template DocumentType="Update_NC_OrderStatus" Version="1.0" MessageType="NC order status">
                <Tag XPath="DataArea/OrderStatus/OrderStatusHeader/OrderNumberByBuyer" Field="buyerOrderNumber"/>
                <Tag XPath="DataArea/OrderStatus/OrderStatusHeader/DateTimeReference/PlacedTime" Field="placeTime"/>
                <Tag XPath="DataArea/OrderStatus/OrderStatusHeader/ShipDateReference/ScheduledShipDate"
                     Field="scheduleShipDateTime" FieldType="GMTDATE"/>
                <Tag XPath="DataArea/OrderStatus/OrderStatusItem/Instruction" XPathType="EMPTY"/>
              </Template>
              <Template DocumentType="Update_WCS_OrderStatus" Version="3.0">
                <Command CommandName="OrderShipped" Condition="DataArea/OrderShipping"/>
                <Tag XPath="DataArea/OrderShipping/OrderStatusHeader/Status" Field="shippingStatusText"/>
              </Template>
              <Template DocumentType="Report_NC_PurchaseOrder" Version="1.0"
                        StartElement="Report_NC_PurchaseOrder/DataArea/ReportPO">
                <Command CommandName="PurchaseOrderReceived"/>
                <Tag XPath="ReportPOHeader/OrderNumberByNC" Field="orderId"/>
                <Tag XPath="ReportPOHeader/TotalPriceInfo/TaxInfo/MonetaryAmount" Field="taxTotal"/>
                <Tag XPath="ReportPOItem" XPathType="VECTOR" Field="itemsVector"/>
                <Tag XPath="ReportPOItem/ItemNumberByNC" Field="orderItemId"/>
                <Tag XPath="ReportPOItem/ProductNumberByMerchant" Field="partNumber"/>
                <Tag XPath="ReportPOItem/ItemUnitPrice/@currency" Field="currency"/>
              </Template>
            </MessageTemplates>
            """;

    @TempDir
    Path temp;

    @Test
    void bundledTableMapsTheThreeInboundTypes() {
        assertEquals(
                Set.of("Update_NC_OrderStatus 1.0", "Update_WCS_OrderStatus 2.0", "Update_WCS_OrderStatus 3.0"),
                TemplateTable.bundled().documentTypes());
        assertTrue(TemplateTable.bundled() == TemplateTable.bundled(), "parsed once");
    }

    @Test
    void siteFileChangesAndExtendsTheShippedTemplates() throws Exception {
        Path site = Files.writeString(temp.resolve("user_template.xml"), SITE);
        TemplateTable table = TemplateTable.bundled().withOverrides(site);
        XmlMessageMapper mapper = new XmlMessageMapper(table, SafeXmlParser.messages(), ZoneId.of("America/New_York"));

        CommandInvocation nc = mapper.map(read(TV3)
                        .replace(
                                "<OrderNumberByNC>10001</OrderNumberByNC>",
                                "<OrderNumberByNC>10001</OrderNumberByNC><OrderNumberByBuyer>PO-77</OrderNumberByBuyer>")
                        .replace(
                                "<PlacedDate>20240301</PlacedDate>",
                                "<PlacedDate>20240301</PlacedDate><PlacedTime>143015</PlacedTime>"))
                .orElseThrow()
                .get(0);
        assertEquals("NC order status", nc.messageType());
        assertEquals("PO-77", nc.property("buyerOrderNumber"));
        assertEquals("143015", nc.property("placeTime"));
        // GMTDATE: UTC midnight of 5 March is 19:00 on 4 March in New York (EST, UTC-5).
        assertEquals("2024-03-04 19:00:00.000000", nc.property("scheduleShipDateTime"));
        assertEquals("2024-03-06 00:00:00.000000", nc.property("actualShipDateTime"), "shipped tags stay");
        assertNull(nc.items().get(0).property("itemComment"), "site switched Instruction off");

        CommandInvocation wcs = mapper.map(read(TV5)).orElseThrow().get(0);
        assertEquals("OrderShipped", wcs.commandName());
        assertEquals("Shipped", wcs.property("shippingStatusText"), "more specific site tag wins over DataArea/*");
        assertFalse(wcs.properties().containsKey("orderStatusText"));
        assertEquals(
                "OrderConfirmStatus",
                mapper.map(read(TV5).replace("OrderShipping>", "OrderConfirm>"))
                        .orElseThrow()
                        .get(0)
                        .commandName());

        CommandInvocation po = mapper.map(read(TV4)).orElseThrow().get(0);
        assertEquals("PurchaseOrderReceived", po.commandName());
        assertEquals("Report_NC_PurchaseOrder 1.0", po.messageType());
        assertEquals("10001", po.property("orderId"));
        assertEquals("10.40000", po.property("taxTotal"));
        assertEquals("20002", po.items().get(0).property("orderItemId"));
        assertEquals("SKU-RED-M", po.items().get(0).property("partNumber"));
        assertEquals("USD", po.items().get(0).property("currency"));

        // The shipped table is untouched.
        assertEquals(
                "OrderShippingStatus",
                new XmlMessageMapper().map(read(TV5)).orElseThrow().get(0).commandName());
        assertFalse(TemplateTable.bundled().documentTypes().contains("Report_NC_PurchaseOrder 1.0"));
    }

    @Test
    void commandConditionsMustNotContradictEachOther() {
        TemplateTable table = TemplateTable.bundled().withOverrides("""
                <MessageTemplates>
                  <Template DocumentType="Update_WCS_OrderStatus" Version="3.0">
                    <Command CommandName="Other" Condition="DataArea/*/OrderStatusHeader"/>
                  </Template>
                  <Template DocumentType="Report_NC_PurchaseOrder" Version="1.0">
                    <Command CommandName="Never" Condition="DataArea/Nothing"/>
                  </Template>
                </MessageTemplates>
                """, "test");
        XmlMessageMapper mapper = new XmlMessageMapper(table);
        refused(XmlFormatException.UNSUPPORTED, () -> mapper.map(read(TV5)));
        XmlFormatException e = refused(MessageMapper.NO_COMMAND, () -> mapper.map(read(TV4)));
        assertTrue(e.getMessage().contains("No command matches the inbound message"), e.getMessage());
    }

    @Test
    void invalidSiteFilesAreRefusedWithTheReason() {
        assertRefused("not a valid template file", """
                <!DOCTYPE MessageTemplates [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <MessageTemplates><Template DocumentType="X" Version="1"><Command CommandName="&x;"/></Template>
                </MessageTemplates>""");
        assertRefused("XML_INVALID", """
                <MessageTemplates><Template DocumentType="X" Version="1"><Tag XPath="A" Fieldd="a"/></Template>
                </MessageTemplates>""");
        assertRefused("XML_INVALID", """
                <MessageTemplates><Template DocumentType="X" Version="1"><Tag XPath="A" XPathType="LIST"/>
                </Template></MessageTemplates>""");
        assertRefused("line 2: unsupported predicate", """
                <MessageTemplates><Template DocumentType="X" Version="1">
                <Command CommandName="C"/><Tag XPath="A[last()]" Field="a"/></Template></MessageTemplates>""");
        assertRefused("needs a Field", """
                <MessageTemplates><Template DocumentType="X" Version="1">
                <Command CommandName="C"/><Tag XPath="A"/></Template></MessageTemplates>""");
        assertRefused("ATTRIBUTE goes with an '@' path", """
                <MessageTemplates><Template DocumentType="X" Version="1">
                <Command CommandName="C"/><Tag XPath="A" XPathType="ATTRIBUTE" Field="a"/></Template>
                </MessageTemplates>""");
        assertRefused("no command", """
                <MessageTemplates><Template DocumentType="X" Version="1"><Tag XPath="A" Field="a"/></Template>
                </MessageTemplates>""");
        assertRefused("StartElement must be the root", """
                <MessageTemplates><Template DocumentType="X" Version="1" StartElement="Y/Z">
                <Command CommandName="C"/></Template></MessageTemplates>""");
        assertThrows(
                java.io.UncheckedIOException.class,
                () -> TemplateTable.bundled().withOverrides(temp.resolve("missing.xml")));
    }

    private static void assertRefused(String expected, String site) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> TemplateTable.bundled().withOverrides(site, "site.xml"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
