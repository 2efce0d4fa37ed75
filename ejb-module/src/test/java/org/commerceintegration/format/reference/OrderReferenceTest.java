package org.commerceintegration.format.reference;

import static org.commerceintegration.TestMessages.TV3;
import static org.commerceintegration.TestMessages.TV5;
import static org.commerceintegration.TestMessages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.commerceintegration.format.legacy.LayoutCatalog;
import org.commerceintegration.format.legacy.LegacyBreakdown;
import org.commerceintegration.format.legacy.TestVectors;
import org.junit.jupiter.api.Test;

class OrderReferenceTest {

    private final LayoutCatalog catalog = LayoutCatalog.fromResource();
    private final LegacyBreakdown breakdown = new LegacyBreakdown(catalog);
    private final OrderReference orders = new OrderReference(catalog);

    @Test
    void legacyOrderIsReadEvenWhenALaterFieldIsBroken() {
        assertEquals(10001L, orders.ofLegacy(breakdown.of(TestVectors.TV1)));
        String brokenDate = TestVectors.TV1.replace("202403052024030620240301", "2024-03-2024030620240301");
        assertEquals(10001L, orders.ofLegacy(breakdown.of(brokenDate)));
    }

    @Test
    void aBodyIsReadAsWhatItStartsWith() {
        String brokenDate = TestVectors.TV1.replace("202403052024030620240301", "2024-03-2024030620240301");
        assertEquals(10001L, orders.ordersIdIn(brokenDate));
        assertEquals(10001L, orders.ordersIdIn("\uFEFF  " + read(TV3)), "after a byte order mark and blanks");
        assertEquals(10001L, orders.ordersIdIn(read(TV5)));
        assertNull(orders.ordersIdIn("OS0110001"), "neither legacy nor XML");
        assertNull(orders.ordersIdIn(""));
    }

    @Test
    void legacyWithoutReadableOrderNamesNone() {
        assertNull(orders.ofLegacy(breakdown.of("<ECEDOC><PROLOG>XX</PROLOG></ECEDOC>")));
        String letters = TestVectors.TV1.replace(
                TestVectors.TV1.substring(TestVectors.TV1_HDR010_DATA + 2, TestVectors.TV1_HDR010_DATA + 12),
                "ABCDEFGHIJ");
        assertNull(orders.ofLegacy(breakdown.of(letters)));
    }

    @Test
    void xmlOrderIsReadFromBothDocumentTypes() {
        assertEquals(10001L, OrderReference.ofXml(read(TV3)));
        assertEquals(10001L, OrderReference.ofXml(read(TV5)), "ByWCS, not the back end's number");
    }

    @Test
    void xmlThatCannotBeScannedOrHasNoOrderNamesNone() {
        assertNull(OrderReference.ofXml("<Update_NC_OrderStatus><DataArea>"));
        assertNull(OrderReference.ofXml("not xml"));
        assertNull(OrderReference.ofXml(read(TV3).replace("<OrderNumberByNC>10001", "<OrderNumberByNC>&xxe;")));
        String external = read(TV3)
                .replaceFirst("(<!DOCTYPE[^>]*)>", "$1 [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>")
                .replace("<OrderNumberByNC>10001", "<OrderNumberByNC>&xxe;");
        assertNull(OrderReference.ofXml(external));
    }
}
