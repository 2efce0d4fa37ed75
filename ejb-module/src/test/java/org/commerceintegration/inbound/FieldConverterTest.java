package org.commerceintegration.inbound;

import static org.commerceintegration.inbound.TemplateTag.FieldType.DATE;
import static org.commerceintegration.inbound.TemplateTag.FieldType.DATEPART;
import static org.commerceintegration.inbound.TemplateTag.FieldType.GMTDATE;
import static org.commerceintegration.inbound.TemplateTag.FieldType.TIMEPART;
import static org.commerceintegration.inbound.TemplateTag.FieldType.TIMESTAMP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldConverterTest {

    private final FieldConverter tokyo = new FieldConverter(ZoneId.of("Asia/Tokyo"));

    @Test
    void datesBecomeJdbcTimestampText() {
        assertEquals("2024-03-01 00:00:00.000000", tokyo.convert(DATE, "20240301"));
        assertEquals("2024-02-29 00:00:00.000000", tokyo.convert(DATE, "20240229"));
        assertEquals("2024-03-01 09:00:00.000000", tokyo.convert(GMTDATE, "20240301"));
        assertEquals("2024-03-01 00:00:00.000000", new FieldConverter(ZoneId.of("UTC")).convert(GMTDATE, "20240301"));
    }

    @Test
    void timestampsAcceptTheIsoFormsAndTheCompactDate() {
        assertEquals("2024-03-06 09:15:00.000000", tokyo.convert(TIMESTAMP, "2024-03-06T09:15:00.000000"));
        assertEquals("2024-03-06 09:15:00.123456", tokyo.convert(TIMESTAMP, "2024-03-06T09:15:00.123456"));
        assertEquals("2024-03-06 09:15:00.100000", tokyo.convert(TIMESTAMP, "2024-03-06T09:15:00.1"));
        assertEquals("2024-03-06 09:15:00.000000", tokyo.convert(TIMESTAMP, "2024-03-06 09:15:00"));
        assertEquals("2024-03-06 18:15:00.000000", tokyo.convert(TIMESTAMP, "2024-03-06T09:15:00Z"));
        assertEquals("2024-03-06 23:15:00.000000", tokyo.convert(TIMESTAMP, "2024-03-06T09:15:00-05:00"));
        assertEquals("2024-03-06 00:00:00.000000", tokyo.convert(TIMESTAMP, "2024-03-06"));
        assertEquals("2024-03-06 00:00:00.000000", tokyo.convert(TIMESTAMP, "20240306"));
    }

    @Test
    void splitDateAndTimeCombine() {
        assertEquals(
                "2024-03-02 10:15:30.000000",
                tokyo.combine(tokyo.convert(DATEPART, "20240302"), tokyo.convert(TIMEPART, "101530")));
        assertEquals(
                "2024-03-02 00:00:00.000000",
                tokyo.combine(tokyo.convert(DATEPART, "20240302"), tokyo.convert(TIMEPART, "000000")));
    }

    @Test
    void invalidValuesAreRefused() {
        for (String bad : List.of("2024031", "202403011", "20240230", "20241301", "2024-03-01", "", "abcdefgh")) {
            assertThrows(IllegalArgumentException.class, () -> tokyo.convert(DATE, bad), bad);
        }
        for (String bad : List.of(
                "2024-03-06T25:00:00",
                "2024-03-06T09:15",
                "2024-03-06T09:15:00.1234567",
                "2024-02-30T00:00:00",
                "06.03.2024",
                "2024-03-06T09:15:00+5")) {
            assertThrows(IllegalArgumentException.class, () -> tokyo.convert(TIMESTAMP, bad), bad);
        }
        for (String bad : List.of("246000", "12345", "1234567", "120060")) {
            assertThrows(IllegalArgumentException.class, () -> tokyo.convert(TIMEPART, bad), bad);
        }
    }
}
