package org.commerceintegration.format.legacy;

import static org.commerceintegration.format.legacy.TestVectors.TV1;
import static org.commerceintegration.format.legacy.TestVectors.TV1_HDR010_DATA;
import static org.commerceintegration.format.legacy.TestVectors.TV1_ITM010_DATA;
import static org.commerceintegration.format.legacy.TestVectors.splice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegacyMessageReaderTest {

    private final LegacyMessageReader reader = new LegacyMessageReader(LayoutCatalog.fromResource());

    @Test
    void testVectorIsTheSpecBuffer() {
        assertEquals(543, TV1.length());
        assertEquals(TestVectors.TV1_SHA256, TestVectors.sha256(TV1));
    }

    @Test
    void tv1ParsesToTheSpecBreakdown() {
        LegacyMessage message = reader.read(TV1);

        assertEquals(new MessageKey("OS", "02"), message.key());
        assertEquals(
                Map.of("NC_MsgType", "OS", "NC_MsgVersion", "02"),
                message.prolog().texts());

        LegacyRecord hdr = message.headerRecord("HDR010");
        assertEquals(
                List.of("HDR010"),
                message.headerRecords().stream().map(LegacyRecord::tag).toList());
        assertEquals("01", hdr.text("NC_HDR010VersionNumber"));
        assertEquals("10001", hdr.text("NC_OrderRefNumber"));
        assertEquals(10001L, hdr.integer("NC_OrderRefNumber"));
        assertEquals("USD", hdr.text("NC_CurrencyType"));
        assertEquals(new BigDecimal("129.97"), hdr.decimal("NC_TotalPrice"));
        assertEquals(new BigDecimal("10.40"), hdr.decimal("NC_TotalTaxPrice"));
        assertEquals(new BigDecimal("7.50"), hdr.decimal("NC_TotalShippingPrice"));
        assertEquals(new BigDecimal("0.60"), hdr.decimal("NC_TotalTaxShippingPrice"));
        assertEquals("BE-2024-000123", hdr.text("NC_MerchantOrderNumber"));
        assertEquals("C", hdr.text("NC_OrderStatus"));
        assertEquals(LocalDate.of(2024, 3, 5), hdr.date("NC_ScheduleShipDate"));
        assertEquals(LocalDate.of(2024, 3, 6), hdr.date("NC_ActualShipDate"));
        assertEquals(LocalDate.of(2024, 3, 1), hdr.date("NC_PlaceDate"));
        assertEquals(12, hdr.texts().size(), "every HDR010 field is filled in TV-1");
        assertEquals("", hdr.trailing());

        assertEquals(List.of(new UserDatum("CARRIER", "UPS")), message.headerUserData());

        assertEquals(1, message.items().size());
        LegacyItem item = message.items().get(0);
        LegacyRecord itm = item.record("ITM010");
        assertEquals("02", itm.text("NC_ITM010VersionNumber"));
        assertEquals(10001L, itm.integer("NC_OrderRefNumber"));
        assertEquals("BE-2024-000123", itm.text("NC_MerchantOrderNumber"));
        assertEquals(20002L, itm.integer("NC_ItemRefNumber"));
        assertEquals("BE-LINE-1", itm.text("NC_ItemMerchantRefNumber"));
        assertEquals("S", itm.text("NC_OrderItemStatus"));
        assertEquals(LocalDate.of(2024, 3, 5), itm.date("NC_ItemScheduleShipDate"));
        assertEquals(LocalDate.of(2024, 3, 6), itm.date("NC_ItemActualShipDate"));
        assertEquals(LocalDate.of(2024, 3, 1), itm.date("NC_ItemPlaceDate"));
        assertEquals(2L, itm.integer("NC_ItemQuantity"));
        assertEquals("USD", itm.text("NC_ItemCurrencyType"));
        assertEquals("", itm.trailing());
        assertEquals(List.of(), item.userData());
    }

    @Test
    void version01ItemHasTheTenDocumentedFields() {
        String v01 = TestVectors.v01();
        LegacyMessage message = reader.read(v01);

        assertEquals(new MessageKey("OS", "01"), message.key());
        LegacyRecord itm = message.items().get(0).record("ITM010");
        assertEquals(148, itm.layout().width());
        assertEquals("01", itm.text("NC_ITM010VersionNumber"));
        assertEquals(2L, itm.integer("NC_ItemQuantity"));
        assertNull(itm.layout().field("NC_ItemCurrencyType"));
        assertEquals("", itm.trailing());
    }

    @Test
    void recordsLongerThanTheirLayoutAreAcceptedAndTheRestKept() {
        String v02Longer = TV1.replace("USD       </ITM010>", "USD       4.99            EXTRA</ITM010>");
        LegacyRecord itm = reader.read(v02Longer).items().get(0).record("ITM010");
        assertEquals("USD", itm.text("NC_ItemCurrencyType"));
        assertEquals("4.99            EXTRA", itm.trailing());

        String v01WithCurrency = TV1.replace("OS        02", "OS        01");
        LegacyRecord v01Item = reader.read(v01WithCurrency).items().get(0).record("ITM010");
        assertEquals("USD       ", v01Item.trailing(), "a v01 reader keeps what it does not know");

        String hdrLonger = TV1.replace("20240301</HDR010>", "20240301ABC</HDR010>");
        assertEquals("ABC", reader.read(hdrLonger).headerRecord("HDR010").trailing());
    }

    @Test
    void whitespaceBetweenRecordsAndLeadingByteOrderMarkAreTolerated() {
        String spaced = "\uFEFF \r\n" + TV1.replace("><", ">\r\n  <").replace("<ECEDOC>\r\n", "<ECEDOC>\n\t") + "\r\n";
        assertEquals(reader.read(TV1), reader.read(spaced));
    }

    @Test
    void optionalGroupsMayBeEmptyOrOmitted() {
        String noUserLists = TV1.replace("<USRLST><DATUSR>CARRIER 3         UPS</DATUSR></USRLST>", "")
                .replace("<USRLST></USRLST>", "");
        LegacyMessage message = reader.read(noUserLists);
        assertEquals(List.of(), message.headerUserData());
        assertEquals(1, message.items().size());

        String emptyItemList = TV1.substring(0, TV1.indexOf("<ITMDAT>")) + "</ITMLST></ECEDOC>";
        assertEquals(List.of(), reader.read(emptyItemList).items());

        String noItemList = TV1.substring(0, TV1.indexOf("<ITMLST>")) + "</ECEDOC>";
        assertEquals(List.of(), reader.read(noItemList).items());
        assertEquals(reader.read(emptyItemList), reader.read(noItemList));
    }

    @Test
    void userDataLengthMayBeZeroPaddedOrRightJustified() {
        assertEquals(
                List.of(new UserDatum("CARRIER", "UPS")),
                reader.read(TV1.replace("3         UPS", "0000000003UPS")).headerUserData());
        assertEquals(
                List.of(new UserDatum("CARRIER", "UPS")),
                reader.read(TV1.replace("3         UPS", "         3UPS")).headerUserData());
        assertEquals(
                List.of(new UserDatum("EMPTY", "")),
                reader.read(TV1.replace("CARRIER 3         UPS", "EMPTY   0         "))
                        .headerUserData());
        assertEquals(
                List.of(new UserDatum("NOTE", " a <b> c ")),
                reader.read(TV1.replace("CARRIER 3         UPS", "NOTE    9          a <b> c "))
                        .headerUserData());
    }

    @Test
    void blankFieldsAreAbsent() {
        String blankDates = splice(TV1, TV1_HDR010_DATA + 148, 24, " ".repeat(24));
        LegacyRecord hdr = reader.read(blankDates).headerRecord("HDR010");
        assertNull(hdr.date("NC_ScheduleShipDate"));
        assertFalse(hdr.texts().containsKey("NC_PlaceDate"));
    }

    @Test
    void readKeyStopsAfterTheProlog() {
        assertEquals(new MessageKey("XX", "07"), reader.readKey("<ECEDOC><PROLOG>XX        07          </PROLOG>junk"));
    }

    @Test
    void readUserDataParsesExtensionRecords() {
        assertEquals(
                List.of(new UserDatum("GIFT", "Y"), new UserDatum("NOTE", "two words")),
                reader.readUserData(
                        "<DATUSR>GIFT    1         Y</DATUSR>\n<DATUSR>NOTE    9         two words</DATUSR>"));
    }

    // ---- negative cases: each names record, field and offsets ----

    @Test
    void hdr010OneCharacterShort() {
        String shortHdr = TV1.replace("20240301</HDR010>", "2024030</HDR010>");
        assertError(
                shortHdr,
                LegacyFormatException.FIELD,
                "HDR010 field NC_PlaceDate at offset 164 (buffer offset " + (TV1_HDR010_DATA + 164)
                        + "): record ends after 171 of 172 characters");
    }

    @Test
    void dateWithDashes() {
        String dashed = splice(TV1, TV1_HDR010_DATA + 148, 10, "2024-03-05");
        LegacyFormatException e = assertError(
                dashed,
                LegacyFormatException.FIELD,
                "HDR010 field NC_ScheduleShipDate at offset 148 (buffer offset " + (TV1_HDR010_DATA + 148)
                        + "): '2024-03-' is not a date YYYYMMDD");
        assertEquals("HDR010", e.record());
        assertEquals("NC_ScheduleShipDate", e.field());
        assertEquals(148, e.offset());
        assertEquals(TV1_HDR010_DATA + 148, e.bufferOffset());
    }

    @Test
    void impossibleDate() {
        assertError(
                splice(TV1, TV1_ITM010_DATA + 114, 8, "20240230"),
                LegacyFormatException.FIELD,
                "ITM010 field NC_ItemScheduleShipDate at offset 114 (buffer offset " + (TV1_ITM010_DATA + 114)
                        + "): '20240230' is not a valid date YYYYMMDD");
    }

    @Test
    void nonNumericPrice() {
        assertError(
                TV1.replace("129.97", "12O.97"),
                LegacyFormatException.FIELD,
                "HDR010 field NC_TotalPrice at offset 22 (buffer offset " + (TV1_HDR010_DATA + 22)
                        + "): '12O.97' is not a number");
        assertError(TV1.replace("129.97", "1,29.9"), LegacyFormatException.FIELD, "'1,29.9' is not a number");
        assertError(
                TV1.replace("10001     USD", "1OOO1     USD"),
                LegacyFormatException.FIELD,
                "HDR010 field NC_OrderRefNumber at offset 2 (buffer offset " + (TV1_HDR010_DATA + 2)
                        + "): '1OOO1' is not an integer");
    }

    @Test
    void numbersMayHaveSignAndLeadingZeros() {
        LegacyRecord hdr = reader.read(TV1.replace("129.97    ", "-0129.9700")).headerRecord("HDR010");
        assertEquals(new BigDecimal("-129.9700"), hdr.decimal("NC_TotalPrice"));
        assertEquals("-0129.9700", hdr.text("NC_TotalPrice"));
    }

    @Test
    void unknownMessageType() {
        LegacyFormatException e = assertError(
                TV1.replace("OS        02", "XX        02"),
                LegacyFormatException.UNKNOWN_MESSAGE,
                "PROLOG field NC_MsgType at offset 0 (buffer offset 16): no layout for message type 'XX' version '02'");
        assertEquals("PROLOG", e.record());
        assertError(TV1.replace("OS        02", "OS        03"), LegacyFormatException.UNKNOWN_MESSAGE, "version '03'");
        assertError(
                TV1.replace("OS        02", "            "),
                LegacyFormatException.FIELD,
                "PROLOG field NC_MsgType at offset 0 (buffer offset 16): is blank");
    }

    @Test
    void userDataLengthMismatch() {
        int valueOffset = TV1.indexOf("<DATUSR>") + "<DATUSR>".length() + 18;
        assertError(
                TV1.replace("3         UPS", "4         UPS"),
                LegacyFormatException.USER_DATA,
                "DATUSR field NC_FieldValue at offset 18 (buffer offset " + valueOffset
                        + "): declared length 4 but </DATUSR> follows after 3 characters");
        assertError(
                TV1.replace("3         UPS", "2         UPS"),
                LegacyFormatException.USER_DATA,
                "declared length 2 but </DATUSR> follows after 3 characters");
        assertError(
                TV1.replace("3         UPS", "three     UPS"),
                LegacyFormatException.USER_DATA,
                "DATUSR field NC_FieldLength at offset 8 (buffer offset " + (valueOffset - 10)
                        + "): 'three' is not a length");
        assertError(
                TV1.replace("CARRIER 3         UPS", "CARRIER 3"),
                LegacyFormatException.USER_DATA,
                "DATUSR field NC_FieldLength at offset 8 (buffer offset " + (valueOffset - 10)
                        + "): record ends after 9 of 18 characters");
        assertError(
                TV1.replace("CARRIER 3", "        3"),
                LegacyFormatException.USER_DATA,
                "DATUSR field NC_FieldName at offset 0 (buffer offset " + (valueOffset - 18) + "): name is blank");
    }

    @Test
    void missingTags() {
        assertError(
                TV1.substring(0, TV1.length() - "</ECEDOC>".length()),
                LegacyFormatException.STRUCTURE,
                "Tag: </ECEDOC> is missing at buffer offset 534 (found end of buffer)");
        assertError(
                TV1.replace("<HEADER>", ""),
                LegacyFormatException.STRUCTURE,
                "Tag: <HEADER> is missing at buffer offset 47 (found '<HDR010>0110001 ')");
        assertError(
                TV1.replace("</HDR010>", ""),
                LegacyFormatException.STRUCTURE,
                "Tag: </HDR010> is missing (record HDR010 starts at buffer offset 55)");
        assertError(TV1.replace("</ITMDAT>", ""), LegacyFormatException.STRUCTURE, "Tag: </ITMDAT> is missing");
        assertError("<ECEDOC><PROLOG>OS", LegacyFormatException.STRUCTURE, "Tag: </PROLOG> is missing");
        assertError("", LegacyFormatException.STRUCTURE, "Tag: <ECEDOC> is missing at buffer offset 0");
    }

    @Test
    void aMissingClosingTagIsNotMistakenForTrailingCharacters() {
        String item = TV1.substring(TV1.indexOf("<ITMDAT>"), TV1.indexOf("</ITMLST>"));
        String twoItems = TV1.replace(item, item.replaceFirst("</ITM010>", "") + item);
        int secondItem = twoItems.indexOf("<ITMDAT>", twoItems.indexOf("<ITMDAT>") + 1);
        assertError(
                twoItems,
                LegacyFormatException.STRUCTURE,
                "Tag: </ITM010> is missing (record ITM010 starts at "
                        + "buffer offset " + twoItems.indexOf("<ITM010>")
                        + "; found '<USRLST></USRLST' at buffer offset "
                        + (secondItem - "<USRLST></USRLST></ITMDAT>".length()) + " after its 158 characters)");
        assertEquals(2, reader.read(TV1.replace(item, item + item)).items().size());
    }

    @Test
    void contentAfterTheMessage() {
        assertError(
                TV1 + "<ECEDOC>",
                LegacyFormatException.STRUCTURE,
                "Content after </ECEDOC> at buffer offset 543: '<ECEDOC>'");
    }

    @Test
    void buffersAboveTheLimitAreRefusedBeforeReading() {
        LegacyMessageReader small = new LegacyMessageReader(LayoutCatalog.fromResource(), 542);
        LegacyFormatException e = assertThrows(LegacyFormatException.class, () -> small.read(TV1));
        assertEquals(LegacyFormatException.TOO_LARGE, e.reasonCode());
        assertEquals("Legacy buffer of 543 characters exceeds the limit of 542 characters", e.getMessage());
        assertEquals(1 << 20, LegacyMessageReader.DEFAULT_MAX_LENGTH);
    }

    @Test
    void everyCutPointOfTv1FailsCleanly() {
        for (int cut = 0; cut < TV1.length(); cut++) {
            String truncated = TV1.substring(0, cut);
            try {
                reader.read(truncated);
                fail("a truncated TV-1 cannot be complete, cut at " + cut);
            } catch (LegacyFormatException expected) {
                assertFalse(expected.getMessage().isBlank());
            } catch (RuntimeException other) {
                throw new AssertionError("cut at " + cut + " threw " + other, other);
            }
        }
    }

    @Test
    void errorTextsAreBoundedAndShowControlCharacters() {
        String bad = splice(TV1, TV1_HDR010_DATA + 22, 16, "\u0000" + "9".repeat(15));
        LegacyFormatException e = assertThrows(LegacyFormatException.class, () -> reader.read(bad));
        assertTrue(e.getMessage().contains("'\\u00009999"), e.getMessage());
    }

    private LegacyFormatException assertError(String buffer, String reason, String expected) {
        LegacyFormatException e = assertThrows(LegacyFormatException.class, () -> reader.read(buffer));
        assertTrue(e.getMessage().contains(expected), () -> "expected <" + expected + "> in <" + e.getMessage() + ">");
        assertEquals(reason, e.reasonCode(), e.getMessage());
        return e;
    }
}
