package org.commerceintegration.testsupport;

/**
 * Valid inbound status messages for the demo orders, built like the spec's test vectors (TV-1 for the legacy
 * Order Status Update version 02), with the values a test chooses.
 */
public final class StatusMessages {

    /** The back end's number for a demo order, the same in every message about it. */
    public static String merchantOrderNumber(long orderId) {
        return "BE-" + orderId;
    }

    private StatusMessages() {}

    /**
     * A legacy Order Status Update version 02 with one item, laid out exactly as TV-1.
     *
     * @param orderId     NC_OrderRefNumber
     * @param itemId      NC_ItemRefNumber
     * @param orderStatus NC_OrderStatus (up to 32 characters)
     * @param itemStatus  NC_OrderItemStatus (up to 32 characters)
     */
    public static String legacyV2(long orderId, long itemId, String orderStatus, String itemStatus) {
        String hdr010 = "01" + pad(Long.toString(orderId), 10) + pad("USD", 10) + pad("129.97", 16) + pad("10.40", 16)
                + pad("7.50", 16) + pad("0.60", 16) + pad(merchantOrderNumber(orderId), 30) + pad(orderStatus, 32)
                + "20240305" + "20240306" + "20240301";
        String itm010 = "02" + pad(Long.toString(orderId), 10) + pad(merchantOrderNumber(orderId), 30)
                + pad(Long.toString(itemId), 10)
                + pad("BE-LINE-" + itemId, 30) + pad(itemStatus, 32) + "20240305" + "20240306" + "20240301"
                + pad("2", 10) + pad("USD", 10);
        return "<ECEDOC><PROLOG>" + pad("OS", 10) + "02" + pad("", 10) + "</PROLOG><HEADER><HDR010>" + hdr010
                + "</HDR010><USRLST><DATUSR>CARRIER 3         UPS</DATUSR></USRLST></HEADER><ITMLST><ITMDAT><ITM010>"
                + itm010 + "</ITM010><USRLST></USRLST></ITMDAT></ITMLST></ECEDOC>";
    }

    /** A legacy Order Status Update version 01: the ITM010 record is the ten documented fields (148 characters). */
    public static String legacyV1(long orderId, long itemId, String orderStatus, String itemStatus) {
        String v2 = legacyV2(orderId, itemId, orderStatus, itemStatus);
        return v2.replace("<PROLOG>" + pad("OS", 10) + "02", "<PROLOG>" + pad("OS", 10) + "01")
                .replace("<ITM010>02", "<ITM010>01")
                .replace(pad("2", 10) + pad("USD", 10) + "</ITM010>", pad("2", 10) + "</ITM010>");
    }

    /** A minimal Update_NC_OrderStatus 1.0 for the order with a status text. */
    public static String ncXml(long orderId, String status, boolean withDoctype) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + (withDoctype ? "<!DOCTYPE Update_NC_OrderStatus SYSTEM \"Update_NC_OrderStatus_10.dtd\">\n" : "")
                + "<Update_NC_OrderStatus version=\"1.0\"><ControlArea><Verb value=\"Update\">Update</Verb>"
                + "<Noun value=\"NC_OrderStatus\">NC_OrderStatus</Noun></ControlArea><DataArea><OrderStatus>"
                + "<OrderStatusHeader><OrderNumberByNC>" + orderId + "</OrderNumberByNC><Status>" + status
                + "</Status></OrderStatusHeader></OrderStatus></DataArea></Update_NC_OrderStatus>";
    }

    public static String pad(String value, int width) {
        if (value.length() > width) {
            throw new IllegalArgumentException(value + " is longer than " + width);
        }
        return value + " ".repeat(width - value.length());
    }
}
