package org.commerceintegration.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header parameters of the OrderStatus command and the {@code ORDSTAT} columns they fill (spec 6.1 "Filled
 * from", 8.5). {@code orderId}, {@code versioning} and {@code updateMode} steer the command and are read by
 * {@link StatusMessage}; every other parameter not listed here is accepted and ignored (see {@link #IGNORED}).
 */
final class OrderStatusColumns {

    static final String ORDER_ID = "orderId";
    static final String MERCHANT_ORDER_NUMBER = "merchantOrderNumber";
    static final String ORDER_STATUS = "orderStatus";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String LAST_UPDATE_TIME = "lastUpdateTime";
    static final String VERSIONING = "versioning";
    static final String UPDATE_MODE = "updateMode";

    /** Columns by parameter name, in column order. */
    static final Map<String, StatusColumn<OrderStatusRecord>> BY_PARAMETER = index(List.of(
            StatusColumn.text(MERCHANT_ORDER_NUMBER, "OSMORDER", 30, OrderStatusRecord::setMerchantOrderNumber),
            StatusColumn.text("currency", "OSCPCUR", 10, OrderStatusRecord::setCurrency),
            StatusColumn.decimal("priceTotal", "OSPRTOT", OrderStatusRecord::setPriceTotal),
            StatusColumn.decimal("taxTotal", "OSTXTOT", OrderStatusRecord::setTaxTotal),
            StatusColumn.decimal("shippingTotal", "OSSHTOT", OrderStatusRecord::setShippingTotal),
            StatusColumn.decimal("shippingTaxTotal", "OSSHTXTOT", OrderStatusRecord::setShippingTaxTotal),
            StatusColumn.text(ORDER_STATUS, "OSSTATUS", 32, OrderStatusRecord::setStatus),
            StatusColumn.timestamp("placeDateTime", "OSPLTIME", OrderStatusRecord::setPlaceTime),
            StatusColumn.timestamp("requestShipDateTime", "OSRSTIME", OrderStatusRecord::setRequestShipTime),
            StatusColumn.timestamp("scheduleShipDateTime", "OSSSTIME", OrderStatusRecord::setScheduleShipTime),
            StatusColumn.timestamp("actualShipDateTime", "OSASTIME", OrderStatusRecord::setActualShipTime),
            StatusColumn.timestamp("invoiceDateTime", "OSINVTIME", OrderStatusRecord::setInvoiceTime),
            StatusColumn.decimal("invoiceValue", "OSINVVAL", OrderStatusRecord::setInvoiceValue),
            StatusColumn.text("shipCondition", "OSSCOND", 2, OrderStatusRecord::setShipCondition),
            StatusColumn.text("shippingModeFlag", "OSSMFLAG", 1, OrderStatusRecord::setShippingModeFlag),
            StatusColumn.timestamp(LAST_UPDATE_TIME, "OSUPDTIME", OrderStatusRecord::setLastUpdateTime),
            StatusColumn.text(SEQUENCE_NUMBER, "OSSEQNUM", 64, OrderStatusRecord::setSequenceNumber),
            StatusColumn.text("comment", "OSCMNT", 254, OrderStatusRecord::setComment),
            StatusColumn.integer("field1", "FIELD1", OrderStatusRecord::setField1),
            StatusColumn.decimal("field2", "FIELD2", OrderStatusRecord::setField2),
            StatusColumn.text("field3", "FIELD3", 254, OrderStatusRecord::setField3)));

    /**
     * Other names of a parameter: the command page spells {@code shipingTaxTotal} (G-22) and
     * {@code lastUpdateTimestamp} (G-28) where the templates say {@code shippingTaxTotal} and {@code lastUpdateTime}.
     */
    static final Map<String, String> ALIASES =
            Map.of("shipingTaxTotal", "shippingTaxTotal", "lastUpdateTimestamp", LAST_UPDATE_TIME);

    /**
     * Parameters that Commerce's templates produce but that have no {@code ORDSTAT} column (spec G-29). Listed for
     * documentation: like any other unknown parameter they are accepted and not stored.
     */
    static final Set<String> IGNORED =
            Set.of("orgName", "orderStatusText", "statusFlag", "sellingTotal", "orderInfo", "logonId", "logonPassword");

    private OrderStatusColumns() {}

    static <R> Map<String, StatusColumn<R>> index(List<StatusColumn<R>> columns) {
        Map<String, StatusColumn<R>> byParameter = new LinkedHashMap<>();
        for (StatusColumn<R> column : columns) {
            byParameter.put(column.parameter(), column);
        }
        return java.util.Collections.unmodifiableMap(byParameter);
    }
}
