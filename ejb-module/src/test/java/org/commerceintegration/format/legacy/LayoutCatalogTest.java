package org.commerceintegration.format.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutCatalogTest {

    private final LayoutCatalog catalog = LayoutCatalog.fromResource();

    @Test
    void bundledCatalogIsParsedOnce() {
        assertSame(catalog, LayoutCatalog.fromResource());
        assertSame(catalog, LayoutCatalog.load(), "without the site property load() is the bundled catalog");
    }

    @Test
    void declaresTheDocumentedMessages() {
        assertEquals(
                Set.of(new MessageKey("OS", "01"), new MessageKey("OS", "02"), new MessageKey("ON", "01")),
                catalog.messageKeys());
    }

    @Test
    void recordWidthsMatchTheSpec() {
        assertEquals(22, catalog.prolog().width());
        assertEquals(18, catalog.userData().width(), "DATUSR fixed part: name 8 + length 10");
        MessageLayout os1 = catalog.requireMessage("OS", "01");
        MessageLayout os2 = catalog.requireMessage("OS", "02");
        assertEquals(172, os1.headerRecord("HDR010").width());
        assertEquals(172, os2.headerRecord("HDR010").width());
        assertEquals(148, os1.itemRecord("ITM010").width());
        assertEquals(158, os2.itemRecord("ITM010").width());
        MessageLayout on = catalog.requireMessage("ON", "01");
        assertEquals(22, on.prolog().width());
        assertEquals(
                List.of("HDR010", "HDR020", "HDR030", "HDR040"),
                on.header().stream().map(RecordLayout::tag).collect(Collectors.toList()));
        assertEquals(440, on.headerRecord("HDR010").width());
        assertEquals(1101, on.headerRecord("HDR020").width());
        assertEquals(940, on.headerRecord("HDR030").width());
        assertEquals(542, documentedWidth(on.headerRecord("HDR040")));
        assertEquals(542 + 254 + 254 + 30, on.headerRecord("HDR040").width());
        assertEquals(490, documentedWidth(on.itemRecord("ITM010")));
        assertEquals(
                490 + 3 * 50 + 30 + 20 + 30 + 20 + 2 * 254 + 3 * 30,
                on.itemRecord("ITM010").width());
    }

    @Test
    void assumedFieldsAreExactlyTheUndocumentedTailsAndCarryANote() {
        MessageLayout on = catalog.requireMessage("ON", "01");
        assertEquals(
                List.of("NC_SupplierContactEmail1", "NC_SupplierContactEmail2", "NC_SupplierContactFax"),
                assumed(on.headerRecord("HDR040")));
        assertEquals(
                List.of(
                        "NC_ItemShipToAddr1",
                        "NC_ItemShipToAddr2",
                        "NC_ItemShipToAddr3",
                        "NC_ItemShipToCity",
                        "NC_ItemShipToState",
                        "NC_ItemShipToCountry",
                        "NC_ItemShipToZipCode",
                        "NC_ItemShipToEmail1",
                        "NC_ItemShipToEmail2",
                        "NC_ItemShipToPhone1",
                        "NC_ItemShipToPhone2",
                        "NC_ItemShipToFax"),
                assumed(on.itemRecord("ITM010")));
        assertEquals(
                List.of("NC_ItemCurrencyType"),
                assumed(catalog.requireMessage("OS", "02").itemRecord("ITM010")));
        for (RecordLayout record : catalog.records()) {
            for (FieldLayout field : record.fields()) {
                assertEquals(field.assumption(), field.note() != null, record.tag() + " " + field.name());
            }
        }
        FieldLayout currency =
                catalog.requireMessage("OS", "02").itemRecord("ITM010").field("NC_ItemCurrencyType");
        assertTrue(currency.note().contains("G-1"), currency.note());
    }

    @Test
    void fieldsNameTheirCommandParameterOrColumn() {
        RecordLayout hdr = catalog.requireMessage("OS", "02").headerRecord("HDR010");
        assertEquals("orderId", hdr.field("NC_OrderRefNumber").target());
        assertEquals("ORDSTAT.ORDERS_ID", hdr.field("NC_OrderRefNumber").column());
        assertEquals(148, hdr.field("NC_ScheduleShipDate").offset());
        assertEquals(FieldKind.DATE, hdr.field("NC_ScheduleShipDate").kind());
        RecordLayout item = catalog.requireMessage("OS", "01").itemRecord("ITM010");
        assertEquals("orderItemId", item.field("NC_ItemRefNumber").target());
        assertNull(item.field("NC_OrderRefNumber").target(), "the item's order id is taken from the header");
        RecordLayout onHdr = catalog.requireMessage("ON", "01").headerRecord("HDR010");
        assertEquals("ORDERS.TIMEPLACED", onHdr.field("NC_OrderTime").target());
        assertEquals("01", onHdr.field("NC_HDR010VersionNumber").defaultValue());
    }

    @Test
    void unknownMessageIsASpecificError() {
        assertFalse(catalog.message("XX", "01").isPresent());
        LegacyFormatException e = assertThrows(LegacyFormatException.class, () -> catalog.requireMessage("OS", "03"));
        assertEquals(LegacyFormatException.UNKNOWN_MESSAGE, e.reasonCode());
        assertTrue(e.getMessage().contains("'OS' version '03'"), e.getMessage());
    }

    @Test
    void siteFileReplacesWholeSectionsAndAddsNewOnes(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site-layouts.txt");
        Files.writeString(
                site,
                String.join(
                        "\n",
                        "# the real v02 item record, as learnt from a captured buffer",
                        "[OS 02 ITM010]",
                        "NC_ITM010VersionNumber   2 TEXT",
                        "NC_OrderRefNumber       10 INTEGER",
                        "NC_MerchantOrderNumber  30 TEXT",
                        "NC_ItemRefNumber        10 INTEGER target=orderItemId",
                        "NC_ItemMerchantRefNumber 30 TEXT target=merchantItemNumber",
                        "NC_OrderItemStatus      32 TEXT target=orderItemStatus",
                        "NC_ItemScheduleShipDate  8 DATE target=scheduleShipDateTime",
                        "NC_ItemActualShipDate    8 DATE target=actualShipDateTime",
                        "NC_ItemPlaceDate         8 DATE target=placeDateTime",
                        "NC_ItemQuantity         10 INTEGER target=quantityConfirmed",
                        "NC_ItemCurrencyType     10 TEXT target=currency",
                        "NC_ItemUnitPrice        16 NUMBER target=unitPrice",
                        "[PQ 01 HDR010]",
                        "NC_Quantity 10 INTEGER target=quantity",
                        ""),
                StandardCharsets.UTF_8);

        LayoutCatalog merged = catalog.withOverrides(site);

        assertEquals(174, merged.requireMessage("OS", "02").itemRecord("ITM010").width());
        assertEquals(
                158, catalog.requireMessage("OS", "02").itemRecord("ITM010").width(), "bundled unchanged");
        assertEquals(148, merged.requireMessage("OS", "01").itemRecord("ITM010").width(), "other sections kept");
        assertNotNull(merged.message("PQ", "01").orElse(null));

        String withPrice = TestVectors.TV1.replace("USD       </ITM010>", "USD       19.99           </ITM010>");
        LegacyMessage message = new LegacyMessageReader(merged).read(withPrice);
        assertEquals(
                new BigDecimal("19.99"), message.items().get(0).record("ITM010").decimal("NC_ItemUnitPrice"));
        assertEquals("", message.items().get(0).record("ITM010").trailing());
    }

    @Test
    void loadMergesTheFileNamedBySystemProperty(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site.txt");
        Files.writeString(site, "[OS 01 ITM010]\nNC_ITM010VersionNumber 2 TEXT\n", StandardCharsets.UTF_8);
        String before = System.getProperty(LayoutCatalog.OVERRIDES_PROPERTY);
        System.setProperty(LayoutCatalog.OVERRIDES_PROPERTY, site.toString());
        try {
            assertEquals(
                    2,
                    LayoutCatalog.load()
                            .requireMessage("OS", "01")
                            .itemRecord("ITM010")
                            .width());
        } finally {
            if (before == null) {
                System.clearProperty(LayoutCatalog.OVERRIDES_PROPERTY);
            } else {
                System.setProperty(LayoutCatalog.OVERRIDES_PROPERTY, before);
            }
        }
    }

    @Test
    void malformedLayoutFilesFailAtLoadWithTheLine(@TempDir Path dir) throws Exception {
        assertSiteError(dir, "[OS 02 ITM010]\nNC_A 2 TEXT\nNC_B x TEXT\n", "line 3: width x");
        assertSiteError(dir, "[OS 02 ITM010]\nNC_A 2 FLOAT\n", "line 2: kind FLOAT");
        assertSiteError(dir, "NC_A 2 TEXT\n", "line 1: field before the first");
        assertSiteError(dir, "[OS 02 ITM010]\nNC_A 2 TEXT\nNC_A 3 TEXT\n", "line 3: field NC_A declared twice");
        assertSiteError(dir, "[OS 02 FOO]\nNC_A 2 TEXT\n", "line 1: record tag FOO");
        assertSiteError(dir, "[OS 02 ITM010]\nNC_A 5 DATE\n", "line 2: DATE needs a width of at least 8");
        assertSiteError(dir, "[OS 02 ITM010]\nNC_A 2 TEXT colour=red\n", "line 2: unknown attribute colour");
        assertSiteError(dir, "[OS 02 ITM010]\nNC_A 2 INTEGER default=ab\n", "line 2: default 'ab' is not an integer");
        assertSiteError(dir, "[OS 02 ITM010]\nNC_A * TEXT\n", "only DATUSR may have a variable-width field");
        assertSiteError(dir, "[OS 02 ITM010]\nNC_A 2 TEXT assumption:\n", "line 2: assumption needs a note");
        assertSiteError(dir, "[OS 02 ITM010]\n", "line 1: section has no fields");
    }

    @Test
    void aCompleteCatalogMustDeclarePrologAndUserData() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> LayoutCatalog.from(
                        new ByteArrayInputStream("[OS 02 HDR010]\nNC_A 2 TEXT\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("[* * PROLOG]"), e.getMessage());
    }

    private static void assertSiteError(Path dir, String content, String expected) throws Exception {
        Path site = Files.writeString(Files.createTempFile(dir, "site", ".txt"), content, StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> LayoutCatalog.fromResource().withOverrides(site));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith(site.toString()), e.getMessage());
    }

    private static int documentedWidth(RecordLayout layout) {
        return layout.fields().stream()
                .filter(f -> !f.assumption())
                .mapToInt(FieldLayout::width)
                .sum();
    }

    private static List<String> assumed(RecordLayout layout) {
        return layout.fields().stream()
                .filter(FieldLayout::assumption)
                .map(FieldLayout::name)
                .collect(Collectors.toList());
    }
}
