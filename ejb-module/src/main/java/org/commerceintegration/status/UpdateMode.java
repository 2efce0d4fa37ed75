package org.commerceintegration.status;

/**
 * The OrderStatus {@code updateMode} parameter (spec 8.5): whether a message must report every item of the order.
 */
enum UpdateMode {

    /** {@code C}: the message carries a status for every item of the order; one missing is an error. */
    COMPLETE,

    /** {@code P} (the default): only the items in the message are touched. */
    PARTIAL;

    /**
     * @param text {@code C}, {@code P} (either case), or {@code null} for the default
     * @throws OrderStatusException {@code _ERR_OS_INVALID_VALUE} for any other value
     */
    static UpdateMode parse(String text) {
        if (text == null || text.equalsIgnoreCase("P")) {
            return PARTIAL;
        }
        if (text.equalsIgnoreCase("C")) {
            return COMPLETE;
        }
        throw new OrderStatusException(
                StatusErrorKeys.INVALID_VALUE, "updateMode must be C or P, not '" + ValueType.shown(text) + "'");
    }
}
