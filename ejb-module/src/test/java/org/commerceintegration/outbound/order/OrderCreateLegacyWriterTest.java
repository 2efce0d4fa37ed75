package org.commerceintegration.outbound.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.commerceintegration.format.legacy.LayoutCatalog;
import org.commerceintegration.format.legacy.LegacyItem;
import org.commerceintegration.format.legacy.LegacyMessage;
import org.commerceintegration.format.legacy.LegacyMessageReader;
import org.commerceintegration.format.legacy.LegacyMessageWriter;
import org.commerceintegration.format.legacy.LegacyRecord;
import org.commerceintegration.format.legacy.UserDatum;
import org.commerceintegration.member.Address;
import org.commerceintegration.order.Order;
import org.commerceintegration.order.OrderItem;
import org.commerceintegration.outbound.OutboundCompositionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legacy Order Create writer without a server: the spec's TV-2 records, every record read back with the layout
 * reader, line numbers, over-long values, the rows Commerce cannot do without, user data, layout checks.
 */
class OrderCreateLegacyWriterTest {

    private static final LayoutCatalog CATALOG = LayoutCatalog.fromResource();
    private static final OrderCreateLegacyWriter STRICT = new OrderCreateLegacyWriter(CATALOG, false);
    private static final LegacyMessageReader READER = new LegacyMessageReader(CATALOG);

    @Test
    void prologAndOrderRecordAreThoseOfTestVectorTwo() throws IOException {
        OrderMessageData data = complete(OrderFixtures.order(10001L));
        LegacyMessage message = READER.read(STRICT.write(data, UserDataSource.NONE));
        LegacyMessageWriter writer = new LegacyMessageWriter();
        String records = writer.writeRecord(message.prolog()) + writer.writeRecord(message.headerRecord("HDR010"));
        assertEquals(PurchaseOrderXmlWriterTest.resource("tv2-order-create-prolog-hdr010.txt"), records);
    }

    @Test
    void everyRecordReadsBackToTheSourceRows() {
        OrderMessageData data = OrderFixtures.tv4();
        Address self = OrderFixtures.address(3001L, 2001L, "demo");
        self.setSelfAddress(1);
        self.setMiddleName("Q");
        self.setOrgName("Doe Consulting");
        self.setPhone1("555-0100");
        data = rebuild(data, self);
        LegacyMessage message = READER.read(STRICT.write(data, UserDataSource.NONE));

        assertEquals("ON", message.prolog().text("NC_MsgType"));
        assertEquals("01", message.prolog().text("NC_MsgVersion"));
        LegacyRecord order = message.headerRecord("HDR010");
        assertEquals(10001L, order.integer("NC_OrderRefNumber"));
        assertEquals(LocalDate.of(2024, 3, 1), order.date("NC_OrderDate"));
        assertEquals(LocalTime.of(14, 30, 15), order.time("NC_OrderTime"));
        assertEquals("USD", order.text("NC_CurrencyType"));
        assertEquals(new BigDecimal("129.97"), order.decimal("NC_TotalPrice"));
        assertEquals("10.40", order.text("NC_TotalTaxPrice"));
        assertEquals(2001L, order.integer("NC_ShopperRefNumber"));
        assertEquals(10101L, order.integer("NC_MerchantRefNumber"));
        assertEquals(3005L, order.integer("NC_BillToRefNumber"));
        assertEquals(7L, order.integer("NC_OrderCustField1"));
        assertEquals("1.50", order.text("NC_OrderCustField2"));
        assertEquals("gift order", order.text("NC_OrderCustField3"));

        LegacyRecord purchaser = message.headerRecord("HDR020");
        assertEquals("jdoe", purchaser.text("NC_ShopperLoginID"));
        assertEquals("Doe", purchaser.text("NC_PurchaserLastName"));
        assertEquals("Q", purchaser.text("NC_PurchaserMiddleName"));
        assertEquals("Doe Consulting", purchaser.text("NC_PurchaserCompanyName"));
        assertEquals("555-0100", purchaser.text("NC_PurchaserPhone1"));
        assertNull(purchaser.text("NC_PurchaserShopperGroupName"), "MBRGRP is not read");

        LegacyRecord billTo = message.headerRecord("HDR030");
        assertEquals("Doe", billTo.text("NC_BillToLastName"));
        assertEquals("jane.doe@example.com", billTo.text("NC_BillToEmail1"));

        LegacyRecord merchant = message.headerRecord("HDR040");
        assertEquals("Example Store", merchant.text("NC_SupplierName"));
        assertEquals("99 Commerce Way", merchant.text("NC_SupplierAddr1"));
        assertEquals("M5V 1A1", merchant.text("NC_SupplierZipCode"));

        LegacyRecord item = message.items().get(0).record("ITM010");
        assertEquals(1L, item.integer("NC_ItemLineNumber"));
        assertEquals(20002L, item.integer("NC_ItemRefNumber"));
        assertEquals(5001L, item.integer("NC_ItemProductRefNumber"));
        assertEquals("SKU-RED-M", item.text("NC_ItemProductNumber"));
        assertEquals("Red T-shirt, medium", item.text("NC_ItemProductShortDescription"));
        assertEquals("49.99", item.text("NC_ItemUnitPrice"));
        assertEquals("USD", item.text("NC_ItemCurrencyType"));
        assertEquals("2", item.text("NC_ItemProductQuantity"));
        assertEquals(3006L, item.integer("NC_ItemShipToAddrRefNum"));
        assertEquals(7001L, item.integer("NC_ItemShipModeRefNum"));
        assertEquals("M", item.text("NC_ItemState"));
        assertEquals("Doe", item.text("NC_ItemShipToLastName"));
        assertEquals("1 Main Street", item.text("NC_ItemShipToAddr1"));
        assertEquals("Springfield", item.text("NC_ItemShipToCity"));
    }

    @Test
    void itemLinesAreNumberedFromOne() {
        Order order = OrderFixtures.order(10012L);
        for (long i = 0; i < 3; i++) {
            order.addItem(OrderFixtures.item(20010L + i, null, "1.00000", 1.0));
        }
        LegacyMessage message = READER.read(STRICT.write(complete(order), UserDataSource.NONE));
        assertEquals(
                List.of(1L, 2L, 3L),
                message.items().stream()
                        .map(item -> item.record("ITM010").integer("NC_ItemLineNumber"))
                        .toList());
    }

    @Test
    void aValueLongerThanItsFieldIsAClearErrorUnlessTruncating() {
        OrderMessageData data = OrderFixtures.tv4();
        data.billTo().setLastName("X".repeat(31));
        OutboundCompositionException error = assertThrows(
                OutboundCompositionException.class, () -> STRICT.write(rebuild(data, self()), UserDataSource.NONE));
        assertTrue(error.getMessage().contains("Order 10001"), error.getMessage());
        assertTrue(error.getMessage().contains("HDR030 field NC_BillToLastName"), error.getMessage());
        assertTrue(error.getMessage().contains("width 30"), error.getMessage());
        assertTrue(error.getMessage().contains("commerce.outbound.legacy.truncate"), error.getMessage());

        String cut = new OrderCreateLegacyWriter(CATALOG, true).write(rebuild(data, self()), UserDataSource.NONE);
        assertEquals("X".repeat(30), READER.read(cut).headerRecord("HDR030").text("NC_BillToLastName"));
    }

    @Test
    void moreItemsThanTheLineNumberHoldsAreRefused() {
        Order order = OrderFixtures.order(10013L);
        for (long i = 0; i < 1000; i++) {
            order.addItem(OrderFixtures.item(40000L + i, null, "1.00000", 1.0));
        }
        OutboundCompositionException error = assertThrows(
                OutboundCompositionException.class, () -> STRICT.write(complete(order), UserDataSource.NONE));
        assertTrue(error.getMessage().contains("at most 999"), error.getMessage());
    }

    @Test
    void missingPurchaserSelfAddressIsRefusedAsCommerceDoes() {
        OutboundCompositionException error = assertThrows(
                OutboundCompositionException.class, () -> STRICT.write(OrderFixtures.tv4(), UserDataSource.NONE));
        assertTrue(error.getMessage().contains("self address"), error.getMessage());
    }

    @Test
    void missingBillToAndStoreAreRefused() {
        Order order = OrderFixtures.order(10014L);
        OrderMessageData noBillTo = OrderMessageData.builder(order)
                .purchaser(self())
                .store(OrderFixtures.storeDescription("Demo Store", null), null)
                .build();
        assertTrue(assertThrows(OutboundCompositionException.class, () -> STRICT.write(noBillTo, UserDataSource.NONE))
                .getMessage()
                .contains("bill-to address 3005"));
        OrderMessageData noStore = OrderMessageData.builder(order)
                .purchaser(self())
                .address(OrderFixtures.address(3005L, 2001L, null))
                .build();
        assertTrue(assertThrows(OutboundCompositionException.class, () -> STRICT.write(noStore, UserDataSource.NONE))
                .getMessage()
                .contains("STOREENTDS"));
    }

    @Test
    void userDataBecomesDatusrRecordsOfHeaderAndItems() {
        OrderMessageData data = rebuild(OrderFixtures.tv4(), self());
        LegacyMessage message = READER.read(STRICT.write(
                data,
                new FixedUserData(
                        List.of(new UserDataField("CHANNEL", "web"), new UserDataField("NOTE", "two  blanks ")),
                        List.of(new UserDataField("GIFTWRAP", "Y")))));
        assertEquals(
                List.of(new UserDatum("CHANNEL", "web"), new UserDatum("NOTE", "two  blanks ")),
                message.headerUserData());
        LegacyItem item = message.items().get(0);
        assertEquals(List.of(new UserDatum("GIFTWRAP", "Y")), item.userData());
    }

    @Test
    void aUserDataNameLongerThanEightCharactersIsRefused() {
        OrderMessageData data = rebuild(OrderFixtures.tv4(), self());
        OutboundCompositionException error = assertThrows(
                OutboundCompositionException.class,
                () -> STRICT.write(data, new FixedUserData(List.of(new UserDataField("TOOLONGNAME", "x")), List.of())));
        assertTrue(error.getMessage().contains("TOOLONGNAME"), error.getMessage());
    }

    @Test
    void aLayoutNamingAColumnTheWriterCannotReadFailsWhenTheWriterIsBuilt(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site-layouts.txt");
        Files.writeString(
                site,
                "[ON 01 HDR030]\nNC_HDR030VersionNumber 2 TEXT default=01\n"
                        + "NC_BillToNickname 30 TEXT target=ADDRESS.NICK_NAME\n",
                StandardCharsets.UTF_8);
        IllegalStateException error = assertThrows(
                IllegalStateException.class, () -> new OrderCreateLegacyWriter(CATALOG.withOverrides(site), false));
        assertTrue(error.getMessage().contains("NICK_NAME"), error.getMessage());
    }

    @Test
    void aCorrectedLayoutChangesTheMessageWithoutCode(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site-layouts.txt");
        Files.writeString(
                site,
                "[ON 01 HDR030]\nNC_HDR030VersionNumber 2 TEXT default=01\n"
                        + "NC_BillToNickname 30 TEXT target=ADDRESS.NICKNAME\n",
                StandardCharsets.UTF_8);
        LayoutCatalog corrected = CATALOG.withOverrides(site);
        OrderMessageData data = OrderFixtures.tv4();
        data.billTo().setNickname("Jane billing");
        String buffer = new OrderCreateLegacyWriter(corrected, false).write(rebuild(data, self()), UserDataSource.NONE);
        assertEquals(
                "Jane billing",
                new LegacyMessageReader(corrected)
                        .read(buffer)
                        .headerRecord("HDR030")
                        .text("NC_BillToNickname"));
    }

    private static Address self() {
        Address self = OrderFixtures.address(3001L, 2001L, "demo");
        self.setSelfAddress(1);
        return self;
    }

    /** The order with the rows the legacy message requires: self address, bill-to, store. */
    private static OrderMessageData complete(Order order) {
        OrderMessageData.Builder builder = OrderMessageData.builder(order)
                .purchaser(self())
                .address(OrderFixtures.address(3005L, 2001L, null))
                .store(OrderFixtures.storeDescription("Demo Store", null), null);
        return builder.build();
    }

    /** The same data with a purchaser self address. */
    private static OrderMessageData rebuild(OrderMessageData data, Address self) {
        OrderMessageData.Builder builder = OrderMessageData.builder(data.order())
                .purchaser(self)
                .registration(data.registration())
                .store(data.storeDescription(), data.storeContact());
        if (data.billTo() != null) {
            builder.address(data.billTo());
        }
        for (OrderItem item : data.items()) {
            if (data.shipTo(item) != null) {
                builder.address(data.shipTo(item));
            }
            if (data.catalogEntry(item) != null) {
                builder.catalogEntry(data.catalogEntry(item));
            }
            if (data.description(item) != null) {
                builder.description(data.description(item));
            }
            if (data.shipMode(item) != null) {
                builder.shipMode(data.shipMode(item));
            }
        }
        return builder.build();
    }
}
