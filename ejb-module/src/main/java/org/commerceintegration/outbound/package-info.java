/**
 * Outbound messaging: compose a message, keep it in {@code MSGSTORE} inside the caller's transaction, and send it to a
 * JMS queue only after that transaction committed (Commerce's {@code sendTransacted}).
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link org.commerceintegration.outbound.OutboundMessageComposer}: the one SPI every message format
 *       implements. A composer bean carries an {@link org.commerceintegration.outbound.OutboundMessageType} entry
 *       (the {@code MSGTYPES.NAME} it composes); {@link org.commerceintegration.outbound.MessageTypeRegistry} finds
 *       them all at start-up. A new outbound message type is a new composer bean, nothing else.</li>
 *   <li>{@link org.commerceintegration.outbound.OutboundMessages#sendTransacted(String, Object)}: the one way to send.
 *       It composes, writes the bytes to {@code MSGSTORE} in the caller's transaction, and asks for a send once that
 *       transaction has committed.</li>
 *   <li>{@link org.commerceintegration.outbound.OutboxDispatcher} and
 *       {@link org.commerceintegration.outbound.OutboxTransmitter}: send a stored row in a transaction of its own in
 *       which the JMS send and the deletion of the row commit together (XA), so a row leaves exactly once.</li>
 *   <li>{@link org.commerceintegration.outbound.OutboxRetryTimer}: retries rows whose send failed, with exponential
 *       backoff, until {@code RETRIES} is used up; then the row waits for an operator
 *       ({@link org.commerceintegration.outbound.UnsentMessages}, the Commerce "Unsent messages" actions).</li>
 *   <li>{@link org.commerceintegration.outbound.order.OrderMessagingCmd} and its two implementations: the order
 *       notification that {@code OrderProcess} runs, in the XML or the legacy format.</li>
 * </ul>
 *
 * <p>The order notification that sends through it lives in {@code outbound.order}. Only standard JMS and JPA are
 * used, so the same code runs on the embedded messaging engine with Derby and on IBM MQ with PostgreSQL or DB2.
 */
package org.commerceintegration.outbound;
