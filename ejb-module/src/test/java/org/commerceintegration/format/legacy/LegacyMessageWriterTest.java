package org.commerceintegration.format.legacy;

import static org.commerceintegration.format.legacy.TestVectors.TV1;
import static org.commerceintegration.format.legacy.TestVectors.TV2;
import static org.commerceintegration.format.legacy.TestVectors.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegacyMessageWriterTest {

    private final LayoutCatalog catalog = LayoutCatalog.fromResource();
    private final LegacyMessageReader reader = new LegacyMessageReader(catalog);
    private final LegacyMessageWriter writer = new LegacyMessageWriter();

    @Test
    void tv1ReadAndWrittenBackIsTheSameBuffer() {
        String written = writer.write(reader.read(TV1));
        assertEquals(TV1, written);
        assertEquals(TestVectors.TV1_SHA256, sha256(written));
    }

    @Test
    void tv1BuiltFromFieldValuesIsTheSpecBuffer() {
        LegacyMessage message = LegacyMessage.builder(catalog, "OS", "02")
                .header(
                        "HDR010",
                        Map.ofEntries(
                                Map.entry("NC_HDR010VersionNumber", "01"),
                                Map.entry("NC_OrderRefNumber", 10001L),
                                Map.entry("NC_CurrencyType", "USD"),
                                Map.entry("NC_TotalPrice", new BigDecimal("129.97")),
                                Map.entry("NC_TotalTaxPrice", new BigDecimal("10.40")),
                                Map.entry("NC_TotalShippingPrice", "7.50"),
                                Map.entry("NC_TotalTaxShippingPrice", "0.60"),
                                Map.entry("NC_MerchantOrderNumber", "BE-2024-000123"),
                                Map.entry("NC_OrderStatus", "C"),
                                Map.entry("NC_ScheduleShipDate", LocalDate.of(2024, 3, 5)),
                                Map.entry("NC_ActualShipDate", "20240306"),
                                Map.entry("NC_PlaceDate", LocalDate.of(2024, 3, 1))))
                .headerUserData("CARRIER", "UPS")
                .item(
                        "ITM010",
                        Map.ofEntries(
                                Map.entry("NC_ITM010VersionNumber", "02"),
                                Map.entry("NC_OrderRefNumber", 10001),
                                Map.entry("NC_MerchantOrderNumber", "BE-2024-000123"),
                                Map.entry("NC_ItemRefNumber", 20002L),
                                Map.entry("NC_ItemMerchantRefNumber", "BE-LINE-1"),
                                Map.entry("NC_OrderItemStatus", "S"),
                                Map.entry("NC_ItemScheduleShipDate", LocalDate.of(2024, 3, 5)),
                                Map.entry("NC_ItemActualShipDate", LocalDate.of(2024, 3, 6)),
                                Map.entry("NC_ItemPlaceDate", LocalDate.of(2024, 3, 1)),
                                Map.entry("NC_ItemQuantity", 2),
                                Map.entry("NC_ItemCurrencyType", "USD")))
                .build();

        String written = writer.write(message);

        assertEquals(TV1, written);
        assertEquals(TestVectors.TV1_SHA256, sha256(written));
        assertEquals(message, reader.read(written));
    }

    @Test
    void tv2OrderCreatePrologAndHdr010FromFieldValues() {
        MessageLayout on = catalog.requireMessage("ON", "01");
        LegacyRecord prolog = on.prolog().newRecord(Map.of("NC_MsgType", "ON", "NC_MsgVersion", "01"));
        Map<String, Object> order = new LinkedHashMap<>();
        LocalDateTime placed = LocalDateTime.of(2024, 3, 1, 14, 30, 15);
        order.put("NC_OrderRefNumber", 10001L);
        order.put("NC_OrderDate", placed);
        order.put("NC_OrderTime", placed);
        order.put("NC_CurrencyType", "USD");
        order.put("NC_TotalPrice", new BigDecimal("129.97"));
        order.put("NC_TotalTaxPrice", new BigDecimal("10.40"));
        order.put("NC_TotalShippingPrice", new BigDecimal("7.50"));
        order.put("NC_TotalTaxShippingPrice", new BigDecimal("0.60"));
        order.put("NC_ShopperRefNumber", 2001L);
        order.put("NC_MerchantRefNumber", 10101L);
        order.put("NC_MerchantOrderNumber", null);
        order.put("NC_BillToRefNumber", 3005L);
        LegacyRecord hdr010 = on.headerRecord("HDR010").newRecord(order);

        String written = writer.writeRecord(prolog) + writer.writeRecord(hdr010);

        assertEquals(496, written.length());
        assertEquals(TV2, written);
        assertEquals(TestVectors.TV2_SHA256, sha256(written));
        assertEquals("01", hdr010.text("NC_HDR010VersionNumber"), "record version filled from the layout default");
    }

    @Test
    void fullOrderCreateMessageWritesEveryRecordAndReadsBack() {
        LegacyMessage message = orderCreate().build();

        String written = writer.write(message);

        assertTrue(written.startsWith("<ECEDOC><PROLOG>ON        01          </PROLOG><HEADER><HDR010>01"), written);
        assertEquals(1101, segment(written, "HDR020").length());
        assertEquals(940, segment(written, "HDR030").length());
        assertEquals(1080, segment(written, "HDR040").length());
        assertEquals(1338, segment(written, "ITM010").length());
        assertTrue(written.contains("</HDR040><USRLST><DATUSR>CHANNEL 3         WEB</DATUSR></USRLST></HEADER>"));
        assertTrue(
                written.endsWith("<USRLST><DATUSR>GIFTWRAP1         Y</DATUSR>"
                        + "<DATUSR>GIFTNOTE9         Happy day</DATUSR></USRLST></ITMDAT></ITMLST></ECEDOC>"),
                written);
        assertEquals(message, reader.read(written));
        LegacyRecord item = reader.read(written).items().get(0).record("ITM010");
        assertEquals("Springfield", item.text("NC_ItemShipToCity"));
        assertEquals(1L, item.integer("NC_ItemLineNumber"));
    }

    @Test
    void overLongValueNamesRecordFieldWidthAndLength() {
        LegacyMessageBuilder builder = orderCreate();
        builder.header("HDR010", Map.of("NC_OrderRefNumber", 10001L, "NC_MerchantOrderNumber", "M".repeat(35)));
        LegacyMessage message = builder.build();

        LegacyFormatException e = assertThrows(LegacyFormatException.class, () -> writer.write(message));
        assertEquals(LegacyFormatException.WRITE, e.reasonCode());
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "HDR010 field NC_MerchantOrderNumber: value of 35 characters does not fit width 30: 'MMM"),
                e.getMessage());
        assertEquals("NC_MerchantOrderNumber", e.field());
    }

    @Test
    void truncationCutsTextButNeverNumbers() {
        LegacyMessageWriter truncating = writer.withTruncation();
        LegacyMessage longName = orderCreate()
                .header("HDR010", Map.of("NC_OrderRefNumber", 10001L, "NC_MerchantOrderNumber", "0123456789".repeat(4)))
                .build();

        String written = truncating.write(longName);

        assertEquals(
                "012345678901234567890123456789",
                reader.read(written).headerRecord("HDR010").text("NC_MerchantOrderNumber"));
        assertEquals(1L, reader.read(written).items().get(0).record("ITM010").integer("NC_ItemLineNumber"));

        LegacyMessage longPrice = orderCreate()
                .header("HDR010", Map.of("NC_TotalPrice", new BigDecimal("12345678901234.567")))
                .build();
        LegacyFormatException e = assertThrows(LegacyFormatException.class, () -> truncating.write(longPrice));
        assertTrue(
                e.getMessage().contains("NC_TotalPrice: value of 18 characters does not fit width 16"), e.getMessage());
    }

    @Test
    void builderRejectsWhatTheReaderWouldReject() {
        LegacyMessageBuilder builder = LegacyMessage.builder(catalog, "ON", "01");
        assertWriteError(
                () -> builder.header("HDR010", Map.of("NC_OrderDate", "2024-03-01")),
                "HDR010 field NC_OrderDate: '2024-03-01' is not a date YYYYMMDD");
        assertWriteError(
                () -> builder.header("HDR010", Map.of("NC_Nonsense", "x")),
                "HDR010 (ON 01) has no field 'NC_Nonsense'");
        assertWriteError(
                () -> builder.header("HDR010", Map.of("NC_TotalPrice", "1,000.00")),
                "HDR010 field NC_TotalPrice: '1,000.00' is not a number");
        assertWriteError(
                () -> builder.header("HDR010", Map.of("NC_OrderRefNumber", new BigDecimal("1.5"))),
                "HDR010 field NC_OrderRefNumber: 1.5 is not an integer");
        assertWriteError(() -> builder.header("HDR050", Map.of()), "ON 01 message has no header record HDR050");
        assertWriteError(
                () -> builder.headerUserData("TOOLONGNAME", "x"),
                "DATUSR field NC_FieldName: name 'TOOLONGNAME' must be 1 to 8 characters");
        assertWriteError(() -> builder.headerUserData("X", "a</DATUSR>b"), "closing tag </DATUSR>");
        assertWriteError(
                () -> LegacyMessage.builder(catalog, "ON", "01")
                        .header("HDR010", Map.of())
                        .build(),
                "ON 01 message: header record HDR020 is missing");
        assertWriteError(() -> LegacyMessage.builder(catalog, "ON", "02"), "No legacy layout for message type 'ON'");
    }

    @Test
    void valueContainingTheRecordsClosingTagIsRefused() {
        LegacyMessage message = orderCreate()
                .header("HDR010", Map.of("NC_OrderCustField3", "evil </HDR010> text"))
                .build();
        assertWriteError(
                () -> writer.write(message),
                "HDR010 field NC_OrderCustField3: value contains the record's closing tag </HDR010>");
    }

    @Test
    void readMessagesWithTrailingCharactersOrWhitespaceWriteBackCanonically() {
        String longer = TV1.replace("USD       </ITM010>", "USD       4.99            EXTRA</ITM010>");
        assertEquals(longer, writer.write(reader.read(longer)));
        assertEquals(TV1, writer.write(reader.read(TV1.replace("><", ">\r\n<"))));
        String noLists = TV1.replace("<USRLST></USRLST>", "");
        assertEquals(TV1, writer.write(reader.read(noLists)), "the full skeleton is always written");
    }

    @Test
    void singleUserDatumRecord() {
        assertEquals(
                "<DATUSR>CARRIER 3         UPS</DATUSR>",
                writer.writeUserDatum(catalog.userData(), new UserDatum("CARRIER", "UPS")));
    }

    private static String segment(String buffer, String tag) {
        int start = buffer.indexOf("<" + tag + ">") + tag.length() + 2;
        return buffer.substring(start, buffer.indexOf("</" + tag + ">", start));
    }

    private static void assertWriteError(Runnable action, String expected) {
        LegacyFormatException e = assertThrows(LegacyFormatException.class, action::run);
        assertTrue(e.getMessage().contains(expected), () -> "expected <" + expected + "> in <" + e.getMessage() + ">");
    }

    /** A complete Order Create as the outbound side would build it. */
    static LegacyMessageBuilder orderCreate() {
        LayoutCatalog catalog = LayoutCatalog.fromResource();
        LocalDateTime placed = LocalDateTime.of(2024, 3, 1, 14, 30, 15);
        return LegacyMessage.builder(catalog, "ON", "01")
                .header(
                        "HDR010",
                        Map.of(
                                "NC_OrderRefNumber",
                                10001L,
                                "NC_OrderDate",
                                placed,
                                "NC_OrderTime",
                                placed,
                                "NC_CurrencyType",
                                "USD",
                                "NC_TotalPrice",
                                new BigDecimal("129.97")))
                .header(
                        "HDR020",
                        Map.of(
                                "NC_ShopperLoginID",
                                "jdoe",
                                "NC_PurchaserLastName",
                                "Doe",
                                "NC_PurchaserEmail1",
                                "jdoe@example.com"))
                .header("HDR030", Map.of("NC_BillToLastName", "Doe", "NC_BillToCity", "Springfield"))
                .header("HDR040", Map.of("NC_SupplierName", "Example Store", "NC_SupplierContactFax", "555-0100"))
                .headerUserData("CHANNEL", "WEB")
                .item(
                        "ITM010",
                        Map.of(
                                "NC_ItemLineNumber",
                                1,
                                "NC_ItemRefNumber",
                                20002L,
                                "NC_ItemProductNumber",
                                "SKU-1",
                                "NC_ItemUnitPrice",
                                new BigDecimal("64.985"),
                                "NC_ItemCurrencyType",
                                "USD",
                                "NC_ItemProductQuantity",
                                2.0,
                                "NC_ItemState",
                                "M",
                                "NC_ItemShipToCity",
                                "Springfield"))
                .itemUserData("GIFTWRAP", "Y")
                .itemUserData("GIFTNOTE", "Happy day");
    }
}
