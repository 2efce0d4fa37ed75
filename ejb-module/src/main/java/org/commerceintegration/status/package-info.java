/**
 * Inbound order status: the OrderStatus command family of Commerce (spec 8.5 to 8.7) and the tables it writes.
 *
 * <h2>Commands</h2>
 * {@link org.commerceintegration.status.OrderStatusCmd}, {@link org.commerceintegration.status.OrderConfirmCmd},
 * {@link org.commerceintegration.status.OrderShippingCmd} and {@link org.commerceintegration.status.OrderInvoiceCmd}
 * are the Commerce command interfaces, each with its {@code CMDREG} row and its implementation named as Commerce names
 * it ({@code OrderStatusCmdImpl}, ...); the implementations differ only in the default status and share
 * {@link org.commerceintegration.status.OrderStatusProcessor}. The inbound path runs them through
 * {@link org.commerceintegration.status.StatusCommandRunner#run}, inside the message's transaction: parse, find and
 * lock the order, resolve the implementation for the order's store, apply.
 *
 * <h2>Processing (spec 8.6)</h2>
 * <ol>
 *   <li>{@link org.commerceintegration.status.StatusMessage} parses every parameter against its column
 *       ({@link org.commerceintegration.status.OrderStatusColumns}, {@link org.commerceintegration.status.OrderItemStatusColumns}).</li>
 *   <li>The current {@code ORDSTAT} row is found by {@code orderId}, else by {@code merchantOrderNumber}, and locked;
 *       an order's first status creates it (the order must exist in {@code ORDERS}).</li>
 *   <li>{@link org.commerceintegration.status.Serialization} refuses obsolete and duplicate messages.</li>
 *   <li>With {@code versioning} TRUE the previous state is kept as a history row ({@link org.commerceintegration.status.HistoryRows}).</li>
 *   <li>Supplied parameters are written; absent ones leave their columns unchanged.</li>
 *   <li>Items are matched by {@code ORDERITMES_ID} or {@code OIMITEM} within the order
 *       ({@link org.commerceintegration.status.ItemMatcher}), then inserted or updated.</li>
 *   <li>{@code updateMode} C requires every item of the order.</li>
 *   <li>User data is kept in {@code CI_ORDER_USERDATA} ({@link org.commerceintegration.status.OrderUserDatum}).</li>
 * </ol>
 * Failures carry the keys of {@link org.commerceintegration.status.StatusErrorKeys}.
 *
 * <h2>Reading</h2>
 * {@link org.commerceintegration.status.OrderStatusQueries} reads current and historical rows and user data.
 */
package org.commerceintegration.status;
