package org.commerceintegration.status;

/**
 * The message keys an OrderStatus-family command fails with (carried by {@link OrderStatusException#errorKey()}).
 *
 * <p>The {@code _ERR_OS_*} and {@code _ERR_OI_*} keys that Commerce's message catalogue defines keep their Commerce
 * meaning (spec 8.6), so operators and back ends that already react to them keep working. Three keys are our own,
 * for conditions the catalogue has no key for; they are prefixed the same way so that routing by prefix still works.
 */
public final class StatusErrorKeys {

    /** Both {@code orderId} and {@code merchantOrderNumber} are absent (Commerce). */
    public static final String PARAMS = "_ERR_OS_PARAMS";

    /**
     * The message's {@code orderId} disagrees with the order already recorded for its {@code merchantOrderNumber}
     * (Commerce: "order id not found in earlier order status records").
     */
    public static final String ORDERID_MISMATCH = "_ERR_OS_ORDERID_MISMATCH";

    /**
     * The message's {@code merchantOrderNumber} differs from the one stored for the order, or names several orders
     * (Commerce).
     */
    public static final String ORDER_NUMBER_MISMATCH = "_ERR_OS_ORDER_NUMBER_MISMATCH";

    /** Only a {@code merchantOrderNumber} is given and no status row holds it (Commerce). */
    public static final String ORDER_NOT_EXIST = "_ERR_OS_ORDER_NOT_EXIST";

    /** Serialization info is obsolete or a duplicate of what is stored (Commerce; duplicates per spec G-23). */
    public static final String SEQUENCE = "_ERR_OS_SEQUENCE";

    /** A numeric parameter does not parse, or does not fit its column (Commerce). */
    public static final String INVALID_NUMERIC = "_ERR_OS_INVALID_NUMERIC";

    /** A timestamp parameter is not {@code yyyy-MM-dd HH:mm:ss[.ffffff]} (Commerce). */
    public static final String INVALID_TIMESTAMP = "_ERR_OS_INVALID_TIMESTAMP";

    /** An item carries neither {@code orderItemId} nor {@code merchantItemNumber} (Commerce). */
    public static final String ITEM_PARAMS = "_ERR_OI_PARAMS";

    /**
     * An item's {@code orderItemId} is not an item of the order, or disagrees with the id recorded for its
     * {@code merchantItemNumber} (Commerce).
     */
    public static final String ORDERITEMID_MISMATCH = "_ERR_OI_ORDERITEMID_MISMATCH";

    /**
     * An item's {@code merchantItemNumber} differs from the one recorded for its {@code orderItemId}, or is recorded
     * for another item of the order (Commerce).
     */
    public static final String ORDERITEM_NUMBER_MISMATCH = "_ERR_OI_ORDERITEM_NUMBER_MISMATCH";

    /**
     * Ours: a first status for an {@code orderId} that is not a row of {@code ORDERS}. Commerce reports no key of its
     * own for this; {@link #ORDER_NOT_EXIST} is kept for its documented meaning (no status row for a merchant order
     * number) so the two causes stay apart.
     */
    public static final String UNKNOWN_ORDER = "_ERR_OS_UNKNOWN_ORDER";

    /**
     * Ours: a text value longer than its column ({@code CHAR(n)}/{@code VARCHAR(n)}), a user data field too long for
     * {@code CI_ORDER_USERDATA}, a {@code versioning} other than TRUE/FALSE or an {@code updateMode} other than C/P,
     * or a parameter given under both of its names with different values. Rejected before any database work rather
     * than truncated or left to fail as a database error.
     */
    public static final String INVALID_VALUE = "_ERR_OS_INVALID_VALUE";

    /**
     * Ours: {@code updateMode} C (complete) without a status for every item of the order in {@code ORDERITEMS}
     * (spec 8.6 step 7; the message names the missing items).
     */
    public static final String ITEMS_INCOMPLETE = "_ERR_OS_ITEMS_INCOMPLETE";

    private StatusErrorKeys() {}
}
