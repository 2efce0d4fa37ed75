package org.commerceintegration.format.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyBreakdownTest {

    private final LegacyBreakdown breakdown = new LegacyBreakdown(LayoutCatalog.fromResource());

    @Test
    void validMessageIsLaidOutFieldByField() {
        LegacyBreakdown.Result result = breakdown.of(TestVectors.TV1);

        assertTrue(result.valid());
        assertNull(result.problem());
        assertEquals("OS", result.messageType());
        assertEquals("02", result.version());
        assertEquals(
                List.of("PROLOG", "HDR010", "DATUSR", "ITM010"),
                result.records().stream().map(LegacyBreakdown.Record::tag).toList());
        LegacyBreakdown.Record header = result.records().get(1);
        assertEquals("header", header.section());
        assertEquals(TestVectors.TV1_HDR010_DATA, header.bufferOffset());
        LegacyBreakdown.Field order = header.fields().get(1);
        assertEquals("NC_OrderRefNumber", order.name());
        assertEquals(2, order.offset());
        assertEquals(10, order.width());
        assertEquals("10001     ", order.raw());
        assertEquals("10001", order.value());
        assertFalse(order.assumption());
        LegacyBreakdown.Field shipDate = header.fields().stream()
                .filter(f -> f.name().equals("NC_ScheduleShipDate"))
                .findFirst()
                .orElseThrow();
        assertEquals("2024-03-05", shipDate.value());
        LegacyBreakdown.Record item = result.records().get(3);
        assertEquals("item 1", item.section());
        assertTrue(item.fields().get(item.fields().size() - 1).assumption(), "NC_ItemCurrencyType is an assumption");
        LegacyBreakdown.Record datum = result.records().get(2);
        assertEquals("UPS", datum.fields().get(2).value());
        assertEquals("CARRIER", datum.fields().get(0).value());
    }

    @Test
    void badDateIsShownWithTheReadersVerdict() {
        String broken = TestVectors.TV1.replace("202403052024030620240301", "2024-03-2024030620240301");

        LegacyBreakdown.Result result = breakdown.of(broken);

        assertFalse(result.valid());
        assertNotNull(result.problem());
        assertEquals(LegacyFormatException.FIELD, result.problem().reasonCode());
        assertEquals("HDR010", result.problem().record());
        assertEquals("NC_ScheduleShipDate", result.problem().field());
        assertEquals(148, result.problem().offset());
        assertEquals(TestVectors.TV1_HDR010_DATA + 148, result.problem().bufferOffset());
        LegacyBreakdown.Field shipDate = result.records().get(1).fields().stream()
                .filter(f -> f.name().equals("NC_ScheduleShipDate"))
                .findFirst()
                .orElseThrow();
        assertEquals("2024-03-", shipDate.raw());
        assertNull(shipDate.value());
        assertNotNull(shipDate.problem());
        assertEquals(4, result.records().size(), "the records after the bad one are still laid out");
    }

    @Test
    void shortRecordShowsMissingFields() {
        int cut = TestVectors.TV1.indexOf("</HDR010>");
        String broken = TestVectors.TV1.substring(0, cut - 30) + TestVectors.TV1.substring(cut);

        LegacyBreakdown.Result result = breakdown.of(broken);

        assertFalse(result.valid());
        List<LegacyBreakdown.Field> fields = result.records().get(1).fields();
        LegacyBreakdown.Field last = fields.get(fields.size() - 1);
        assertNull(last.raw());
        assertTrue(last.problem().startsWith("missing"), last.problem());
        LegacyBreakdown.Field status = fields.get(fields.size() - 4);
        assertEquals("NC_OrderStatus", status.name());
        assertEquals("incomplete: 26 of 32 characters", status.problem());
    }

    @Test
    void truncatedBufferAndGarbageNeverThrow() {
        LegacyBreakdown.Result truncated = breakdown.of(TestVectors.TV1.substring(0, 100));
        assertFalse(truncated.valid());
        assertEquals("HDR010", truncated.records().get(1).tag());
        assertNotNull(truncated.records().get(1).problem());

        LegacyBreakdown.Result garbage = breakdown.of("<ECEDOC><PROLOG>XX");
        assertFalse(garbage.valid());
        assertNull(garbage.messageType());

        LegacyBreakdown.Result unknownType = breakdown.of(TestVectors.TV1.replace("OS        02", "ZZ        02"));
        assertFalse(unknownType.valid());
        assertEquals(
                LegacyFormatException.UNKNOWN_MESSAGE, unknownType.problem().reasonCode());
        assertEquals(
                "no layout for record HDR010 in header (message type unknown)",
                unknownType.records().get(1).problem());
    }

    @Test
    void hugeBufferIsNotLaidOut() {
        String huge = "<ECEDOC>" + " ".repeat(LegacyMessageReader.DEFAULT_MAX_LENGTH + 1);
        LegacyBreakdown.Result result = breakdown.of(huge);
        assertFalse(result.valid());
        assertEquals(LegacyFormatException.TOO_LARGE, result.problem().reasonCode());
        assertTrue(result.records().isEmpty());
    }
}
