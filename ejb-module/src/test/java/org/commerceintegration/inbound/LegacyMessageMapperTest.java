package org.commerceintegration.inbound;

import static org.commerceintegration.format.legacy.TestVectors.TV1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.format.MessageFormatException;
import org.commerceintegration.format.legacy.LayoutCatalog;
import org.commerceintegration.format.legacy.LegacyFormatException;
import org.commerceintegration.format.legacy.MessageKey;
import org.commerceintegration.format.legacy.TestVectors;
import org.junit.jupiter.api.Test;

class LegacyMessageMapperTest {

    private final LegacyMessageMapper mapper = new LegacyMessageMapper();

    @Test
    void tv1BecomesAnOrderStatusInvocationWithTheSpecParameters() {
        CommandInvocation invocation = mapper.map(TV1).orElseThrow();

        assertEquals("OrderStatus", invocation.commandName());
        assertEquals("OS 02", invocation.messageType());
        assertEquals(Map.of(), invocation.controlProperties());
        Map<String, String> header = new LinkedHashMap<>();
        header.put("orderId", "10001");
        header.put("currency", "USD");
        header.put("priceTotal", "129.97");
        header.put("taxTotal", "10.40");
        header.put("shippingTotal", "7.50");
        header.put("shippingTaxTotal", "0.60");
        header.put("merchantOrderNumber", "BE-2024-000123");
        header.put("orderStatus", "C");
        header.put("scheduleShipDateTime", "2024-03-05 00:00:00.000000");
        header.put("actualShipDateTime", "2024-03-06 00:00:00.000000");
        header.put("placeDateTime", "2024-03-01 00:00:00.000000");
        assertEquals(
                List.copyOf(header.entrySet()),
                List.copyOf(invocation.properties().entrySet()),
                "same properties in message order");
        assertEquals(Map.of("CARRIER", "UPS"), invocation.userData());

        assertEquals(1, invocation.items().size());
        Map<String, String> item = new LinkedHashMap<>();
        item.put("orderItemId", "20002");
        item.put("merchantItemNumber", "BE-LINE-1");
        item.put("orderItemStatus", "S");
        item.put("scheduleShipDateTime", "2024-03-05 00:00:00.000000");
        item.put("actualShipDateTime", "2024-03-06 00:00:00.000000");
        item.put("placeDateTime", "2024-03-01 00:00:00.000000");
        item.put("quantityConfirmed", "2");
        item.put("currency", "USD");
        assertEquals(
                List.copyOf(item.entrySet()),
                List.copyOf(invocation.items().get(0).properties().entrySet()));
        assertEquals(Map.of(), invocation.items().get(0).userData());
    }

    @Test
    void version01HasNoItemCurrency() {
        CommandInvocation invocation = mapper.map(TestVectors.v01()).orElseThrow();
        assertEquals("OS 01", invocation.messageType());
        assertEquals("OrderStatus", invocation.commandName());
        assertFalse(invocation.items().get(0).properties().containsKey("currency"));
        assertEquals("2", invocation.items().get(0).property("quantityConfirmed"));
    }

    @Test
    void nonBlankTrailingItemCharactersAreKept() {
        String v02Longer = TV1.replace("USD       </ITM010>", "USD       4.99       </ITM010>");
        assertEquals("4.99", mapper.map(v02Longer).orElseThrow().items().get(0).property(LegacyMessageMapper.TRAILING));

        String v01WithCurrency = TV1.replace("OS        02", "OS        01");
        CommandInvocation v01 = mapper.map(v01WithCurrency).orElseThrow();
        assertEquals("USD", v01.items().get(0).property("_trailing"));

        String blankTail = TV1.replace("USD       </ITM010>", "USD                 </ITM010>");
        assertFalse(
                mapper.map(blankTail).orElseThrow().items().get(0).properties().containsKey("_trailing"));
    }

    @Test
    void blankFieldsAreLeftOut() {
        String blankStatusAndDates =
                TV1.replace("C                               202403052024030620240301", " ".repeat(56));
        CommandInvocation invocation = mapper.map(blankStatusAndDates).orElseThrow();
        assertFalse(invocation.properties().containsKey("orderStatus"));
        assertFalse(invocation.properties().containsKey("placeDateTime"));
        assertEquals("10001", invocation.property("orderId"));
    }

    @Test
    void userDataIsTrimmedAndTheLastRepeatWins() {
        String twice = TV1.replace(
                "<DATUSR>CARRIER 3         UPS</DATUSR>",
                "<DATUSR>CARRIER 3         UPS</DATUSR><DATUSR>CARRIER 5          DHL </DATUSR>");
        assertEquals(Map.of("CARRIER", "DHL"), mapper.map(twice).orElseThrow().userData());
        String itemData = TV1.replace(
                "<USRLST></USRLST></ITMDAT>", "<USRLST><DATUSR>GIFT    1         Y</DATUSR></USRLST></ITMDAT>");
        assertEquals(
                Map.of("GIFT", "Y"),
                mapper.map(itemData).orElseThrow().items().get(0).userData());
    }

    @Test
    void messageWithoutItemsHasNoItems() {
        String noItems = TV1.substring(0, TV1.indexOf("<ITMLST>")) + "</ECEDOC>";
        assertEquals(List.of(), mapper.map(noItems).orElseThrow().items());
    }

    @Test
    void otherMessagesAreNotRecognised() {
        assertEquals(Optional.empty(), mapper.map("<?xml version=\"1.0\"?><Update_NC_OrderStatus/>"));
        assertEquals(Optional.empty(), mapper.map(""));
        assertEquals(Optional.empty(), mapper.map("<ECEDOC>\n<PROLOG>OS        02"));
        assertEquals(Optional.empty(), mapper.map(TV1.substring(1)));
    }

    @Test
    void leadingByteOrderMarkAndWhitespaceAreAccepted() {
        assertTrue(mapper.map("\uFEFF\r\n  " + TV1).isPresent());
    }

    @Test
    void unknownTypeOrVersionHasNoCommand() {
        MessageFormatException e = assertThrows(
                MessageFormatException.class, () -> mapper.map(TV1.replace("OS        02", "XX        02")));
        assertEquals(MessageMapper.NO_COMMAND, e.reasonCode());
        assertTrue(e.getMessage().startsWith("No command matches the inbound message"), e.getMessage());
        assertTrue(e.getMessage().contains("'XX' version '02'"), e.getMessage());

        MessageFormatException outbound = assertThrows(
                MessageFormatException.class, () -> mapper.map(TV1.replace("OS        02", "ON        01")));
        assertEquals(MessageMapper.NO_COMMAND, outbound.reasonCode(), "Order Create is outbound only");
    }

    @Test
    void malformedMessagesFailWithTheReadersLocation() {
        LegacyFormatException e =
                assertThrows(LegacyFormatException.class, () -> mapper.map(TV1.replace("129.97", "12O.97")));
        assertEquals(LegacyFormatException.FIELD, e.reasonCode());
        assertTrue(e.getMessage().startsWith("HDR010 field NC_TotalPrice at offset 22"), e.getMessage());
    }

    @Test
    void commandTableIsConfigurableAndCheckedAgainstTheLayouts() {
        LegacyMessageMapper confirm = new LegacyMessageMapper(
                LayoutCatalog.fromResource(), Map.of(new MessageKey("OS", "02"), "OrderConfirmStatus"));
        assertEquals("OrderConfirmStatus", confirm.map(TV1).orElseThrow().commandName());
        assertThrows(MessageFormatException.class, () -> confirm.map(TestVectors.v01()));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new LegacyMessageMapper(
                        LayoutCatalog.fromResource(), Map.of(new MessageKey("PQ", "01"), "ProductInventoryUpdate")));
        assertTrue(e.getMessage().contains("No legacy layout for PQ 01"), e.getMessage());
    }
}
