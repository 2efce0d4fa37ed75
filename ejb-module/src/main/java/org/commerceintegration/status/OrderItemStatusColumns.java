package org.commerceintegration.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The item parameters of the OrderStatus command ({@code itemsVector} entries) and the {@code ORDISTAT} columns
 * they fill (spec 6.2 "Filled from", 8.5). {@code orderItemId} and {@code versioning} are read by
 * {@link StatusMessage}; {@code ORDERS_ID} and {@code OSMORDER} come from the header.
 */
final class OrderItemStatusColumns {

    static final String ORDER_ITEM_ID = "orderItemId";
    static final String MERCHANT_ITEM_NUMBER = "merchantItemNumber";
    static final String VERSIONING = "versioning";

    /** Columns by parameter name, in column order. */
    static final Map<String, StatusColumn<OrderItemStatusRecord>> BY_PARAMETER = OrderStatusColumns.index(List.of(
            StatusColumn.text(MERCHANT_ITEM_NUMBER, "OIMITEM", 30, OrderItemStatusRecord::setMerchantItemNumber),
            StatusColumn.text("partNumber", "PARTNUMBER", 64, OrderItemStatusRecord::setPartNumber),
            StatusColumn.integer("quantityRequested", "OIQTREQUEST", OrderItemStatusRecord::setQuantityRequested),
            StatusColumn.integer("quantityConfirmed", "OIQTCONFIRM", OrderItemStatusRecord::setQuantityConfirmed),
            StatusColumn.integer("quantityShipped", "OIQTSHIP", OrderItemStatusRecord::setQuantityShipped),
            StatusColumn.text("currency", "OICPCUR", 10, OrderItemStatusRecord::setCurrency),
            StatusColumn.decimal("unitPrice", "OIUNPRC", OrderItemStatusRecord::setUnitPrice),
            StatusColumn.decimal("priceTotal", "OIPRTOT", OrderItemStatusRecord::setPriceTotal),
            StatusColumn.decimal("taxTotal", "OITXTOT", OrderItemStatusRecord::setTaxTotal),
            StatusColumn.decimal("shippingTotal", "OISHTOT", OrderItemStatusRecord::setShippingTotal),
            StatusColumn.decimal("shippingTaxTotal", "OISHTXTOT", OrderItemStatusRecord::setShippingTaxTotal),
            StatusColumn.text("orderItemStatus", "OISTATUS", 32, OrderItemStatusRecord::setStatus),
            StatusColumn.timestamp("placeDateTime", "OIPLTIME", OrderItemStatusRecord::setPlaceTime),
            StatusColumn.timestamp("requestShipDateTime", "OIRSTIME", OrderItemStatusRecord::setRequestShipTime),
            StatusColumn.timestamp("scheduleShipDateTime", "OISSTIME", OrderItemStatusRecord::setScheduleShipTime),
            StatusColumn.timestamp("actualShipDateTime", "OIASTIME", OrderItemStatusRecord::setActualShipTime),
            StatusColumn.timestamp("invoiceDateTime", "OIINVTIME", OrderItemStatusRecord::setInvoiceTime),
            StatusColumn.decimal("invoiceValue", "OIINVVAL", OrderItemStatusRecord::setInvoiceValue),
            StatusColumn.text("shipCondition", "OISCOND", 2, OrderItemStatusRecord::setShipCondition),
            StatusColumn.text("itemComment", "OICMNT", 254, OrderItemStatusRecord::setComment),
            StatusColumn.integer("field1", "FIELD1", OrderItemStatusRecord::setField1),
            StatusColumn.decimal("field2", "FIELD2", OrderItemStatusRecord::setField2),
            StatusColumn.text("field3", "FIELD3", 254, OrderItemStatusRecord::setField3)));

    /** As for the header, {@code shipingTaxTotal} (G-22) is accepted for {@code shippingTaxTotal}. */
    static final Map<String, String> ALIASES = Map.of("shipingTaxTotal", "shippingTaxTotal");

    /**
     * Item parameters without an {@code ORDISTAT} column (there is no {@code OISMFLAG}; G-29). Documentation only:
     * unknown parameters are accepted and not stored.
     */
    static final Set<String> IGNORED =
            Set.of("serialNumber", "sellingTotal", "orderItemStatusText", "statusFlag", "shippingModeFlag");

    private OrderItemStatusColumns() {}
}
