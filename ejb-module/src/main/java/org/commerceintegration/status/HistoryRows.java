package org.commerceintegration.status;

/**
 * Copies of status rows kept as history when a message has {@code versioning} TRUE (spec 8.6 step 4, G-9): the copy
 * holds the state before the message and gets the next history number; the current row (number 0) is then updated
 * in place, so its key stays stable for everything that refers to it.
 *
 * <p>Written out column by column (no reflection): a unit test checks that every mapped column is copied.
 */
final class HistoryRows {

    private HistoryRows() {}

    static OrderStatusRecord copyOf(OrderStatusRecord row, int versionNumber) {
        OrderStatusRecord copy = new OrderStatusRecord();
        copy.setOrdersId(row.getOrdersId());
        copy.setMerchantOrderNumber(row.getMerchantOrderNumber());
        copy.setCurrency(row.getCurrency());
        copy.setPriceTotal(row.getPriceTotal());
        copy.setTaxTotal(row.getTaxTotal());
        copy.setShippingTotal(row.getShippingTotal());
        copy.setShippingTaxTotal(row.getShippingTaxTotal());
        copy.setStatus(row.getStatus());
        copy.setPlaceTime(row.getPlaceTime());
        copy.setRequestShipTime(row.getRequestShipTime());
        copy.setScheduleShipTime(row.getScheduleShipTime());
        copy.setActualShipTime(row.getActualShipTime());
        copy.setInvoiceTime(row.getInvoiceTime());
        copy.setInvoiceValue(row.getInvoiceValue());
        copy.setShipCondition(row.getShipCondition());
        copy.setShippingModeFlag(row.getShippingModeFlag());
        copy.setVersionNumber(versionNumber);
        copy.setLastUpdateTime(row.getLastUpdateTime());
        copy.setSequenceNumber(row.getSequenceNumber());
        copy.setComment(row.getComment());
        copy.setField1(row.getField1());
        copy.setField2(row.getField2());
        copy.setField3(row.getField3());
        copy.setErrorCode(row.getErrorCode());
        return copy;
    }

    static OrderItemStatusRecord copyOf(OrderItemStatusRecord row, int versionNumber) {
        OrderItemStatusRecord copy = new OrderItemStatusRecord();
        copy.setOrdersId(row.getOrdersId());
        copy.setMerchantOrderNumber(row.getMerchantOrderNumber());
        copy.setOrderItemId(row.getOrderItemId());
        copy.setMerchantItemNumber(row.getMerchantItemNumber());
        copy.setPartNumber(row.getPartNumber());
        copy.setUnitOfMeasure(row.getUnitOfMeasure());
        copy.setQuantityRequested(row.getQuantityRequested());
        copy.setQuantityConfirmed(row.getQuantityConfirmed());
        copy.setQuantityShipped(row.getQuantityShipped());
        copy.setCurrency(row.getCurrency());
        copy.setUnitPrice(row.getUnitPrice());
        copy.setPriceTotal(row.getPriceTotal());
        copy.setTaxTotal(row.getTaxTotal());
        copy.setShippingTotal(row.getShippingTotal());
        copy.setShippingTaxTotal(row.getShippingTaxTotal());
        copy.setStatus(row.getStatus());
        copy.setPlaceTime(row.getPlaceTime());
        copy.setRequestShipTime(row.getRequestShipTime());
        copy.setScheduleShipTime(row.getScheduleShipTime());
        copy.setActualShipTime(row.getActualShipTime());
        copy.setInvoiceTime(row.getInvoiceTime());
        copy.setInvoiceValue(row.getInvoiceValue());
        copy.setVersionNumber(versionNumber);
        copy.setShipCondition(row.getShipCondition());
        copy.setComment(row.getComment());
        copy.setField1(row.getField1());
        copy.setField2(row.getField2());
        copy.setField3(row.getField3());
        return copy;
    }
}
